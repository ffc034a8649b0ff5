#pragma once

#include <QByteArrayView>
#include <QString>

namespace vigia {

// Every write that must survive a power cut and stay private goes through
// here, so the operating system's calls for it sit in one file (POSIX today;
// a Windows port adds FlushFileBuffers / MoveFileEx / an owner-only ACL here
// and nowhere else, packaging/README.md "Portability").
//
// A DurableFile is created owner-only (0600) from its first byte, never
// through a symbolic link, written in full and synced when committed;
// destroyed without commit() it is closed unsynced (the caller removes what
// it no longer wants). The static helpers make durable what others wrote
// (SQLite, QSaveFile): a file's bytes, a folder's entries, an atomic rename.
//
// Failures keep the operating system's error (error(), errorString()) and
// say nothing to people: each caller words the message for its own task.
class DurableFile
{
public:
    enum class Create
    {
        Replace,  // a file already there is truncated (and made owner-only again)
        Exclusive // a file already there is an error
    };

    DurableFile() = default;
    ~DurableFile();
    DurableFile(const DurableFile &) = delete;
    DurableFile &operator=(const DurableFile &) = delete;

    [[nodiscard]] bool open(const QString &path, Create mode);
    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }
    // Every byte, or false (a full disk is ENOSPC).
    [[nodiscard]] bool write(QByteArrayView bytes);
    // Synced to the disk, then closed.
    [[nodiscard]] bool commit();

    [[nodiscard]] int error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return describe(m_error); }

    // The bytes of an existing file, on the disk.
    [[nodiscard]] static bool syncFile(const QString &path);
    // A folder's entries (a rename or a new file in it), on the disk.
    [[nodiscard]] static bool syncFolder(const QString &dir);
    // `from` takes the name `to` in one step, replacing it (one folder).
    [[nodiscard]] static bool rename(const QString &from, const QString &to);
    // rename(), then the rename made durable: false if either failed (after
    // a failed sync the new name is in place but may not survive a power cut).
    [[nodiscard]] static bool replace(const QString &from, const QString &to);
    // errno of the calling thread's last failure, as text for people.
    [[nodiscard]] static QString lastErrorString();
    [[nodiscard]] static QString describe(int errorNumber);

private:
    bool fail(int errorNumber);

    int m_fd = -1;
    int m_error = 0;
};

} // namespace vigia
