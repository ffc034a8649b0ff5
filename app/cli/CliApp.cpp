#include "cli/CliApp.h"

#include "cli/CliCommandCatalog.h"
#include "cli/CliContext.h"
#include "cli/CliHelp.h"
#include "cli/CliOutput.h"
#include "cli/CliParser.h"
#include "cli/ExitCode.h"
#include "common/Language.h"

namespace vigia {

Status CliApp::checkLanguage(const QString &requested)
{
    if (Language::isSupported(requested))
        return {};
    return Error(ErrorCode::Usage,
                 tr("Vigia does not speak '%1'. Choose --lang en, --lang es or --lang pt_BR.")
                     .arg(requested));
}

Status CliApp::dispatch(CliContext &ctx)
{
    // The parser copied the command's row from the table; the row runs it.
    const CliCommand &command = *ctx.invocation().command;
    if (!command.handler)
        return Error(ErrorCode::Usage,
                     tr("Unknown command. Run vigiactl --help to see the commands."));
    return command.handler(ctx);
}

int CliApp::run(const QStringList &arguments)
{
    CliOutput::installMessageHandler();
    // First, so that every message, usage errors included, is in that language.
    const QString language = CliParser::languageOf(arguments);
    const Status languageOk = checkLanguage(language);
    Language::install(languageOk ? language : QString());

    CliOutput out;
    if (!languageOk) {
        out.error(languageOk.error().message());
        return ExitCode::of(languageOk.error());
    }
    const CliCommandCatalog catalog;
    const CliInvocation inv = CliParser(catalog).parse(arguments);
    // Help or the version for a command that does not exist would hide the
    // typo behind exit code 0.
    if ((inv.help || inv.version) && inv.unknownCommand.isError()) {
        out.error(inv.unknownCommand.message());
        return ExitCode::of(inv.unknownCommand);
    }
    if (inv.help) {
        out.write(CliHelp(catalog).forTopic(inv.words));
        return ExitCode::Ok;
    }
    if (inv.version) {
        out.line(CliHelp::version());
        return ExitCode::Ok;
    }
    if (inv.error.isError()) {
        out.error(inv.error.message());
        return ExitCode::of(inv.error);
    }
    CliContext ctx(inv, out);
    if (Status s = dispatch(ctx); !s) {
        // An empty message: the command has reported the problems itself.
        if (!s.error().message().isEmpty())
            out.error(s.error().message());
        return ExitCode::of(s.error());
    }
    return ExitCode::Ok;
}

} // namespace vigia
