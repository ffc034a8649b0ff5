#pragma once

#include "common/Result.h"
#include "crypto/KdfLimits.h"
#include "store/Role.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace vigia {

class Workspace;

// The workspace operations that spend the Argon2id cost, run off the GUI
// thread with BackgroundJob. `done` runs on `context`'s thread; the workspace
// it receives already belongs to that thread.
class WorkspaceTask
{
public:
    using Opened = std::function<void(Result<std::unique_ptr<Workspace>>)>;
    using Checked = std::function<void(Status)>;

    static void create(QObject *context, const QString &dir, const QByteArray &passphrase,
                       const QString &deviceName, Role role, const KdfLimits &limits, Opened done);
    static void open(QObject *context, const QString &dir, const QByteArray &passphrase,
                     Opened done);
    // `ws` must outlive the task.
    static void verify(QObject *context, const Workspace &ws, const QByteArray &passphrase,
                       Checked done);
};

} // namespace vigia
