#include "ui/sync/PlainMessage.h"

#include <QRegularExpression>
#include <QStringList>

namespace vigia {

QString PlainMessage::withoutCommandLines(const QString &message)
{
    static const QString kCommand = QStringLiteral("vigiactl");
    if (!message.contains(kCommand, Qt::CaseInsensitive))
        return message;
    // Sentences end at ". ", "? " or "! "; a parenthesis holding the command
    // goes with its sentence.
    static const QRegularExpression kSentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
    QStringList kept;
    for (const QString &sentence : message.split(kSentenceEnd, Qt::SkipEmptyParts)) {
        if (!sentence.contains(kCommand, Qt::CaseInsensitive))
            kept << sentence;
    }
    return kept.isEmpty() ? message : kept.join(QLatin1Char(' '));
}

} // namespace vigia
