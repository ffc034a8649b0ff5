#pragma once

// nginx (Debian's package, with its WebDAV module) taking `PUT`s into a
// folder: the plainest server that stores files sent over HTTP, the hub
// benchmark's baseline. Started on a free loopback port with a generated
// minimal configuration, everything (prefix, pid, logs, body temp files, the
// files put) in a temporary folder; stopped when this object goes.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

namespace vigia::bench {

class NginxDav
{
public:
    NginxDav() = default;
    ~NginxDav() { stop(); }
    NginxDav(const NginxDav &) = delete;
    NginxDav &operator=(const NginxDav &) = delete;

    // nginx's path, or empty when it is not installed (packaging/install-deps.sh).
    // VIGIA_BENCH_NGINX names another binary.
    [[nodiscard]] static QString executable()
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

    // Empty when nginx listens; why not otherwise.
    [[nodiscard]] QString start(int workers, qint64 maxBodyBytes)
    {
        const QString nginx = executable();
        if (nginx.isEmpty())
            return QStringLiteral("nginx is not installed (run packaging/install-deps.sh)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        {
            QTcpServer probe; // a free port, handed over at once
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return QStringLiteral("no free loopback port");
            m_port = probe.serverPort();
        }
        const QString prefix = m_dir.path();
        QDir(prefix).mkpath(QStringLiteral("root"));
        QDir(prefix).mkpath(QStringLiteral("body"));
        QDir(prefix).mkpath(QStringLiteral("logs"));
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
                               "  keepalive_requests 1000000;\n"
                               "  keepalive_timeout 60s;\n"
                               "  client_max_body_size %3;\n"
                               "  client_body_temp_path %2/body;\n"
                               "  proxy_temp_path %2/body;\n"
                               "  fastcgi_temp_path %2/body;\n"
                               "  uwsgi_temp_path %2/body;\n"
                               "  scgi_temp_path %2/body;\n"
                               "  server {\n"
                               "    listen 127.0.0.1:%4;\n"
                               "    root %2/root;\n"
                               "    location / {\n"
                               "      dav_methods PUT;\n"
                               "      dav_access user:rw;\n"
                               "    }\n"
                               "  }\n"
                               "}\n")
                    .arg(workers)
                    .arg(prefix)
                    .arg(maxBodyBytes)
                    .arg(m_port);
        QFile file(prefix + QStringLiteral("/nginx.conf"));
        if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) < 0)
            return QStringLiteral("cannot write nginx.conf");
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(nginx, {QStringLiteral("-p"), prefix, QStringLiteral("-c"),
                                prefix + QStringLiteral("/nginx.conf"), QStringLiteral("-e"),
                                prefix + QStringLiteral("/logs/error.log")});
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 10000) {
            if (m_process.state() == QProcess::NotRunning)
                return QStringLiteral("nginx exited: %1 %2")
                    .arg(QString::fromUtf8(m_process.readAll()), errorLog());
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            if (probe.waitForConnected(200))
                return {};
            QThread::msleep(20);
        }
        return QStringLiteral("nginx did not listen on port %1: %2").arg(m_port).arg(errorLog());
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: nginx's fast shutdown, workers included
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString root() const { return m_dir.path() + QStringLiteral("/root"); }
    [[nodiscard]] static QString version()
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(executable(), {QStringLiteral("-v")});
        p.waitForFinished(5000);
        return QString::fromUtf8(p.readAll()).trimmed().section(QLatin1Char('/'), 1);
    }

private:
    [[nodiscard]] QString errorLog() const
    {
        QFile f(m_dir.path() + QStringLiteral("/logs/error.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace vigia::bench
