#include "project/ChangeExporter.h"

#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "common/LogCategories.h"
#include "oplog/OpLog.h"
#include "project/Outbox.h"
#include "project/ProjectStore.h"
#include "project/Routing.h"
#include "store/RestoreMark.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace vigia {

QString ChangeExporter::fileNameFor(const QByteArray &bundleId)
{
    return QString::fromLatin1(bundleId.left(8).toHex()) + QStringLiteral(".vigiabundle");
}

Result<ChangeExporter::Exported> ChangeExporter::exportTo(Workspace &ws, const QString &dir)
{
    return exportTo(ws, dir, Limits{});
}

Result<ChangeExporter::Built> ChangeExporter::build(Workspace &ws, const QSet<quint64> &skip,
                                                    const Limits &limits)
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
    if (!m.device(me))
        return Error(ErrorCode::Untrusted,
                     tr("This device is not an approved member of the project '%1', so no one "
                        "would accept its changes. Ask the coordinator to approve it.")
                         .arg(m.name));
    auto outbox = Outbox::nextOps(ws.database(), me);
    if (!outbox)
        return outbox.error();
    QList<Op> ops;
    for (const Op &op : outbox.value())
        if (!skip.contains(op.counter))
            ops.append(op);
    QList<BundleRecipient> recipients;
    for (const QByteArray &id : m.recipients) {
        const ManifestDevice *device = m.device(id);
        if (id == me)
            continue;
        if (!Routing::mayReceiveAll(*device, ops)) {
            qCWarning(lcProject) << "recipient left out: its role may not hold these changes";
            continue;
        }
        recipients.append(BundleRecipient{id, device->boxPk});
    }
    if (recipients.isEmpty())
        return Error(ErrorCode::Validation,
                     tr("The project has no recipient for this device's changes. Ask the "
                        "coordinator to approve a coordinator device."));
    Built out;
    out.recipientCount = int(recipients.size());
    for (const auto &[first, end] : split(ops, limits)) {
        Bundle bundle;
        bundle.ops = ops.mid(first, end - first);
        auto bytes = BundleWriter::write(m.projectId, ws.keys(), ws.oplog().clock().send(),
                                         bundle.ops, recipients);
        if (!bytes)
            return bytes.error();
        auto reader = BundleReader::parse(bytes.value());
        if (!reader)
            return reader.error();
        bundle.bundleId = reader.value().bundleId();
        bundle.bytes = bytes.take();
        out.bundles.append(std::move(bundle));
    }
    return out;
}

Result<ChangeExporter::Exported> ChangeExporter::exportTo(Workspace &ws, const QString &dir,
                                                          const Limits &limits)
{
    auto built = build(ws, {}, limits);
    if (!built)
        return built.error();
    Exported out;
    out.recipientCount = built.value().recipientCount;
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
        if (Status s = Outbox::recordExport(ws.database(), bundle.bundleId, bundle.ops); !s)
            return s.error();
        out.paths.append(path);
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
