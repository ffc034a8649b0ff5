#include "NginxProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

namespace vigia::test {

NginxProcess::~NginxProcess()
{
    stop();
}

QString NginxProcess::executable()
{
    if (qEnvironmentVariableIsSet("VIGIA_BENCH_NGINX")) {
        const QString forced = qEnvironmentVariable("VIGIA_BENCH_NGINX");
        return QFileInfo(forced).isExecutable() ? forced : QString();
    }
    QString path = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            QStringLiteral("nginx"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path;
}

QString NginxProcess::version()
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(executable(), {QStringLiteral("-v")});
    p.waitForFinished(5000);
    return QString::fromUtf8(p.readAll()).trimmed().section(QLatin1Char('/'), 1);
}

quint16 NginxProcess::freePort()
{
    QTcpServer probe; // a free port, handed over at once
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QStringList NginxProcess::arguments() const
{
    const QString prefix = m_dir.path();
    return {QStringLiteral("-p"), prefix,
            QStringLiteral("-c"), prefix + QStringLiteral("/nginx.conf"),
            QStringLiteral("-e"), prefix + QStringLiteral("/logs/error.log")};
}

QString NginxProcess::start(const QString &httpContents, quint16 port, int workers)
{
    const QString nginx = executable();
    if (nginx.isEmpty())
        return QStringLiteral("nginx is not installed (run packaging/install-deps.sh)");
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    const QString prefix = m_dir.path();
    for (const char *sub : {"body", "logs"})
        QDir(prefix).mkpath(QString::fromLatin1(sub));
    QString conf;
    // Workers of a root master run as `nobody` otherwise, and could not
    // write into the private temporary folder.
    if (::geteuid() == 0)
        conf += QStringLiteral("user root;\n");
    conf += QStringLiteral("worker_processes %1;\n"
                           "daemon off;\n"
                           "master_process on;\n"
                           "pid %2/nginx.pid;\n"
                           "error_log %2/logs/error.log warn;\n"
                           "events { worker_connections 1024; }\n"
                           "http {\n"
                           "  access_log off;\n"
                           "  client_body_temp_path %2/body;\n"
                           "  proxy_temp_path %2/body;\n"
                           "  fastcgi_temp_path %2/body;\n"
                           "  uwsgi_temp_path %2/body;\n"
                           "  scgi_temp_path %2/body;\n"
                           "%3\n"
                           "}\n")
                .arg(workers)
                .arg(prefix, httpContents);
    QFile file(prefix + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) < 0)
        return QStringLiteral("cannot write nginx.conf");
    file.close();

    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(nginx, QStringList{QStringLiteral("-t")} + arguments());
    if (!check.waitForFinished(10000) || check.exitCode() != 0)
        return QStringLiteral("nginx -t refused the configuration: %1")
            .arg(QString::fromUtf8(check.readAll()).trimmed());

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(nginx, arguments());
    if (!m_process.waitForStarted(5000))
        return QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        if (m_process.state() == QProcess::NotRunning)
            return QStringLiteral("nginx exited: %1 %2")
                .arg(QString::fromUtf8(m_process.readAll()), errorLog());
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (probe.waitForConnected(200))
            return {};
        QThread::msleep(20);
    }
    return QStringLiteral("nginx did not listen on port %1: %2").arg(port).arg(errorLog());
}

void NginxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: nginx's fast shutdown, workers included
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString NginxProcess::errorLog() const
{
    QFile f(m_dir.path() + QStringLiteral("/logs/error.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

} // namespace vigia::test
