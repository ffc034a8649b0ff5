#pragma once

#include "common/Result.h"

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

    // The form language closest to the interface language ("pt_BR" → "pt").
    [[nodiscard]] static QString formLanguage(const CliContext &ctx);
};

} // namespace vigia
