#pragma once

#include "forms/FormDefinition.h"

#include <QCoreApplication>
#include <QStringList>

namespace vigia {

// What an imported workbook asks for that Vigia does not do, one warning
// each and never a refusal (pyxform accepts all of it, so the form must
// still import): appearances, parameters other than a range's, the trigger
// and entities' save_to columns, and the settings for sending submissions.
class XlsFormIgnored
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsFormIgnored)

public:
    [[nodiscard]] static QStringList warnings(const FormDefinition &definition);

    // "randomize=true seed=${s}", "start=1, end=5" → the keys, lower case.
    [[nodiscard]] static QStringList parameterKeys(const QString &parameters);
};

} // namespace vigia
