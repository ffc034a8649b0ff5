#include "xlsx/XlsxNumberFormat.h"

#include <QList>

namespace vigia {

namespace {
bool isElapsedTime(QStringView bracket)
{
    // [h], [mm], [ss]: elapsed durations, the only brackets that are time.
    if (bracket.isEmpty())
        return false;
    const QChar first = bracket.front().toLower();
    if (first != QLatin1Char('h') && first != QLatin1Char('m') && first != QLatin1Char('s'))
        return false;
    for (QChar c : bracket) {
        if (c.toLower() != first)
            return false;
    }
    return true;
}
} // namespace

XlsxNumberFormat::Kind XlsxNumberFormat::classify(int numFmtId, const QString &formatCode)
{
    if (!formatCode.isEmpty())
        return classifyCode(formatCode);
    if (numFmtId >= 14 && numFmtId <= 17)
        return Kind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return Kind::Time;
    if (numFmtId == 22)
        return Kind::DateTime;
    return Kind::Number;
}

XlsxNumberFormat::Kind XlsxNumberFormat::classifyCode(const QString &formatCode)
{
    // The date and time letters in order, each run of one letter collapsed,
    // because "m" is a month or a minute depending on its neighbours.
    // LibreOffice writes the default format out as a custom code, and its
    // German spelling has a "d" in it.
    if (formatCode.compare(u"General", Qt::CaseInsensitive) == 0 ||
        formatCode.compare(u"Standard", Qt::CaseInsensitive) == 0)
        return Kind::Number;
    QList<QChar> tokens;
    const qsizetype n = formatCode.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = formatCode.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype end = formatCode.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? n : end;
            continue;
        }
        if (c == QLatin1Char('[')) {
            const qsizetype end = formatCode.indexOf(QLatin1Char(']'), i + 1);
            const qsizetype stop = end < 0 ? n : end;
            const QStringView inside = QStringView(formatCode).mid(i + 1, stop - i - 1);
            if (isElapsedTime(inside))
                tokens.append(QLatin1Char('h'));
            i = stop;
            continue;
        }
        if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal, padding or fill
            continue;
        }
        const QStringView rest = QStringView(formatCode).mid(i);
        if (rest.startsWith(u"AM/PM", Qt::CaseInsensitive)) {
            i += 4;
            continue;
        }
        if (rest.startsWith(u"A/P", Qt::CaseInsensitive)) {
            i += 2;
            continue;
        }
        const QChar lower = c.toLower();
        if (lower == QLatin1Char('y') || lower == QLatin1Char('m') || lower == QLatin1Char('d') ||
            lower == QLatin1Char('h') || lower == QLatin1Char('s')) {
            if (tokens.isEmpty() || tokens.constLast() != lower)
                tokens.append(lower);
        }
    }

    bool hasDate = false;
    bool hasTime = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QChar t = tokens.at(i);
        if (t == QLatin1Char('y') || t == QLatin1Char('d')) {
            hasDate = true;
        } else if (t == QLatin1Char('h') || t == QLatin1Char('s')) {
            hasTime = true;
        } else {
            const bool afterHour = i > 0 && tokens.at(i - 1) == QLatin1Char('h');
            const bool beforeSecond = i + 1 < tokens.size() && tokens.at(i + 1) == QLatin1Char('s');
            (afterHour || beforeSecond ? hasTime : hasDate) = true;
        }
    }
    if (hasDate && hasTime)
        return Kind::DateTime;
    if (hasDate)
        return Kind::Date;
    if (hasTime)
        return Kind::Time;
    return Kind::Number;
}

} // namespace vigia
