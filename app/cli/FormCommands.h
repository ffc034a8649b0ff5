#pragma once

#include "common/Result.h"
#include "forms/XlsFormImport.h"

#include <QCoreApplication>
#include <QString>

namespace vigia {

class CliContext;

// vigiactl forms list | show | import | validate | publish. A form file is read and
// checked before the workspace is opened, so a broken file costs no
// passphrase prompt; `forms validate` never opens the workspace at all.
class FormCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FormCommands)

public:
    [[nodiscard]] static Status list(CliContext &ctx);
    [[nodiscard]] static Status show(CliContext &ctx);
    [[nodiscard]] static Status import(CliContext &ctx);
    [[nodiscard]] static Status validate(CliContext &ctx);
    [[nodiscard]] static Status publish(CliContext &ctx);

    // Reads a .json form definition or an .xlsx XLSForm workbook (with the
    // import's warnings). A file that is not a readable form is a Validation
    // error, like a definition that breaks a rule.
    [[nodiscard]] static Result<XlsFormImport> load(const QString &path,
                                                    const QString &attachDir = {});
    // The form language closest to the interface language ("pt_BR" → "pt").
    [[nodiscard]] static QString formLanguage(const CliContext &ctx);
};

} // namespace vigia
