#include "cli/StoreCommands.h"

#include "cli/CliContext.h"
#include "cli/PassphraseSource.h"
#include "crypto/DeviceKeys.h"
#include "crypto/SecretBytes.h"
#include "store/StoreRekey.h"
#include "store/Workspace.h"

#include <QDir>
#include <QJsonObject>

namespace vigia {

void StoreCommands::addCommands(QList<CliCommand> &commands)
{
    commands.append(CliCommand::make(
        "store rekey", &StoreCommands::rekey, QString(),
        tr("Give the store a new encryption key; the old one opens nothing afterwards."),
        tr("Asks for the passphrase (the keystore is rewritten with the new key), copies the "
           "store under a new random key, checks the copy and puts it in the store's place. "
           "Every record is kept; the old key no longer opens the store. The workspace must be "
           "closed in the Vigia app and in any other vigiactl meanwhile. If the change is "
           "interrupted, the next time the workspace is opened finishes it.")));
}

Status StoreCommands::rekey(CliContext &ctx)
{
    const QString dir = ctx.workspacePath();
    // Without a workspace, openWorkspace() fails at once with the usual
    // message, before any passphrase is asked for.
    if (!Workspace::exists(dir))
        return ctx.openWorkspace().error();
    auto passphrase = PassphraseSource(ctx.invocation().passphraseFile, ctx.out())
                          .read(PassphraseSource::Purpose::Unlock, dir);
    if (!passphrase)
        return passphrase.error();
    // The workspace is not opened here: the change must be alone with it.
    auto keys = StoreRekey::rekey(dir, passphrase.value().rawView());
    if (!keys)
        return keys.error();

    const QString path = QDir::toNativeSeparators(QDir(dir).absolutePath());
    if (ctx.json()) {
        ctx.out().json(
            QJsonObject{{QStringLiteral("rekeyed"), true}, {QStringLiteral("workspace"), path}});
    } else {
        ctx.out().line(tr("Changed the key of the store in %1. Every record is kept; the old key "
                          "no longer opens the store.")
                           .arg(path));
    }
    return {};
}

} // namespace vigia
