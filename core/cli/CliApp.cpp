#include "CliApp.h"

#include "BundleCommands.h"
#include "CliCommandCatalog.h"
#include "CliContext.h"
#include "CliHelp.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "DeviceCommands.h"
#include "ExitCode.h"
#include "FormCommands.h"
#include "IdentityCommands.h"
#include "Language.h"
#include "OplogCommands.h"
#include "ProjectCommands.h"
#include "ReceiptCommands.h"
#include "RecordCommands.h"

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
    using Id = CliCommand::Id;
    switch (ctx.invocation().command->id) {
    case Id::Init:
        return IdentityCommands::init(ctx);
    case Id::IdentityShow:
        return IdentityCommands::show(ctx);
    case Id::RecordNew:
        return RecordCommands::create(ctx);
    case Id::RecordSet:
        return RecordCommands::set(ctx);
    case Id::RecordFinalize:
        return RecordCommands::finalize(ctx);
    case Id::RecordReopen:
        return RecordCommands::reopen(ctx);
    case Id::RecordDelete:
        return RecordCommands::remove(ctx);
    case Id::RecordRestore:
        return RecordCommands::restore(ctx);
    case Id::RecordShow:
        return RecordCommands::show(ctx);
    case Id::RecordList:
        return RecordCommands::list(ctx);
    case Id::FormsList:
        return FormCommands::list(ctx);
    case Id::FormsShow:
        return FormCommands::show(ctx);
    case Id::FormsImport:
        return FormCommands::import(ctx);
    case Id::FormsValidate:
        return FormCommands::validate(ctx);
    case Id::OplogVerify:
        return OplogCommands::verify(ctx);
    case Id::StateHash:
        return OplogCommands::stateHash(ctx);
    case Id::ProjectCreate:
        return ProjectCommands::create(ctx);
    case Id::ProjectInvite:
        return ProjectCommands::invite(ctx);
    case Id::ProjectJoin:
        return ProjectCommands::join(ctx);
    case Id::ProjectRequest:
        return ProjectCommands::request(ctx);
    case Id::ProjectApprove:
        return ProjectCommands::approve(ctx);
    case Id::ProjectRevoke:
        return ProjectCommands::revoke(ctx);
    case Id::ProjectManifestExport:
        return ProjectCommands::exportManifest(ctx);
    case Id::ProjectManifestImport:
        return ProjectCommands::importManifest(ctx);
    case Id::DevicesList:
        return DeviceCommands::list(ctx);
    case Id::BundleExport:
        return BundleCommands::exportTo(ctx);
    case Id::BundleImport:
        return BundleCommands::import(ctx);
    case Id::BundleInspect:
        return BundleCommands::inspect(ctx);
    case Id::BundleVerify:
        return BundleCommands::verify(ctx);
    case Id::ReceiptExport:
        return ReceiptCommands::exportTo(ctx);
    case Id::ReceiptImport:
        return ReceiptCommands::import(ctx);
    }
    // Unreachable while the switch covers every Id; kept for a future Id.
    return Error(ErrorCode::Usage, tr("Unknown command. Run vigiactl --help to see the commands."));
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
