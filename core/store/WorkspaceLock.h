#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>

namespace vigia {

// An advisory lock on the workspace folder itself (flock(2)), shared by every
// open Workspace (the app, its sync agent, each vigiactl) and exclusive for a
// change of the store's key (StoreRekey), which must be alone with the store:
// it copies it, swaps the copy in and changes the keystore, and a program
// with the old store open would go on writing to a file that no longer is
// the store. The kernel drops the lock when its holder dies, so a crash
// leaves nothing to clean up.
class WorkspaceLock
{
    Q_DECLARE_TR_FUNCTIONS(vigia::WorkspaceLock)

public:
    enum class Mode
    {
        Shared,
        Exclusive,
    };

    // Waits up to `wait` for the lock; Busy when another holder keeps it
    // longer. A folder whose file system cannot lock gets a Shared lock that
    // holds nothing (logged) and no Exclusive one (Io).
    [[nodiscard]] static Result<std::unique_ptr<WorkspaceLock>>
    acquire(const QString &dir, Mode mode, std::chrono::milliseconds wait);

    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

private:
    explicit WorkspaceLock(int fd)
        : m_fd(fd)
    {}

    int m_fd = -1;
};

} // namespace vigia
