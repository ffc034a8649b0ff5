#pragma once

class QComboBox;
class QString;

namespace vigia {

// Fills language choosers with each shipped language under its own name
// ("Español", not "Spanish"): people look for the language they can read.
class LanguageNames
{
public:
    // A language code ("es", "pt_BR", a form's "pt") under its own name.
    [[nodiscard]] static QString name(const QString &language);
    // Items carry the Language::available() value as their data.
    static void fill(QComboBox *combo);
    static void select(QComboBox *combo, const QString &language);
};

} // namespace vigia
