#include "cli/BundleCommands.h"

#include "bundle/BundleReader.h"
#include "cli/CliContext.h"
#include "cli/ReceiptCommands.h"
#include "common/UuidText.h"
#include "oplog/Hlc.h"
#include "project/ChangeExporter.h"
#include "project/ChangeImporter.h"
#include "project/RoutedImporter.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace vigia {

namespace {
QString hlcText(quint64 hlc)
{
    return QDateTime::fromMSecsSinceEpoch(Hlc::physical(hlc), Qt::UTC).toString(Qt::ISODate);
}

QString kindName(ChangeImporter::Outcome::Kind kind)
{
    switch (kind) {
    case ChangeImporter::Outcome::Kind::Applied:
        return QStringLiteral("applied");
    case ChangeImporter::Outcome::Kind::AlreadyApplied:
        return QStringLiteral("already-applied");
    case ChangeImporter::Outcome::Kind::Quarantined:
        return QStringLiteral("quarantined");
    }
    return {};
}
} // namespace

void BundleCommands::addCommands(QList<CliCommand> &commands)
{
    const QString file = tr("FILE");
    commands.append(CliCommand::make(
        "bundle export", &BundleCommands::exportTo, tr("--out DIR"),
        tr("Write this device's unacknowledged changes to a bundle in DIR."),
        tr("Writes every change of this device that no receipt has acknowledged yet, "
           "encrypted to the project's recipients and signed by this device: one bundle, or "
           "several when there are more changes than one bundle may carry. Drafts are private and "
           "never leave the device until they are finalized. Prints "
           "nothing to export when the outbox is empty."),
        {{QStringLiteral("out"), tr("DIR"), tr("The folder to write into, e.g. a USB stick."),
          false}}));
    commands.append(CliCommand::make(
        "bundle import", &BundleCommands::import, tr("FILE|DIR"),
        tr("Import a bundle, or every bundle in a folder."),
        tr("Checks each bundle (size, project, sender, signature, recipient, contents, change "
           "history) and applies it, or keeps it in quarantine when its sender is not approved "
           "yet. A bundle already imported changes nothing. Exits with 1 if any bundle was "
           "refused."),
        {}, 1, 1));
    CliCommand inspect =
        CliCommand::make("bundle inspect", &BundleCommands::inspect, file,
                         tr("Show a bundle's plaintext header; needs no workspace or key."),
                         tr("Prints the bundle id, project, sender, creation time, number of "
                            "changes, counter ranges and recipients. Checks nothing beyond "
                            "the format: use bundle verify for that."),
                         {}, 1, 1);
    inspect.needsWorkspace = false;
    commands.append(inspect);
    commands.append(
        CliCommand::make("bundle verify", &BundleCommands::verify, file,
                         tr("Check a bundle completely without importing it."),
                         tr("Runs every check of bundle import (project, approved sender, "
                            "signature, recipient key, every chunk, hash chains) and applies "
                            "nothing."),
                         {}, 1, 1));
    commands.append(CliCommand::make(
        "bundle quarantine list", &BundleCommands::quarantineList, QString(),
        tr("List the bundles held in quarantine."),
        tr("Lists the bundles whose sender is not (yet) approved in the project: the start of "
           "the bundle id, the sending device, when it was written and the file's size. They "
           "are imported by themselves once a manifest approves their sender.")));
    commands.append(CliCommand::make(
        "bundle quarantine drop", &BundleCommands::quarantineDrop, tr("ID"),
        tr("Delete one bundle from the quarantine."),
        tr("Deletes the quarantined bundle whose id starts with ID (at least 8 hexadecimal "
           "digits, as bundle quarantine list shows them), its file included. Nothing else "
           "changes."),
        {}, 1, 1));
    const CliOption out{QStringLiteral("out"), file, tr("The file to write."), false};
    commands.append(CliCommand::make(
        "receipt export", &ReceiptCommands::exportTo, tr("--out FILE [--for DEVICE]"),
        tr("Write a receipt for the bundles this device imported."),
        tr("Writes a receipt signed by this device listing the bundles it applied (of one "
           "device with --for). Researchers import it to clear their outbox."),
        {out,
         {QStringLiteral("for"), tr("DEVICE"), tr("Only the bundles of this device."), false}}));
    commands.append(
        CliCommand::make("receipt import", &ReceiptCommands::import, file,
                         tr("Import a coordinator's receipt and clear the outbox."),
                         tr("Checks that a coordinator device of the project signed the "
                            "receipt, then removes the acknowledged changes from the outbox."),
                         {}, 1, 1));
}

Status BundleCommands::exportTo(CliContext &ctx)
{
    const QString dir = ctx.invocation().value(QStringLiteral("out"));
    if (dir.isEmpty())
        return Error(ErrorCode::Usage, tr("'bundle export' needs --out DIR."));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto exported = ChangeExporter::exportTo(*ws.value(), dir);
    if (!exported)
        return exported.error();
    const ChangeExporter::Exported &e = exported.value();
    if (ctx.json()) {
        QJsonArray files;
        for (qsizetype i = 0; i < e.paths.size(); ++i)
            files.append(QJsonObject{
                {QStringLiteral("file"), e.paths.at(i)},
                {QStringLiteral("bundle_id"), QString::fromLatin1(e.bundleIds.at(i).toHex())}});
        ctx.out().json(QJsonObject{
            {QStringLiteral("file"), e.path.isEmpty() ? QJsonValue() : QJsonValue(e.path)},
            {QStringLiteral("bundle_id"), QString::fromLatin1(e.bundleId.toHex())},
            {QStringLiteral("bundles"), files},
            {QStringLiteral("ops"), e.opCount},
            {QStringLiteral("recipients"), e.recipientCount},
            {QStringLiteral("alone"), e.alone}});
    } else if (e.alone) {
        ctx.out().line(tr("Nothing to export: this device is the only one in the project so "
                          "far. Its changes stay here and go to each device you approve, in "
                          "its first bundle."));
    } else if (e.path.isEmpty()) {
        ctx.out().line(tr("Nothing to export: every change has been acknowledged, or only "
                          "drafts are waiting."));
    } else if (e.paths.size() == 1) {
        ctx.out().line(tr("Wrote %n change(s) to %1.", nullptr, e.opCount)
                           .arg(QDir::toNativeSeparators(e.path)));
    } else {
        ctx.out().line(tr("Wrote %n change(s) in %1 bundles (more than one bundle may carry); "
                          "take all of them:",
                          nullptr, e.opCount)
                           .arg(e.paths.size()));
        for (const QString &path : e.paths)
            ctx.out().line(QStringLiteral("  ") + QDir::toNativeSeparators(path));
    }
    return {};
}

Status BundleCommands::import(CliContext &ctx)
{
    const QString target = ctx.invocation().arguments.first();
    if (!QFileInfo::exists(target))
        return Error(ErrorCode::NotFound,
                     tr("There is no file or folder %1.").arg(QDir::toNativeSeparators(target)));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    const bool isDir = QFileInfo(target).isDir();
    QList<QPair<QString, Result<ChangeImporter::Outcome>>> results;
    QList<RoutedImporter::Tally> tallies;
    int others = 0;
    if (!ctx.invocation().project.isEmpty()) {
        // A project chosen is kept: a bundle of another one is refused by name.
        ChangeImporter importer(*ws.value());
        if (isDir)
            results = importer.importDir(target);
        else
            results.append({target, importer.importFile(target)});
        others = importer.skippedForOthers();
    } else {
        // Each bundle to its own project's store (docs/vigiactl.md, "Several projects").
        RoutedImporter importer(*ws.value());
        results = isDir ? importer.importDir(target) : importer.importFiles({target});
        others = importer.skippedForOthers();
        if (importer.routedElsewhere())
            tallies = importer.tallies();
    }
    // One file refused: its own message is the one error line.
    if (!ctx.json() && results.size() == 1 && !results.first().second)
        return results.first().second.error();
    QJsonArray array;
    std::optional<Error> firstError;
    for (const auto &[path, r] : results) {
        if (!r) {
            if (!firstError)
                firstError = r.error();
            if (ctx.json())
                array.append(QJsonObject{{QStringLiteral("file"), path},
                                         {QStringLiteral("result"), QStringLiteral("refused")},
                                         {QStringLiteral("message"), r.error().message()}});
            else
                ctx.out().error(QDir::toNativeSeparators(path) + QStringLiteral(": ") +
                                r.error().message());
            continue;
        }
        const ChangeImporter::Outcome &o = r.value();
        if (ctx.json())
            array.append(
                QJsonObject{{QStringLiteral("file"), path},
                            {QStringLiteral("result"), kindName(o.kind)},
                            {QStringLiteral("bundle_id"), QString::fromLatin1(o.bundleId.toHex())},
                            {QStringLiteral("sender"), UuidText::of(o.sender)},
                            {QStringLiteral("applied"), o.applied},
                            {QStringLiteral("duplicates"), o.duplicates},
                            {QStringLiteral("pending"), o.pending},
                            {QStringLiteral("message"), o.message}});
        else
            ctx.out().line(QDir::toNativeSeparators(path) + QStringLiteral(": ") + o.message);
    }
    if (!ctx.json())
        for (const RoutedImporter::Tally &t : std::as_const(tallies))
            ctx.out().line(RoutedImporter::describe(t));
    if (ctx.json())
        ctx.out().json(array);
    else if (results.isEmpty() && others == 0)
        ctx.out().line(tr("No bundles (*.vigiabundle) in %1.").arg(target));
    if (!ctx.json() && others > 0)
        ctx.out().line(tr("Left %n bundle(s) addressed to other devices for them to import.",
                          nullptr, others));
    if (firstError) {
        // Already printed per file; the exit code still tells scripts.
        return Error(firstError->code(), tr("Some bundles were refused; see the messages above."));
    }
    return {};
}

Status BundleCommands::inspect(CliContext &ctx)
{
    auto reader = BundleReader::parseFile(ctx.invocation().arguments.first());
    if (!reader)
        return reader.error();
    const BundleHeader &h = reader.value().header();
    QJsonArray ranges;
    QStringList rangeText;
    for (const BundleRange &r : h.ranges) {
        ranges.append(QJsonObject{{QStringLiteral("origin"), UuidText::of(r.origin)},
                                  {QStringLiteral("first"), qint64(r.firstCounter)},
                                  {QStringLiteral("last"), qint64(r.lastCounter)}});
        rangeText.append(QStringLiteral("%1 %2–%3")
                             .arg(UuidText::of(r.origin))
                             .arg(r.firstCounter)
                             .arg(r.lastCounter));
    }
    QJsonArray recipients;
    QStringList recipientText;
    for (const auto &[keyId, sealed] : h.sealedKeys) {
        recipients.append(UuidText::of(keyId));
        recipientText.append(UuidText::of(keyId));
    }
    const QString id = QString::fromLatin1(reader.value().bundleId().toHex());
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("bundle_id"), id},
                                   {QStringLiteral("format_version"), h.formatVersion},
                                   {QStringLiteral("project_id"), UuidText::of(h.projectId)},
                                   {QStringLiteral("sender"), UuidText::of(h.senderDevice)},
                                   {QStringLiteral("created_hlc"), QString::number(h.createdHlc)},
                                   {QStringLiteral("created"), hlcText(h.createdHlc)},
                                   {QStringLiteral("ops"), qint64(h.opCount)},
                                   {QStringLiteral("ranges"), ranges},
                                   {QStringLiteral("compression"), h.compression},
                                   {QStringLiteral("recipients"), recipients},
                                   {QStringLiteral("bytes"), reader.value().size()}});
        return {};
    }
    ctx.out().rows({{tr("Bundle id:"), id},
                    {tr("Format version:"), QString::number(h.formatVersion)},
                    {tr("Project id:"), UuidText::of(h.projectId)},
                    {tr("Sender:"), UuidText::of(h.senderDevice)},
                    {tr("Created:"), hlcText(h.createdHlc)},
                    {tr("Changes:"), QString::number(h.opCount)},
                    {tr("Ranges:"), rangeText.join(QStringLiteral(", "))},
                    {tr("Recipients:"), recipientText.join(QStringLiteral(", "))},
                    {tr("Size:"), tr("%1 bytes").arg(reader.value().size())}});
    return {};
}

Status BundleCommands::verify(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    // The import's own code path, rolled back: whatever import would refuse,
    // verify refuses with the same words.
    auto outcome = ChangeImporter(*ws.value()).verifyFile(ctx.invocation().arguments.first());
    if (!outcome)
        return outcome.error();
    const ChangeImporter::Outcome &o = outcome.value();
    const bool again = o.kind == ChangeImporter::Outcome::Kind::AlreadyApplied;
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("valid"), true},
                                   {QStringLiteral("already_imported"), again},
                                   {QStringLiteral("ops"), o.ops},
                                   {QStringLiteral("would_apply"), o.applied},
                                   {QStringLiteral("would_wait"), o.pending}});
    } else {
        ctx.out().line(again ? tr("The bundle is valid and was already imported; importing it "
                                  "again changes nothing.")
                             : o.message);
    }
    return {};
}

Status BundleCommands::quarantineList(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    ChangeImporter importer(*ws.value());
    auto held = importer.quarantine();
    if (!held)
        return held.error();
    const QDir dir(ChangeImporter::quarantineDir(ws.value()->path()));
    QJsonArray array;
    for (const ChangeImporter::Quarantined &q : held.value()) {
        const QString id = QString::fromLatin1(q.bundleId.toHex().left(16));
        const qint64 bytes = QFileInfo(dir.filePath(q.file)).size();
        if (ctx.json()) {
            array.append(
                QJsonObject{{QStringLiteral("id"), QString::fromLatin1(q.bundleId.toHex())},
                            {QStringLiteral("sender"), UuidText::of(q.sender)},
                            {QStringLiteral("created"), hlcText(q.createdHlc)},
                            {QStringLiteral("bytes"), bytes}});
        } else {
            ctx.out().line(tr("%1  from %2  written %3  %4 bytes")
                               .arg(id, UuidText::of(q.sender), hlcText(q.createdHlc))
                               .arg(bytes));
        }
    }
    if (ctx.json())
        ctx.out().json(array);
    else if (held.value().isEmpty())
        ctx.out().line(tr("The quarantine is empty."));
    return {};
}

Status BundleCommands::quarantineDrop(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto dropped = ChangeImporter(*ws.value()).dropQuarantined(ctx.invocation().arguments.first());
    if (!dropped)
        return dropped.error();
    const QString id = QString::fromLatin1(dropped.value().toHex());
    if (ctx.json())
        ctx.out().json(QJsonObject{{QStringLiteral("dropped"), id}});
    else
        ctx.out().line(tr("Deleted bundle %1 from the quarantine.").arg(id.left(16)));
    return {};
}

} // namespace vigia
