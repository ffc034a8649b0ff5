#include "cli/PassphraseCommands.h"

#include "cli/CliContext.h"
#include "cli/PassphraseSource.h"
#include "crypto/PassphraseStrength.h"
#include "crypto/SecretBytes.h"
#include "store/Workspace.h"

#include <QDir>
#include <QJsonObject>

namespace vigia {

namespace {
const QString kNewFileOption = QStringLiteral("new-passphrase-file");
} // namespace

void PassphraseCommands::addCommands(QList<CliCommand> &commands)
{
    commands.append(CliCommand::make(
        "passphrase change", &PassphraseCommands::change, tr("[--new-passphrase-file FILE]"),
        tr("Change the passphrase that protects this workspace."),
        tr("Asks for the current passphrase and opens the workspace with it, then takes the "
           "new one from --new-passphrase-file, VIGIA_NEW_PASSPHRASE or, on a terminal, a "
           "prompt (typed twice). The new passphrase must be as hard to guess as 'init' "
           "requires and differ from the current one. The keystore is rewritten in one step: "
           "if anything fails, the current passphrase still opens the workspace."),
        {{kNewFileOption, tr("FILE"), tr("Read the new passphrase from the first line of FILE."),
          false}}));
}

bool PassphraseCommands::tooEasyToGuess(const SecretBytes &passphrase)
{
    // PassphraseStrength reads text; the copy is wiped right after.
    QString text = QString::fromUtf8(passphrase.rawView());
    const PassphraseStrength::Level level = PassphraseStrength::assess(text);
    text.fill(QChar(0));
    return level != PassphraseStrength::Level::TooShort && !PassphraseStrength::isAcceptable(level);
}

Status PassphraseCommands::change(CliContext &ctx)
{
    // Unlocking first proves the current passphrase before anyone is asked to
    // type a new one twice; a wrong one fails here (exit 5).
    const QString dir = ctx.workspacePath();
    // Without a workspace, openWorkspace() fails at once with the usual
    // message, before any passphrase is asked for.
    if (!Workspace::exists(dir))
        return ctx.openWorkspace().error();
    auto current = PassphraseSource(ctx.invocation().passphraseFile, ctx.out())
                       .read(PassphraseSource::Purpose::Unlock, dir);
    if (!current)
        return current.error();
    auto ws = Workspace::open(dir, current.value().rawView());
    if (!ws)
        return ws.error();

    auto replacement = PassphraseSource(ctx.invocation().value(kNewFileOption), ctx.out(),
                                        PassphraseSource::Channel::Replacement)
                           .read(PassphraseSource::Purpose::Create, dir);
    if (!replacement)
        return replacement.error();
    if (tooEasyToGuess(replacement.value())) {
        return Error(ErrorCode::Usage,
                     tr("The new passphrase is too easy to guess; the passphrase was not "
                        "changed. Add a few unrelated words: four or more are easy to remember "
                        "and hard to guess."));
    }
    // Workspace refuses a too short or unchanged passphrase before the
    // expensive steps, and leaves the keystore untouched on any error.
    if (Status s =
            ws.value()->changePassphrase(current.value().rawView(), replacement.value().rawView());
        !s)
        return s;

    const QString path = QDir::toNativeSeparators(ws.value()->path());
    if (ctx.json()) {
        ctx.out().json(
            QJsonObject{{QStringLiteral("changed"), true}, {QStringLiteral("workspace"), path}});
    } else {
        ctx.out().line(tr("Changed the passphrase of the workspace in %1. From now on only the "
                          "new passphrase opens it; keep it safe.")
                           .arg(path));
    }
    return {};
}

} // namespace vigia
