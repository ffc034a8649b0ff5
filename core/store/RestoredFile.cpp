#include "store/RestoredFile.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace vigia {

RestoredFile::RestoredFile(const QString &path, QString target)
    : m_target(std::move(target))
{
    m_fd = ::open(QFile::encodeName(path).constData(),
                  O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    m_error = m_fd < 0 ? errno : 0;
}

RestoredFile::~RestoredFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Error RestoredFile::failed(const QString &target, int errorNumber)
{
    return Error(ErrorCode::Io, tr("Could not write the restored workspace beside %1 (%2). Free "
                                   "some space and try again; nothing was restored.")
                                    .arg(QDir::toNativeSeparators(target),
                                         QString::fromLocal8Bit(std::strerror(errorNumber))));
}

Status RestoredFile::opened() const
{
    return m_fd >= 0 ? Status() : failed(m_target, m_error);
}

Status RestoredFile::write(QByteArrayView bytes)
{
    const char *at = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, at, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return failed(m_target, n < 0 ? errno : ENOSPC);
        at += n;
        left -= n;
    }
    return {};
}

Status RestoredFile::close()
{
    const int fd = std::exchange(m_fd, -1);
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return failed(m_target, error);
    }
    if (::close(fd) != 0)
        return failed(m_target, errno);
    return {};
}

} // namespace vigia
