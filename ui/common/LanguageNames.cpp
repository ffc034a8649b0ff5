#include "ui/common/LanguageNames.h"

#include "common/Language.h"

#include <QComboBox>

namespace vigia {

void LanguageNames::fill(QComboBox *combo)
{
    for (const QString &lang : Language::available()) {
        // Endonyms are not translated: each is written in its own language.
        QString name = lang;
        if (lang == QLatin1String("en"))
            name = QStringLiteral("English");
        else if (lang == QLatin1String("es"))
            name = QStringLiteral("Español");
        else if (lang == QLatin1String("pt_BR"))
            name = QStringLiteral("Português (Brasil)");
        combo->addItem(name, lang);
    }
}

void LanguageNames::select(QComboBox *combo, const QString &language)
{
    const int index = combo->findData(language);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace vigia
