#include "reference/ReferenceLanguage.h"

#include <algorithm>

namespace vigia {

namespace {
bool usable(const QString &text)
{
    return !text.trimmed().isEmpty();
}
} // namespace

QStringList ReferenceLanguage::required()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")};
}

QString ReferenceLanguage::key(const QString &lang)
{
    QString name = lang.trimmed().toLower();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString primary = name.section(QLatin1Char('_'), 0, 0);
    if (primary == QLatin1String("pt"))
        return QStringLiteral("pt");
    if (primary == QLatin1String("es"))
        return QStringLiteral("es");
    return QStringLiteral("en");
}

QString ReferenceLanguage::pick(const QHash<QString, QString> &texts, const QString &lang,
                                const QString &last)
{
    QStringList order{key(lang), QStringLiteral("en")};
    order += required();
    QStringList others = texts.keys();
    std::sort(others.begin(), others.end());
    order += others;
    for (const QString &k : std::as_const(order)) {
        const QString text = texts.value(k);
        if (usable(text))
            return text;
    }
    return last;
}

} // namespace vigia
