#include "common/PseudoTranslator.h"

#include <QHash>

namespace vigia {

namespace {
QChar accented(QChar c)
{
    static const QHash<QChar, QChar> map = [] {
        QHash<QChar, QChar> m;
        const QString plain = QStringLiteral("aeiouyncAEIOUYNC");
        const QString fancy = QString::fromUtf8("áéíóúýñçÁÉÍÓÚÝÑÇ");
        for (qsizetype i = 0; i < plain.size(); ++i)
            m.insert(plain.at(i), fancy.at(i));
        return m;
    }();
    return map.value(c, c);
}

// Length of the protected token starting at `i` (a placeholder, a tag or an
// entity), or 0 when the character there may be accented.
qsizetype protectedLength(const QString &s, qsizetype i)
{
    const QChar c = s.at(i);
    if (c == QLatin1Char('%') && i + 1 < s.size()) {
        qsizetype j = i + 1;
        if (s.at(j) == QLatin1Char('L') && j + 1 < s.size())
            ++j;
        if (s.at(j) == QLatin1Char('n'))
            return j + 1 - i;
        qsizetype k = j;
        while (k < s.size() && s.at(k).isDigit())
            ++k;
        return k > j ? k - i : 0;
    }
    if (c == QLatin1Char('<')) {
        const qsizetype end = s.indexOf(QLatin1Char('>'), i);
        return end > i ? end + 1 - i : 0;
    }
    if (c == QLatin1Char('&')) {
        const qsizetype end = s.indexOf(QLatin1Char(';'), i);
        if (end > i && end - i <= 8 && !s.mid(i + 1, end - i - 1).contains(QLatin1Char(' ')))
            return end + 1 - i;           // an entity such as &amp;
        return 2 <= s.size() - i ? 2 : 1; // an accelerator and its letter
    }
    return 0;
}
} // namespace

QString PseudoTranslator::transform(const QString &source)
{
    if (source.isEmpty())
        return source;
    QString out;
    out.reserve(source.size() * 2 + 2);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < source.size();) {
        if (const qsizetype n = protectedLength(source, i)) {
            out += source.mid(i, n);
            i += n;
        } else {
            out += accented(source.at(i));
            ++i;
        }
    }
    // 40% longer, the growth a German or Portuguese translation may need.
    const qsizetype padding = (source.size() * 2 + 4) / 5;
    for (qsizetype i = 0; i < padding; ++i)
        out += i % 2 ? QLatin1Char('~') : QChar(0x00B7);
    out += QLatin1Char(']');
    return out;
}

QString PseudoTranslator::translate(const char *context, const char *sourceText,
                                    const char *disambiguation, int n) const
{
    Q_UNUSED(context);
    Q_UNUSED(disambiguation);
    Q_UNUSED(n);
    return transform(QString::fromUtf8(sourceText));
}

} // namespace vigia
