#include "cli/TerminalConfirm.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace vigia {

std::optional<bool> TerminalConfirm::ask(const QString &question)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    //: The word a person types to confirm at a terminal prompt.
    const QString yes = tr("yes");
    const QByteArray prompt =
        (question + QStringLiteral(" [") + yes + QStringLiteral("] ")).toLocal8Bit();
    std::fputs(prompt.constData(), stderr);
    std::fflush(stderr);
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    const QString answer = QString::fromLocal8Bit(line).trimmed();
    return answer.compare(yes, Qt::CaseInsensitive) == 0 ||
           answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
#else
    Q_UNUSED(question);
    return std::nullopt;
#endif
}

} // namespace vigia
