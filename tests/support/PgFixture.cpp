#include "PgFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <pqxx/pqxx>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace vigia::test {

namespace {

// Debian's postgresql-15; VIGIA_PG_BINDIR points elsewhere if needed.
const char *const kDefaultBinDir = "/usr/lib/postgresql/15/bin";
constexpr int kInitdbTimeoutMs = 120000;
constexpr int kStartTimeoutMs = 90000;
constexpr int kStartAttempts = 3; // a free port may be taken before the server binds it

// A port nobody listens on now: bind port 0, read what the kernel chose, let
// it go for the server.
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

QString tailOf(const QString &path, int lines = 15)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromLocal8Bit(f.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax(0, int(all.size()) - lines)).join(QLatin1Char('\n')).trimmed();
}

} // namespace

PgFixture::PgFixture() = default;

PgFixture::~PgFixture()
{
    if (m_started) {
        // Fast: roll back what runs, then a clean shutdown; the data goes anyway.
        if (!run(binary(QStringLiteral("pg_ctl")),
                 {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("fast"),
                  QStringLiteral("-w"), QStringLiteral("stop")},
                 QStringLiteral("pg_ctl-stop.log"), kStartTimeoutMs))
            qWarning().noquote() << "stopping the test PostgreSQL server failed:" << m_error;
    }
    // m_dir removes the data directory: root may, and otherwise it is ours.
}

QString PgFixture::binary(const QString &name) const
{
    QString dir = qEnvironmentVariable("VIGIA_PG_BINDIR");
    if (dir.isEmpty())
        dir = QString::fromLatin1(kDefaultBinDir);
    return dir + QLatin1Char('/') + name;
}

bool PgFixture::run(const QString &program, const QStringList &args, const QString &logName,
                    int timeoutMs)
{
    const QString log = m_dir->filePath(logName);
    QProcess p;
    // A file, not a pipe: the postmaster pg_ctl starts inherits the output,
    // and a pipe it holds open would keep waitForFinished() waiting.
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardOutputFile(log);
    p.setStandardInputFile(QProcess::nullDevice());
    // The postgres user may not enter the test's own working directory.
    p.setWorkingDirectory(m_dir->path());
    if (m_asPostgres) {
        const QString runuser = QStandardPaths::findExecutable(
            QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                        QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
        if (runuser.isEmpty()) {
            m_error = QStringLiteral("running as root, but runuser (util-linux) is missing, so "
                                     "PostgreSQL cannot be run as the postgres user");
            return false;
        }
        p.start(runuser, QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                     QStringLiteral("--"), program} +
                             args);
    } else {
        p.start(program, args);
    }
    if (!p.waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        m_error = QStringLiteral("%1 did not finish within %2 s:\n%3")
                      .arg(program)
                      .arg(timeoutMs / 1000)
                      .arg(tailOf(log));
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (exit %3):\n%4")
                      .arg(program, args.join(QLatin1Char(' ')))
                      .arg(p.exitCode())
                      .arg(tailOf(log));
        return false;
    }
    return true;
}

bool PgFixture::start()
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &tool : {QStringLiteral("initdb"), QStringLiteral("pg_ctl")}) {
        if (!QFileInfo(binary(tool)).isExecutable()) {
            m_error = QStringLiteral("%1 is missing: install PostgreSQL 15 (the postgresql "
                                     "package; packaging/install-deps.sh does) or set "
                                     "VIGIA_PG_BINDIR")
                          .arg(binary(tool));
            return false;
        }
    }
    uid_t uid = 0;
    gid_t gid = 0;
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw) {
            m_error = QStringLiteral("running as root, and PostgreSQL refuses root, but there is "
                                     "no postgres user to run it as (Debian's postgresql package "
                                     "creates it)");
            return false;
        }
        uid = pw->pw_uid;
        gid = pw->pw_gid;
    }
    // As root, under /tmp: the postgres user must be able to reach the
    // directory, and a TMPDIR inside root's home would not let it.
    const QString base = m_asPostgres ? QStringLiteral("/tmp") : QDir::tempPath();
    m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/vigia-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary directory under %1").arg(base);
        return false;
    }
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    m_socketDir = m_dir->filePath(QStringLiteral("sock"));
    if (!QDir().mkpath(m_socketDir)) {
        m_error = QStringLiteral("cannot create %1").arg(m_socketDir);
        return false;
    }
    if (m_asPostgres) {
        for (const QString &path : {m_dir->path(), m_socketDir}) {
            if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0) {
                m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(path);
                return false;
            }
        }
    }

    if (!run(binary(QStringLiteral("initdb")),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
              QStringLiteral("--no-instructions")},
             QStringLiteral("initdb.log"), kInitdbTimeoutMs))
        return false;

    for (int attempt = 1; attempt <= kStartAttempts; ++attempt) {
        m_port = freePort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free TCP port on 127.0.0.1");
            return false;
        }
        // Appended, so the last setting wins on a retry with another port.
        // fsync, synchronous_commit and full_page_writes stay as shipped.
        QFile conf(m_dataDir + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append | QIODevice::Text)) {
            m_error = QStringLiteral("cannot write %1").arg(conf.fileName());
            return false;
        }
        conf.write(QStringLiteral("\n# vigia test server\n"
                                  "listen_addresses = '127.0.0.1'\n"
                                  "port = %1\n"
                                  "unix_socket_directories = '%2'\n"
                                  "shared_buffers = 16MB\n"
                                  "max_connections = 40\n")
                       .arg(m_port)
                       .arg(m_socketDir)
                       .toUtf8());
        conf.close();
        if (run(binary(QStringLiteral("pg_ctl")),
                {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
                 m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                 QStringLiteral("-t"), QString::number(kStartTimeoutMs / 1000),
                 QStringLiteral("start")},
                QStringLiteral("pg_ctl-start.log"), kStartTimeoutMs + 10000)) {
            m_started = true;
            m_error.clear();
            m_startMs = timer.elapsed();
            return true;
        }
        m_error += QStringLiteral("\nserver log:\n") +
                   tailOf(m_dir->filePath(QStringLiteral("server.log")));
    }
    return false;
}

QString PgFixture::uri(const QString &name) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

QString PgFixture::createDatabase()
{
    if (!m_started) {
        m_error = QStringLiteral("the test PostgreSQL server is not running");
        return {};
    }
    const QString name = QStringLiteral("hub_%1").arg(++m_databases);
    try {
        pqxx::connection c(uri(QStringLiteral("postgres")).toStdString());
        pqxx::nontransaction t(c); // CREATE DATABASE refuses to run in a transaction
        t.exec("CREATE DATABASE " + name.toStdString());
    } catch (const std::exception &e) {
        m_error = QStringLiteral("creating database %1 failed: %2")
                      .arg(name, QString::fromUtf8(e.what()));
        return {};
    }
    return uri(name);
}

QString PgFixture::scalar(const QString &uri, const QString &sql)
{
    try {
        pqxx::connection c(uri.toStdString());
        pqxx::nontransaction t(c);
        const pqxx::result r = t.exec(sql.toStdString());
        if (r.empty() || r[0].empty()) {
            m_error = QStringLiteral("no row from: %1").arg(sql);
            return {};
        }
        return QString::fromUtf8(r[0][0].c_str());
    } catch (const std::exception &e) {
        m_error = QStringLiteral("%1 failed: %2").arg(sql, QString::fromUtf8(e.what()));
        return {};
    }
}

} // namespace vigia::test
