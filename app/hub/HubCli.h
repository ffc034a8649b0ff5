#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace vigia {

// vigia-hub's commands: init, serve, project create, stats, devices
// list|revoke|restore, backup, --help, --version. Messages for people go to
// stderr, results to stdout; the exit code says what happened (0 ok, 2 usage,
// 3 not found, 4 I/O, 1 anything else).
class HubCli
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubCli)

public:
    enum Exit
    {
        Ok = 0,
        Failure = 1,
        Usage = 2,
        NotFound = 3,
        Io = 4,
    };

    HubCli(QTextStream &out, QTextStream &err);
    [[nodiscard]] int run(const QStringList &arguments);

private:
    [[nodiscard]] int init(const QStringList &args);
    [[nodiscard]] int serve(const QStringList &args);
    [[nodiscard]] int projectCreate(const QStringList &args);
    [[nodiscard]] int stats(const QStringList &args);
    [[nodiscard]] int devicesList(const QStringList &args);
    // `devices revoke` (blocked) and `devices restore`.
    [[nodiscard]] int devicesBlock(const QStringList &args, bool blocked);
    [[nodiscard]] int backup(const QStringList &args);
    [[nodiscard]] QString help() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace vigia
