#pragma once

#include "forms/FormDefinition.h"

#include <QCoreApplication>
#include <QStringList>

namespace vigia {

// A warning for each literal regex() pattern beyond ExprRegex's caps, naming
// its row and column. Such a pattern no longer refuses the form: pyxform
// converts it and real forms hold it (a phone-number pattern with nested
// repetition), and PCRE2's match limit turns an answer it would take hours
// on into an error on the field. The author still learns why it may fail
// and how to rewrite it.
class FormRegexWarnings
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FormRegexWarnings)

public:
    [[nodiscard]] static QStringList warnings(const FormDefinition &definition);
};

} // namespace vigia
