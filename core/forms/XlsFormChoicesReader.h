#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vigia {

class XlsFormReading;

// A sheet of choices (choices, or external_choices for select_one_external,
// whose lists are then remembered): one FormChoice per row with a list_name
// and a name, its labels, media and other columns.
class XlsFormChoicesReader
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsFormImporter)

public:
    // A workbook without the sheet has no choices there: not an error.
    [[nodiscard]] static Status read(XlsFormReading &reading, const QString &sheetName,
                                     bool external);
};

} // namespace vigia
