#pragma once

#include "common/Result.h"

namespace vigia {

class XlsFormReading;

// The settings sheet of an XLSForm workbook: form_id (else the file's name),
// version, form_title per language, default_language and the rest kept as
// the definition's attributes. Read first: the default language decides the
// language of every column written without one.
class XlsFormSettingsReader
{
public:
    [[nodiscard]] static Status read(XlsFormReading &reading);
};

} // namespace vigia
