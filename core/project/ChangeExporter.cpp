#include "project/ChangeExporter.h"

#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "common/LogCategories.h"
#include "oplog/OpLog.h"
#include "oplog/StreamOrigin.h"
#include "project/Outbox.h"
#include "project/ProjectStore.h"
#include "project/ReceiptBook.h"
#include "project/Routing.h"
#include "project/StreamMigration.h"
#include "store/RestoreMark.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <limits>

namespace vigia {

QString ChangeExporter::fileNameFor(const QByteArray &bundleId)
{
    return QString::fromLatin1(bundleId.left(8).toHex()) + QStringLiteral(".vigiabundle");
}

Result<ChangeExporter::Exported> ChangeExporter::exportTo(Workspace &ws, const QString &dir)
{
    return exportTo(ws, dir, Limits{});
}

namespace {

// One audience: the devices a bundle is sealed to and what they may all hold.
struct Group
{
    QList<BundleRecipient> recipients;
    QList<Op> ops;
    QList<Op> outboxOps;
};

struct Plan
{
    Group coordinators;
    QList<Group> researchers;
};

// This device's derived streams: the project stream and the feedback streams
// about each other member's records.
QList<QByteArray> derivedOrigins(const ProjectManifest &m, const QByteArray &me)
{
    QList<QByteArray> out{StreamOrigin::project(me)};
    for (const ManifestDevice &d : m.devices) {
        if (d.id != me)
            out.append(StreamOrigin::feedback(me, d.id));
    }
    return out;
}

Result<Plan> plan(Workspace &ws, const ProjectManifest &m, const QByteArray &me,
                  const QSet<quint64> &skip, bool inFlight)
{
    Database &db = ws.database();
    const auto streams = Routing::streamsOf(m);
    const QList<QByteArray> derived = derivedOrigins(m, me);
    Plan out;
    for (const QByteArray &id : m.recipients) {
        if (id != me)
            out.coordinators.recipients.append(BundleRecipient{id, m.device(id)->boxPk});
    }
    if (!out.coordinators.recipients.isEmpty()) {
        auto outbox = Outbox::nextOps(db, me);
        if (!outbox)
            return outbox.error();
        for (const Op &op : outbox.value()) {
            if (!skip.contains(op.counter))
                out.coordinators.outboxOps.append(op);
        }
        out.coordinators.ops = out.coordinators.outboxOps;
        // One bundle for every coordinator: each stream from the cursor of
        // the one that stands furthest back.
        for (const QByteArray &origin : derived) {
            quint64 from = std::numeric_limits<quint64>::max();
            for (const BundleRecipient &r : std::as_const(out.coordinators.recipients)) {
                auto after = StreamCursors::after(db, r.keyId, origin, inFlight);
                if (!after)
                    return after.error();
                from = std::min(from, after.value());
            }
            auto ops = ws.oplog().opsOf(origin, from);
            if (!ops)
                return ops.error();
            out.coordinators.ops += ops.value();
        }
    }
    for (const ManifestDevice &d : m.devices) {
        if (d.id == me || d.role == Role::Coordinator)
            continue;
        Group g;
        g.recipients.append(BundleRecipient{d.id, d.boxPk});
        for (const QByteArray &origin : derived) {
            if (!Routing::mayHold(d, streams.value(origin)))
                continue;
            auto after = StreamCursors::after(db, d.id, origin, inFlight);
            if (!after)
                return after.error();
            auto ops = ws.oplog().opsOf(origin, after.value());
            if (!ops)
                return ops.error();
            g.ops += ops.value();
        }
        if (!g.ops.isEmpty())
            out.researchers.append(std::move(g));
    }
    return out;
}

// The derived streams a bundle carries, for each of its recipients.
QList<StreamCursors::Sent> streamSends(const QList<Op> &ops, const QList<BundleRecipient> &to,
                                       const QByteArray &me)
{
    QHash<QByteArray, quint64> last;
    for (const Op &op : ops) {
        if (op.origin != me)
            last[op.origin] = std::max(last.value(op.origin), op.counter);
    }
    QList<StreamCursors::Sent> out;
    for (const BundleRecipient &r : to) {
        for (auto it = last.cbegin(); it != last.cend(); ++it)
            out.append({r.keyId, it.key(), it.value()});
    }
    return out;
}

} // namespace

Result<ChangeExporter::Built> ChangeExporter::build(Workspace &ws, const QSet<quint64> &skip,
                                                    const Limits &limits)
{
    return build(ws, skip, limits, true);
}

Result<ChangeExporter::Built> ChangeExporter::build(Workspace &ws, const QSet<quint64> &skip,
                                                    const Limits &limits, bool inFlight)
{
    // Every route out (a USB export, the app's, the hub's sending step)
    // builds here: a restored workspace holds its changes back until its
    // history is known not to fork (RestoreMark).
    if (Status s = RestoreMark::checkMaySend(ws.database()); !s)
        return s.error();
    auto manifest = ProjectStore(ws.database()).requireManifest();
    if (!manifest)
        return manifest.error();
    const ProjectManifest &m = manifest.value();
    const QByteArray me = ws.deviceId().toRfc4122();
    const ManifestDevice *self = m.device(me);
    if (!self)
        return Error(ErrorCode::Untrusted,
                     tr("This device is not an approved member of the project '%1', so no one "
                        "would accept its changes. Ask the coordinator to approve it.")
                         .arg(m.name));
    if (Status s = StreamMigration::republish(ws, self->role); !s)
        return s.error();
    auto planned = plan(ws, m, me, skip, inFlight);
    if (!planned)
        return planned.error();
    if (planned.value().coordinators.recipients.isEmpty() &&
        planned.value().researchers.isEmpty()) {
        // A researcher's changes are for coordinators only: without one they
        // have nowhere to go.
        if (self->role != Role::Coordinator)
            return Error(ErrorCode::Validation,
                         tr("The project has no recipient for this device's changes. Ask the "
                            "coordinator to approve a coordinator device."));
        // A coordinator with no other coordinator and every researcher
        // current has nothing to send, which is no failure: its records
        // stay in the outbox and its other streams are read from each
        // member's cursor, so a device approved later gets all of it whole
        // in its first bundle.
        Built none;
        none.alone = m.devices.size() == 1;
        return none;
    }
    QList<Group> groups{planned.value().coordinators};
    groups += planned.value().researchers;
    Built out;
    QSet<QByteArray> reached;
    for (const Group &g : std::as_const(groups)) {
        if (g.recipients.isEmpty() || g.ops.isEmpty())
            continue;
        QList<QByteArray> ids;
        for (const BundleRecipient &r : g.recipients) {
            ids.append(r.keyId);
            reached.insert(r.keyId);
        }
        for (const auto &[first, end] : split(g.ops, limits)) {
            Bundle bundle;
            bundle.ops = g.ops.mid(first, end - first);
            for (const Op &op : std::as_const(bundle.ops)) {
                if (op.origin == me)
                    bundle.outboxOps.append(op);
            }
            bundle.recipients = ids;
            bundle.streams = streamSends(bundle.ops, g.recipients, me);
            auto bytes = BundleWriter::write(m.projectId, ws.keys(), ws.oplog().clock().send(),
                                             bundle.ops, g.recipients);
            if (!bytes)
                return bytes.error();
            auto reader = BundleReader::parse(bytes.value());
            if (!reader)
                return reader.error();
            bundle.bundleId = reader.value().bundleId();
            bundle.bytes = bytes.take();
            out.bundles.append(std::move(bundle));
        }
    }
    out.recipientCount = int(reached.size());
    if (out.recipientCount == 0)
        out.recipientCount = int(planned.value().coordinators.recipients.size());
    return out;
}

Result<bool> ChangeExporter::hasStreamChanges(Workspace &ws)
{
    auto state = ProjectStore(ws.database()).load();
    if (!state)
        return state.error();
    if (!state.value() || !state.value()->manifest)
        return false;
    const ProjectManifest &m = *state.value()->manifest;
    const QByteArray me = ws.deviceId().toRfc4122();
    if (!m.device(me))
        return false;
    auto planned = plan(ws, m, me, {}, true);
    if (!planned)
        return planned.error();
    const Group &c = planned.value().coordinators;
    return !planned.value().researchers.isEmpty() || c.ops.size() > c.outboxOps.size();
}

Status ChangeExporter::recordSent(Workspace &ws, const Bundle &bundle)
{
    if (Status s = Outbox::recordExport(ws.database(), bundle.bundleId, bundle.outboxOps); !s)
        return s;
    return StreamCursors::recordSent(ws.database(), bundle.bundleId, bundle.streams);
}

Result<ChangeExporter::Exported> ChangeExporter::exportTo(Workspace &ws, const QString &dir,
                                                          const Limits &limits)
{
    auto built = build(ws, {}, limits, false);
    if (!built)
        return built.error();
    Exported out;
    out.recipientCount = built.value().recipientCount;
    out.alone = built.value().alone;
    // Before the bundles: a receipt that cannot be written fails the export
    // while nothing of it is recorded yet.
    auto receipt = ReceiptBook::writeBeside(ws, dir);
    if (!receipt)
        return receipt.error();
    out.receiptPaths = receipt.take();
    if (built.value().bundles.isEmpty())
        return out;
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, tr("Cannot create the folder %1. Check that the drive is "
                                       "plugged in and writable.")
                                        .arg(QDir::toNativeSeparators(dir)));
    for (const Bundle &bundle : built.value().bundles) {
        const QString path = QDir(dir).filePath(fileNameFor(bundle.bundleId));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bundle.bytes) != bundle.bytes.size() ||
            !file.commit())
            // The bundles already written are whole and recorded; exporting
            // again writes the rest.
            return Error(ErrorCode::Io,
                         tr("Cannot write %1 (%2). Check that the drive is not full.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        if (Status s = recordSent(ws, bundle); !s)
            return s.error();
        out.paths.append(path);
        out.recipients.append(bundle.recipients);
        out.bundleIds.append(bundle.bundleId);
        out.opCount += int(bundle.ops.size());
    }
    out.path = out.paths.first();
    out.bundleId = out.bundleIds.first();
    qCInfo(lcProject) << "exported" << out.opCount << "ops in" << out.paths.size() << "bundle(s)";
    return out;
}

QList<QPair<qsizetype, qsizetype>> ChangeExporter::split(const QList<Op> &ops, const Limits &limits)
{
    // An upper bound of Op::encode()'s size without encoding: the fixed-size
    // ids and hash, nine integers of at most nine bytes, CBOR headers, and
    // UTF-8 text of at most three bytes per UTF-16 unit.
    const auto sizeOf = [](const Op &op) {
        return qint64(2 * Op::kIdSize + Op::kHashSize + 9 * 9 + 32) + 3 * op.entity.size() +
               3 * op.field.size() + op.value.size();
    };
    QList<QPair<qsizetype, qsizetype>> parts;
    qsizetype first = 0;
    qint64 bytes = 0;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const qint64 size = sizeOf(ops.at(i));
        // One op over the byte limit still travels, alone: the reader's
        // own per-op ceiling is what judges it.
        if (i > first && (i - first >= limits.maxOps || bytes + size > limits.maxPayloadBytes)) {
            parts.append({first, i});
            first = i;
            bytes = 0;
        }
        bytes += size;
    }
    if (first < ops.size())
        parts.append({first, ops.size()});
    return parts;
}

} // namespace vigia
