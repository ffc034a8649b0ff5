#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace vigia::test {

// A private PostgreSQL 15 server for one test executable: initdb and pg_ctl
// on a temporary data directory, listening on a free port of 127.0.0.1 and on
// a Unix socket inside that directory, trust authentication, fsync left on
// (durability is part of what the hub's tests check). Starting costs about two
// seconds, so a test starts it once (initTestCase) and asks for a fresh
// database per test.
//
// PostgreSQL refuses to run as root, and CI runs as root: then initdb and
// pg_ctl run as the `postgres` user of Debian's postgresql package (runuser),
// and the temporary directory is handed to that user. A missing server or
// user is an error the test reports as a failure, never a skip.
class PgFixture
{
public:
    PgFixture();
    ~PgFixture(); // pg_ctl stop -m fast, then the directory goes
    PgFixture(const PgFixture &) = delete;
    PgFixture &operator=(const PgFixture &) = delete;

    // Creates and starts the server; false with error() on failure.
    [[nodiscard]] bool start();
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool isRunning() const { return m_started; }
    [[nodiscard]] int port() const { return m_port; }
    // Milliseconds that start() took (initdb and the server's start).
    [[nodiscard]] qint64 startMs() const { return m_startMs; }

    // A new empty database on the server: its postgresql:// URI, or empty
    // with error() set.
    [[nodiscard]] QString createDatabase();
    // The URI of the database `name` on this server.
    [[nodiscard]] QString uri(const QString &name) const;
    // The first column of the first row of `sql` run in the database of
    // `uri`, as text; empty with error() set on failure. For tests that check
    // what the backend wrote.
    [[nodiscard]] QString scalar(const QString &uri, const QString &sql);

private:
    // Runs a PostgreSQL program (as `postgres` when root), output into
    // `logName` inside the directory; false with m_error on failure.
    bool run(const QString &program, const QStringList &args, const QString &logName,
             int timeoutMs);
    [[nodiscard]] QString binary(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    QString m_socketDir;
    QString m_error;
    int m_port = 0;
    int m_databases = 0;
    qint64 m_startMs = 0;
    bool m_asPostgres = false; // root: the programs run as the postgres user
    bool m_started = false;
};

} // namespace vigia::test
