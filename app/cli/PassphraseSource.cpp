#include "cli/PassphraseSource.h"

#include "cli/CliOutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <csignal>
#include <termios.h>
#include <unistd.h>

extern char **environ; // POSIX: declared by the application
#endif

namespace vigia {

namespace {

void wipe(char *bytes, std::size_t n)
{
    // volatile, so the compiler cannot drop stores to memory it sees as dead.
    volatile char *p = bytes;
    for (std::size_t i = 0; i < n; ++i)
        p[i] = 0;
}

Error noSecureMemory()
{
    return Error(ErrorCode::Failure,
                 PassphraseSource::tr("Not enough protected memory to hold the passphrase. "
                                      "Close other programs and try again."));
}

// Copies the variable's value into secret memory, overwrites it where the
// environment keeps it, then unsets it.
//
// unsetenv() alone is not enough on glibc: it only drops the pointer from
// `environ`. The string stays where it was: for an inherited variable in the
// block the kernel set up at exec, which /proc/self/environ shows for the
// life of the process; for one set by setenv() in a heap copy that glibc
// never frees. So every "NAME=value" entry is overwritten in place first;
// both kinds of memory are writable. What remains visible in
// /proc/self/environ is "NAME=" and as many zero bytes as the value had.
// The copies a shell or a parent process keep are beyond reach. Not
// synchronised with qputenv(): vigiactl reads passphrases before it starts
// any thread.
Result<SecretBytes> takeFromEnvironment(const char *name)
{
    const std::size_t nameLength = std::strlen(name);
    SecretBytes value;
    bool found = false;
    bool copied = true;
#ifdef Q_OS_UNIX
    for (char **entry = environ; entry && *entry; ++entry) {
        char *text = *entry;
        if (std::strncmp(text, name, nameLength) != 0 || text[nameLength] != '=')
            continue;
        char *bytes = text + nameLength + 1;
        const std::size_t n = std::strlen(bytes);
        // The first entry is the one getenv() returns; later duplicates
        // (possible in a hand-built environment) are wiped all the same.
        if (!found && n > 0) {
            value = SecretBytes::fromBytes(reinterpret_cast<const unsigned char *>(bytes), n);
            copied = !value.isEmpty();
        }
        found = true;
        wipe(bytes, n);
    }
#else
    if (char *bytes = std::getenv(name)) {
        const std::size_t n = std::strlen(bytes);
        if (n > 0) {
            value = SecretBytes::fromBytes(reinterpret_cast<const unsigned char *>(bytes), n);
            copied = !value.isEmpty();
        }
        found = true;
        wipe(bytes, n);
    }
#endif
    if (found)
        qunsetenv(name);
    if (!copied)
        return noSecureMemory();
    return value;
}

// The first line of what `bytes` holds, without "\n" or "\r\n".
std::size_t firstLineLength(const SecretBytes &bytes, std::size_t filled)
{
    const auto *begin = bytes.constData();
    const auto *end = static_cast<const unsigned char *>(std::memchr(begin, '\n', filled));
    std::size_t length = end ? std::size_t(end - begin) : filled;
    if (length > 0 && begin[length - 1] == '\r')
        --length;
    return length;
}

Error tooLong()
{
    return Error(ErrorCode::Usage,
                 PassphraseSource::tr("The passphrase is longer than %1 bytes. Choose a "
                                      "shorter one.")
                     .arg(PassphraseSource::kMaxBytes));
}

#ifdef Q_OS_UNIX
struct termios s_savedTerminal;
struct sigaction s_savedInt;
struct sigaction s_savedTerm;

// Ctrl-C during the prompt must not leave the terminal without echo.
void restoreTerminalAndExit(int signal)
{
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_savedTerminal);
    sigaction(SIGINT, &s_savedInt, nullptr);
    sigaction(SIGTERM, &s_savedTerm, nullptr);
    std::raise(signal);
}

enum class LineRead
{
    Line,    // a line, possibly empty
    Nothing, // end of input or an error before any byte
    TooLong, // more than the buffer holds; the rest of the line was dropped
};

// Reads one line from the terminal with echo off, a byte at a time, straight
// into `buffer`; `length` is the line's, without the line break.
LineRead readHidden(const QString &prompt, SecretBytes &buffer, std::size_t &length)
{
    length = 0;
    const QByteArray p = prompt.toUtf8();
    std::fwrite(p.constData(), 1, size_t(p.size()), stderr);
    std::fflush(stderr);

    termios quiet;
    if (tcgetattr(STDIN_FILENO, &s_savedTerminal) != 0)
        return LineRead::Nothing;
    quiet = s_savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= tcflag_t(ECHONL);

    struct sigaction handler = {};
    handler.sa_handler = restoreTerminalAndExit;
    sigemptyset(&handler.sa_mask);
    sigaction(SIGINT, &handler, &s_savedInt);
    sigaction(SIGTERM, &handler, &s_savedTerm);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);

    bool gotLine = false;
    bool overflow = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        if (c == '\n') {
            gotLine = true;
            break;
        }
        if (length < buffer.size())
            buffer.data()[length++] = static_cast<unsigned char>(c);
        else
            overflow = true;
    }
    wipe(&c, 1);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_savedTerminal);
    sigaction(SIGINT, &s_savedInt, nullptr);
    sigaction(SIGTERM, &s_savedTerm, nullptr);
    if (overflow)
        return LineRead::TooLong;
    if (length > 0 && buffer.constData()[length - 1] == '\r')
        --length;
    return gotLine || length > 0 ? LineRead::Line : LineRead::Nothing;
}
#endif
} // namespace

PassphraseSource::PassphraseSource(QString file, CliOutput &out, Channel channel)
    : m_file(std::move(file))
    , m_out(out)
    , m_channel(channel)
{}

QString PassphraseSource::fileOption() const
{
    return m_channel == Channel::Replacement ? QStringLiteral("--new-passphrase-file")
                                             : QStringLiteral("--passphrase-file");
}

QString PassphraseSource::variable() const
{
    return QString::fromLatin1(m_channel == Channel::Replacement ? kNewVariable : kVariable);
}

Result<SecretBytes> PassphraseSource::read(Purpose purpose, const QString &workspace) const
{
    // Taken out of the environment even when the file wins, so that it is
    // gone whatever happens next.
    auto env = takeFromEnvironment(m_channel == Channel::Replacement ? kNewVariable : kVariable);
    if (!env)
        return env.error();
    if (!m_file.isEmpty())
        return fromFile();
    if (!env.value().isEmpty())
        return env.take();
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO))
        return fromTerminal(purpose, workspace);
#else
    Q_UNUSED(purpose);
    Q_UNUSED(workspace);
#endif
    if (m_channel == Channel::Replacement)
        return Error(ErrorCode::Locked,
                     tr("This command needs the new passphrase. Pass it with "
                        "--new-passphrase-file FILE (the passphrase on the first line) or the "
                        "VIGIA_NEW_PASSPHRASE environment variable, or run vigiactl in a "
                        "terminal to be asked for it."));
    return Error(ErrorCode::Locked,
                 tr("This command needs the workspace passphrase. Pass it with "
                    "--passphrase-file FILE (the passphrase on the first line) or the "
                    "VIGIA_PASSPHRASE environment variable, or run vigiactl in a terminal to be "
                    "asked for it."));
}

void PassphraseSource::warnIfShared() const
{
#ifdef Q_OS_UNIX
    // Regular files only: a pipe (--passphrase-file <(pass show vigia)) or a
    // terminal device has modes that say nothing about who can read it later.
    const QFileInfo info(m_file);
    if (!info.isFile())
        return;
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & others) {
        m_out.warning(tr("Other users of this computer may be able to read the passphrase file "
                         "%1. Make it private with: chmod 600 %1")
                          .arg(QDir::toNativeSeparators(m_file)));
    }
#endif
}

Result<SecretBytes> PassphraseSource::fromFile() const
{
    const QString shown = QDir::toNativeSeparators(m_file);
    // Unbuffered: QFile's own read buffer is ordinary heap memory that would
    // keep a copy of the passphrase.
    QFile file(m_file);
    if (!file.exists()) {
        return Error(ErrorCode::NotFound,
                     tr("The passphrase file %1 does not exist. Check the path given to %2.")
                         .arg(shown, fileOption()));
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error(ErrorCode::Io, tr("Cannot read the passphrase file %1: %2. Check its "
                                       "permissions.")
                                        .arg(shown, file.errorString()));
    }
    if (file.size() > qint64(kMaxBytes)) {
        return Error(ErrorCode::Usage,
                     tr("The passphrase file %1 is too large to be a passphrase file. Put only "
                        "the passphrase in it, on the first line.")
                         .arg(shown));
    }
    warnIfShared();
    // One byte more than a passphrase may have, to tell "full" from "too long"
    // in a pipe, whose size is unknown in advance.
    SecretBytes buffer(kMaxBytes + 1);
    if (buffer.isEmpty())
        return noSecureMemory();
    std::size_t filled = 0;
    while (filled < buffer.size()) {
        char *at = reinterpret_cast<char *>(buffer.data()) + filled;
        const qint64 n = file.read(at, qint64(buffer.size() - filled));
        if (n < 0) {
            return Error(ErrorCode::Io, tr("Cannot read the passphrase file %1: %2. Check its "
                                           "permissions.")
                                            .arg(shown, file.errorString()));
        }
        if (n == 0)
            break;
        // Only the first line counts: stop reading once it is complete.
        const bool lineDone = std::memchr(at, '\n', std::size_t(n)) != nullptr;
        filled += std::size_t(n);
        if (lineDone)
            break;
    }
    const std::size_t length = firstLineLength(buffer, filled);
    if (length > kMaxBytes)
        return tooLong();
    if (length == 0) {
        return Error(ErrorCode::Locked,
                     tr("The passphrase file %1 starts with an empty line. Put the passphrase "
                        "on its first line.")
                         .arg(shown));
    }
    SecretBytes passphrase = SecretBytes::fromBytes(buffer.constData(), length);
    if (passphrase.isEmpty())
        return noSecureMemory();
    return passphrase;
}

Result<SecretBytes> PassphraseSource::fromTerminal(Purpose purpose, const QString &workspace) const
{
#ifdef Q_OS_UNIX
    const QString where = QDir::toNativeSeparators(QDir(workspace).absolutePath());
    const QString prompt = purpose == Purpose::Create ? tr("New passphrase for %1: ").arg(where)
                                                      : tr("Passphrase for %1: ").arg(where);
    SecretBytes first(kMaxBytes);
    if (first.isEmpty())
        return noSecureMemory();
    std::size_t firstLength = 0;
    const LineRead got = readHidden(prompt, first, firstLength);
    if (got == LineRead::TooLong)
        return tooLong();
    if (got == LineRead::Nothing || firstLength == 0) {
        return Error(ErrorCode::Locked,
                     tr("No passphrase was entered. Type it at the prompt, or pass it with "
                        "%1 FILE or %2.")
                         .arg(fileOption(), variable()));
    }
    if (purpose == Purpose::Create) {
        SecretBytes again(kMaxBytes);
        if (again.isEmpty())
            return noSecureMemory();
        std::size_t againLength = 0;
        const bool same =
            readHidden(tr("Type the passphrase again: "), again, againLength) == LineRead::Line &&
            againLength == firstLength &&
            std::memcmp(again.constData(), first.constData(), firstLength) == 0;
        if (!same) {
            return Error(ErrorCode::Usage, tr("The two passphrases differ. Run the command "
                                              "again and type the same passphrase twice."));
        }
    }
    SecretBytes passphrase = SecretBytes::fromBytes(first.constData(), firstLength);
    if (passphrase.isEmpty())
        return noSecureMemory();
    return passphrase;
#else
    Q_UNUSED(purpose);
    Q_UNUSED(workspace);
    return Error(
        ErrorCode::Locked,
        tr("No passphrase was given. Pass it with %1 FILE or %2.").arg(fileOption(), variable()));
#endif
}

} // namespace vigia
