#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace vigia::test {

// Debian's nginx started on loopback for a test or a benchmark, with a
// generated main configuration around the caller's `http {}` contents:
// everything (prefix, pid, logs, temporary bodies) in a temporary folder,
// stopped when this object goes.
class NginxProcess
{
public:
    NginxProcess() = default;
    ~NginxProcess();
    NginxProcess(const NginxProcess &) = delete;
    NginxProcess &operator=(const NginxProcess &) = delete;

    // nginx's path, or empty when it is not installed (packaging/install-deps.sh).
    // VIGIA_BENCH_NGINX names another binary.
    [[nodiscard]] static QString executable();
    [[nodiscard]] static QString version();
    // A loopback port nobody listens on now.
    [[nodiscard]] static quint16 freePort();

    // The folder every generated path lives in (valid before start()).
    [[nodiscard]] QString prefix() const { return m_dir.path(); }
    // Checks the configuration (`nginx -t`), starts nginx and waits until it
    // listens on `port`. Empty when it does; why not otherwise, with nginx's
    // own words.
    [[nodiscard]] QString start(const QString &httpContents, quint16 port, int workers = 1);
    void stop();
    [[nodiscard]] QString errorLog() const;

private:
    [[nodiscard]] QStringList arguments() const;

    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace vigia::test
