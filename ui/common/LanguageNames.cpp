#include "ui/common/LanguageNames.h"

#include "common/Language.h"

#include <QComboBox>
#include <QLocale>

namespace vigia {

QString LanguageNames::name(const QString &language)
{
    // Endonyms are not translated: each is written in its own language.
    // Spanish is named without a country: "español de España" read as
    // foreign to a Latin American team.
    const QString base = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    if (base == QLatin1String("en"))
        return QStringLiteral("English");
    if (base == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == QLatin1String("pt_BR") || language == QLatin1String("pt-BR"))
        return QStringLiteral("Português (Brasil)");
    if (base == QLatin1String("pt"))
        return QStringLiteral("Português");
    QString native = QLocale(language).nativeLanguageName();
    if (native.isEmpty() || QLocale(language).language() == QLocale::C)
        return language;
    native[0] = native.at(0).toUpper();
    return native;
}

void LanguageNames::fill(QComboBox *combo)
{
    for (const QString &lang : Language::available())
        combo->addItem(name(lang), lang);
}

void LanguageNames::select(QComboBox *combo, const QString &language)
{
    const int index = combo->findData(language);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace vigia
