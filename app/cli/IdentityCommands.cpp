#include "cli/IdentityCommands.h"

#include "cli/CliContext.h"
#include "cli/CliRoleOption.h"
#include "cli/PassphraseCommands.h"
#include "cli/PassphraseSource.h"
#include "crypto/KdfLimits.h"
#include "store/Workspace.h"

#include <QDir>
#include <QJsonObject>

namespace vigia {

void IdentityCommands::print(CliContext &ctx, const Workspace &ws)
{
    const QString id = ws.deviceId().toString(QUuid::WithoutBraces);
    const QString path = QDir::toNativeSeparators(ws.path());
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("device_id"), id},
                                   {QStringLiteral("name"), ws.deviceName()},
                                   {QStringLiteral("role"), roleName(ws.role())},
                                   {QStringLiteral("fingerprint"), ws.fingerprint()},
                                   {QStringLiteral("workspace"), path}});
        return;
    }
    ctx.out().rows({{tr("Device id:"), id},
                    {tr("Name:"), ws.deviceName()},
                    {tr("Role:"), roleName(ws.role())},
                    {tr("Fingerprint:"), ws.fingerprint()},
                    {tr("Workspace:"), path}});
}

Status IdentityCommands::init(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    const QString name = inv.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty()) {
        return Error(ErrorCode::Usage, tr("'init' needs a name for this device, for example: "
                                          "vigiactl init --name \"Ana - laptop\"."));
    }
    const auto role = CliRoleOption::parse(inv);
    if (!role)
        return role.error();
    const QString dir = ctx.workspacePath();
    // Checked here as well as in Workspace::create, so that nothing (not even
    // the passphrase prompt) happens for a folder that is already in use.
    if (Workspace::exists(dir)) {
        return Error(ErrorCode::Failure,
                     tr("A workspace already exists in %1; nothing was changed. Use it (e.g. "
                        "'vigiactl identity show'), or choose another folder with --workspace DIR.")
                         .arg(QDir::toNativeSeparators(dir)));
    }
    auto passphrase = PassphraseSource(inv.passphraseFile, ctx.out())
                          .read(PassphraseSource::Purpose::Create, dir);
    if (!passphrase)
        return passphrase.error();
    // The app's rule, so that a workspace made here is as well protected.
    if (PassphraseCommands::tooEasyToGuess(passphrase.value())) {
        return Error(ErrorCode::Usage,
                     tr("The passphrase is too easy to guess; nothing was created. Add a few "
                        "unrelated words: four or more are easy to remember and hard to guess."));
    }
    const KdfLimits limits = KdfLimits::fromEnvironment();
    auto ws = Workspace::create(dir, passphrase.value().rawView(), name, role.value(), limits);
    if (!ws)
        return ws.error();
#ifdef VIGIA_TEST_KDF_SWITCH
    // A release build ignores the variable, so only a test build can get here.
    if (!limits.meetsModerate()) {
        ctx.out().error(tr("warning: VIGIA_INSECURE_TEST_KDF=1 is set, so the passphrase "
                           "protection of this workspace is weak. Use it for tests only."));
    }
#endif
    if (!ctx.json()) {
        ctx.out().line(tr("Created a workspace in %1. Keep the passphrase safe: without it "
                          "nobody can open this workspace.")
                           .arg(QDir::toNativeSeparators(ws.value()->path())));
    }
    print(ctx, *ws.value());
    return {};
}

Status IdentityCommands::show(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    print(ctx, *ws.value());
    return {};
}

} // namespace vigia
