#include "cli/BackupCommands.h"

#include "cli/CliContext.h"
#include "cli/PassphraseSource.h"
#include "cli/TerminalConfirm.h"
#include "store/RestoreMark.h"
#include "store/Workspace.h"
#include "store/WorkspaceBackup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace vigia {

namespace {
const QString kOut = QStringLiteral("out");
const QString kYes = QStringLiteral("yes");

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

void BackupCommands::addCommands(QList<CliCommand> &commands)
{
    commands.append(CliCommand::make(
        "backup", &BackupCommands::backup, tr("--out FILE"),
        tr("Write a backup of this workspace to one encrypted file."),
        tr("Copies the workspace (keystore, store, settings, project key and quarantine) into "
           "FILE, encrypted and authenticated; the app and other commands may keep writing "
           "meanwhile, and the copy is one consistent moment. The backup opens only with the "
           "passphrase the workspace has now. FILE must not exist yet; a half-written backup is "
           "never left under its name. Keep backups away from this computer."),
        {{kOut, tr("FILE"), tr("The backup file to write, e.g. on a USB stick."), false}}));
    CliCommand restore = CliCommand::make(
        "restore", &BackupCommands::restore, tr("FILE"),
        tr("Restore a workspace from a backup into the --workspace folder."),
        tr("Asks for the passphrase the workspace had when the backup was made, checks the "
           "whole backup and restores it into the --workspace folder, which must not exist or "
           "be empty. A damaged backup (exit 1) or a wrong passphrase (exit 5) leave the folder "
           "untouched. The restored workspace is the same device; it sends none of its changes "
           "until the restore is confirmed (a sync with the hub confirms it by itself when the "
           "hub holds nothing newer from this device; see confirm-restore)."),
        {}, 1, 1);
    restore.needsWorkspace = false;
    commands.append(restore);
    commands.append(CliCommand::make(
        "confirm-restore", &BackupCommands::confirmRestore, tr("[--yes]"),
        tr("Let a workspace restored from a backup send its changes again."),
        tr("A restored workspace holds its changes back, because the lost copy of this device "
           "may have sent changes after the backup was made: sending new ones under the same "
           "numbers would give the coordinator two versions of this device's history. Confirm "
           "only once your coordinator has checked that they received nothing from this "
           "device after the backup's date. Asks on a terminal; --yes confirms without asking."),
        {{kYes, QString(), tr("Confirm without asking."), false}}));
}

Status BackupCommands::backup(CliContext &ctx)
{
    const QString out = ctx.invocation().value(kOut);
    if (out.isEmpty())
        return Error(ErrorCode::Usage, tr("'backup' needs --out FILE."));
    // Checked before the passphrase is asked for.
    if (QFileInfo::exists(out))
        return Error(ErrorCode::Failure, tr("%1 already exists. Choose another name, or move "
                                            "the old file away first; nothing was written.")
                                             .arg(QDir::toNativeSeparators(out)));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto written = WorkspaceBackup::backup(*ws.value(), out);
    if (!written)
        return written.error();
    const WorkspaceBackup::Written &w = written.value();
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("file"), w.path},
                                   {QStringLiteral("taken"), isoTime(w.taken)},
                                   {QStringLiteral("bytes"), double(w.bytes)},
                                   {QStringLiteral("changes"), double(w.ops)}});
    } else {
        ctx.out().line(
            tr("Wrote a backup of this workspace to %1 (%2, %n change(s)).", nullptr, int(w.ops))
                .arg(QDir::toNativeSeparators(w.path), QLocale().formattedDataSize(w.bytes)));
        ctx.out().line(tr("It opens with the current passphrase. Keep it away from this "
                          "computer, as safe as the computer itself."));
    }
    return {};
}

Status BackupCommands::restore(CliContext &ctx)
{
    const QString file = ctx.invocation().arguments.first();
    const QString target = ctx.workspacePath();
    if (!QFileInfo(file).isFile())
        return Error(ErrorCode::NotFound, tr("There is no backup file %1. Check the name and the "
                                             "drive it is on.")
                                              .arg(QDir::toNativeSeparators(file)));
    // Before the passphrase: nobody types it in vain.
    if (Status s = WorkspaceBackup::checkTarget(target); !s)
        return s;
    auto passphrase = PassphraseSource(ctx.invocation().passphraseFile, ctx.out())
                          .read(PassphraseSource::Purpose::Unlock, file);
    if (!passphrase)
        return passphrase.error();
    auto restored = WorkspaceBackup::restore(file, passphrase.value().rawView(), target);
    if (!restored)
        return restored.error();
    const WorkspaceBackup::Restored &r = restored.value();
    if (ctx.json()) {
        ctx.out().json(
            QJsonObject{{QStringLiteral("workspace"), r.path},
                        {QStringLiteral("taken"), isoTime(r.taken)},
                        {QStringLiteral("device_id"), r.deviceId.toString(QUuid::WithoutBraces)},
                        {QStringLiteral("sending_held"), true}});
    } else {
        ctx.out().line(tr("Restored the backup of %1 into %2.")
                           .arg(localTime(r.taken), QDir::toNativeSeparators(r.path)));
        ctx.out().line(tr("This workspace sends none of its changes until the restore is "
                          "confirmed: a sync with the hub confirms it by itself when the hub "
                          "holds nothing newer from this device; without a hub, ask your "
                          "coordinator, then run 'vigiactl confirm-restore'."));
    }
    return {};
}

Status BackupCommands::confirmRestore(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto mark = RestoreMark::read(ws.value()->database());
    // A damaged mark is still a mark: confirming replaces it.
    if (!mark && mark.error().code() != ErrorCode::Corrupt)
        return mark.error();
    if (mark && !mark.value()) {
        if (ctx.json())
            ctx.out().json(
                QJsonObject{{QStringLiteral("confirmed"), false}, {QStringLiteral("held"), false}});
        else
            ctx.out().line(tr("Nothing to confirm: this workspace sends its changes as usual."));
        return {};
    }
    if (!ctx.invocation().has(kYes)) {
        const QString when =
            mark ? localTime(QDateTime::fromMSecsSinceEpoch(mark.value()->backupTimeMs))
                 : tr("an unknown date");
        const std::optional<bool> yes = TerminalConfirm::ask(
            tr("This workspace was restored from a backup of %1. If the lost copy of this device "
               "sent changes after that, sending now makes two versions of its history. Has "
               "your coordinator checked that they received nothing from this device after "
               "that date?")
                .arg(when));
        if (!yes)
            return Error(ErrorCode::Usage,
                         tr("Confirming a restore needs an answer; nothing was changed. Run the "
                            "command on a terminal, or give --yes once your coordinator has "
                            "checked."));
        if (!*yes)
            return Error(ErrorCode::Failure, tr("Not confirmed; this workspace still sends "
                                                "nothing."));
    }
    if (Status s = RestoreMark::clear(ws.value()->database()); !s)
        return s;
    if (ctx.json())
        ctx.out().json(
            QJsonObject{{QStringLiteral("confirmed"), true}, {QStringLiteral("held"), false}});
    else
        ctx.out().line(tr("Confirmed the restore: this workspace sends its changes again."));
    return {};
}

} // namespace vigia
