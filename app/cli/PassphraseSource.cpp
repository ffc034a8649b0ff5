#include "cli/PassphraseSource.h"

#include <QDir>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace vigia {

namespace {
const char *const kEnvVar = "VIGIA_PASSPHRASE";
// A passphrase file larger than this is not a passphrase file.
constexpr qint64 kMaxFileSize = 64 * 1024;

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

// Reads one line from the terminal with echo off. False on EOF or error.
bool readHidden(const QString &prompt, QByteArray &out)
{
    const QByteArray p = prompt.toUtf8();
    std::fwrite(p.constData(), 1, size_t(p.size()), stderr);
    std::fflush(stderr);

    termios quiet;
    if (tcgetattr(STDIN_FILENO, &s_savedTerminal) != 0)
        return false;
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
    char c = 0;
    while (true) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n != 1)
            break;
        if (c == '\n') {
            gotLine = true;
            break;
        }
        out.append(c);
    }
    c = 0;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_savedTerminal);
    sigaction(SIGINT, &s_savedInt, nullptr);
    sigaction(SIGTERM, &s_savedTerm, nullptr);
    if (out.endsWith('\r'))
        out.chop(1);
    return gotLine || !out.isEmpty();
}
#endif
} // namespace

PassphraseSource::PassphraseSource(QString file)
    : m_file(std::move(file))
{}

void PassphraseSource::wipe(QByteArray &secret)
{
    // data() gives this object its own buffer first if it shares one.
    volatile char *p = secret.data();
    for (qsizetype i = 0; i < secret.size(); ++i)
        p[i] = 0;
    secret.clear();
}

Result<QByteArray> PassphraseSource::read(Purpose purpose, const QString &workspace) const
{
    if (!m_file.isEmpty())
        return fromFile();
    QByteArray env = qgetenv(kEnvVar);
    if (!env.isEmpty())
        return env;
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO))
        return fromTerminal(purpose, workspace);
#else
    Q_UNUSED(purpose);
    Q_UNUSED(workspace);
#endif
    return Error(ErrorCode::Locked,
                 tr("This command needs the workspace passphrase. Pass it with "
                    "--passphrase-file FILE (the passphrase on the first line) or the "
                    "VIGIA_PASSPHRASE environment variable, or run vigiactl in a terminal to be "
                    "asked for it."));
}

Result<QByteArray> PassphraseSource::fromFile() const
{
    QFile file(m_file);
    if (!file.exists()) {
        return Error(ErrorCode::NotFound,
                     tr("The passphrase file %1 does not exist. Check the path given to "
                        "--passphrase-file.")
                         .arg(QDir::toNativeSeparators(m_file)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, tr("Cannot read the passphrase file %1: %2. Check its "
                                       "permissions.")
                                        .arg(QDir::toNativeSeparators(m_file), file.errorString()));
    }
    if (file.size() > kMaxFileSize) {
        return Error(ErrorCode::Usage,
                     tr("The passphrase file %1 is too large to be a passphrase file. Put only "
                        "the passphrase in it, on the first line.")
                         .arg(QDir::toNativeSeparators(m_file)));
    }
    QByteArray content = file.readAll();
    const qsizetype end = content.indexOf('\n');
    QByteArray passphrase = end < 0 ? content : content.left(end);
    wipe(content);
    if (passphrase.endsWith('\r'))
        passphrase.chop(1);
    if (passphrase.isEmpty()) {
        return Error(ErrorCode::Locked,
                     tr("The passphrase file %1 starts with an empty line. Put the passphrase "
                        "on its first line.")
                         .arg(QDir::toNativeSeparators(m_file)));
    }
    return passphrase;
}

Result<QByteArray> PassphraseSource::fromTerminal(Purpose purpose, const QString &workspace)
{
#ifdef Q_OS_UNIX
    const QString where = QDir::toNativeSeparators(QDir(workspace).absolutePath());
    QByteArray first;
    const QString prompt = purpose == Purpose::Create ? tr("New passphrase for %1: ").arg(where)
                                                      : tr("Passphrase for %1: ").arg(where);
    if (!readHidden(prompt, first) || first.isEmpty()) {
        wipe(first);
        return Error(ErrorCode::Locked,
                     tr("No passphrase was entered. Type it at the prompt, or pass it with "
                        "--passphrase-file FILE or VIGIA_PASSPHRASE."));
    }
    if (purpose == Purpose::Create) {
        QByteArray again;
        const bool ok = readHidden(tr("Type the passphrase again: "), again);
        const bool same = ok && again == first;
        wipe(again);
        if (!same) {
            wipe(first);
            return Error(ErrorCode::Usage, tr("The two passphrases differ. Run the command "
                                              "again and type the same passphrase twice."));
        }
    }
    return first;
#else
    Q_UNUSED(purpose);
    Q_UNUSED(workspace);
    return Error(ErrorCode::Locked, tr("No passphrase was given. Pass it with --passphrase-file "
                                       "FILE or VIGIA_PASSPHRASE."));
#endif
}

} // namespace vigia
