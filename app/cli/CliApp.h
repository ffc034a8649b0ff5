#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace vigia {

class CliContext;

// vigiactl: the command-line twin of the Vigia app. run() is all of main()
// after QCoreApplication exists; it returns the process exit code (ExitCode).
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(vigia::CliApp)

public:
    // arguments as from QCoreApplication::arguments(), program name first.
    [[nodiscard]] static int run(const QStringList &arguments);

private:
    [[nodiscard]] static Status dispatch(CliContext &ctx);
    [[nodiscard]] static Status checkLanguage(const QString &requested);
};

} // namespace vigia
