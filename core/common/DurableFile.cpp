#include "common/DurableFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace vigia {

namespace {
bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    const bool closed = ::close(fd) == 0;
    if (!synced)
        errno = error;
    return synced && closed;
}
} // namespace

DurableFile::~DurableFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool DurableFile::fail(int errorNumber)
{
    m_error = errorNumber;
    return false;
}

bool DurableFile::open(const QString &path, Create mode)
{
    const int how = mode == Create::Exclusive ? O_EXCL : O_TRUNC;
    // 0600 from the first byte: the file never exists readable by others.
    m_fd = ::open(QFile::encodeName(path).constData(),
                  O_WRONLY | O_CREAT | how | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0)
        return fail(errno);
    // A file left by an earlier attempt keeps its old mode through O_CREAT.
    if (mode == Create::Replace && ::fchmod(m_fd, 0600) != 0)
        return fail(errno);
    return true;
}

bool DurableFile::write(QByteArrayView bytes)
{
    const char *at = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, at, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(n < 0 ? errno : ENOSPC);
        at += n;
        left -= n;
    }
    return true;
}

bool DurableFile::commit()
{
    const int fd = std::exchange(m_fd, -1);
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return fail(error);
    }
    if (::close(fd) != 0)
        return fail(errno);
    return true;
}

bool DurableFile::syncFile(const QString &path)
{
    return syncPath(path, O_RDWR);
}

bool DurableFile::syncFolder(const QString &dir)
{
    return syncPath(dir, O_RDONLY | O_DIRECTORY);
}

bool DurableFile::rename(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

bool DurableFile::replace(const QString &from, const QString &to)
{
    return rename(from, to) && syncFolder(QFileInfo(to).absolutePath());
}

QString DurableFile::lastErrorString()
{
    return describe(errno);
}

QString DurableFile::describe(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

} // namespace vigia
