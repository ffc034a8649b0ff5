#pragma once

#include "common/Result.h"
#include "forms/XlsFormImport.h"

#include <QCoreApplication>
#include <QString>

namespace vigia {

// A form as a file: a .json form definition or an .xlsx XLSForm workbook,
// read into a definition with the import's warnings. `vigiactl forms import`
// and `forms validate` and the app's import dialog all read forms here, so a
// file means the same wherever it is imported.
class FormFile
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FormFile)

public:
    // `attachDir` holds the choice files of select_one_from_file rows
    // (XlsFormImporter); empty for none. A file that is not a readable form
    // is a Validation error, like a definition that breaks a rule; a wrong
    // extension or a missing folder is a Usage error.
    [[nodiscard]] static Result<XlsFormImport> read(const QString &path,
                                                    const QString &attachDir = {});
};

} // namespace vigia
