#pragma once

class QComboBox;
class QString;

namespace vigia {

// Fills language choosers with each shipped language under its own name
// ("Español", not "Spanish"): people look for the language they can read.
class LanguageNames
{
public:
    // Items carry the Language::available() value as their data.
    static void fill(QComboBox *combo);
    static void select(QComboBox *combo, const QString &language);
};

} // namespace vigia
