#include "store/WorkspaceLock.h"

#include "common/LogCategories.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace vigia {

namespace {
constexpr int kPollMs = 50;
} // namespace

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString &dir, Mode mode,
                                                              std::chrono::milliseconds wait)
{
    const QString native = QDir::toNativeSeparators(QDir(dir).absolutePath());
    // Close-on-exec: a child process must not inherit the lock.
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error(ErrorCode::Io, tr("Could not open the workspace folder %1 (%2). Check that "
                                       "it exists and that your user may read it.")
                                        .arg(native, QString::fromLocal8Bit(std::strerror(errno))));
    const int operation = (mode == Mode::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;
    const QDeadlineTimer deadline(wait);
    for (;;) {
        if (::flock(fd, operation) == 0)
            return std::unique_ptr<WorkspaceLock>(new WorkspaceLock(fd));
        const int error = errno;
        if (error == EINTR)
            continue;
        if (error != EWOULDBLOCK) {
            if (mode == Mode::Shared) {
                qCWarning(lcWorkspace) << "the file system of" << dir
                                       << "cannot lock files; opened without the folder's lock";
                ::close(fd);
                return std::unique_ptr<WorkspaceLock>(new WorkspaceLock(-1));
            }
            ::close(fd);
            return Error(ErrorCode::Io,
                         tr("The file system of %1 cannot lock files, so the store's key cannot "
                            "be changed safely there. Nothing was changed; move the workspace "
                            "to a local disk first.")
                             .arg(native));
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(kPollMs);
    }
    ::close(fd);
    if (mode == Mode::Exclusive)
        return Error(ErrorCode::Busy,
                     tr("The workspace in %1 is open in another program (the Vigia app, or "
                        "another vigiactl). Close it, then try again; nothing was changed.")
                         .arg(native));
    return Error(ErrorCode::Busy, tr("The store's key of the workspace in %1 is being changed by "
                                     "another program. Wait until it is done, then try again.")
                                      .arg(native));
}

WorkspaceLock::~WorkspaceLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing drops the lock
}

} // namespace vigia
