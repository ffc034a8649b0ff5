#include "project/ChangeExporter.h"

#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "common/LogCategories.h"
#include "oplog/OpLog.h"
#include "project/Outbox.h"
#include "project/ProjectStore.h"
#include "project/Routing.h"
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

Result<ChangeExporter::Exported> ChangeExporter::exportTo(Workspace &ws, const QString &dir,
                                                          const Limits &limits)
{
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
    auto ops = Outbox::nextOps(ws.database(), me);
    if (!ops)
        return ops.error();
    QList<BundleRecipient> recipients;
    for (const QByteArray &id : m.recipients) {
        const ManifestDevice *device = m.device(id);
        if (id == me)
            continue;
        if (!Routing::mayReceiveAll(*device, ops.value())) {
            qCWarning(lcProject) << "recipient left out: its role may not hold these changes";
            continue;
        }
        recipients.append(BundleRecipient{id, device->boxPk});
    }
    if (recipients.isEmpty())
        return Error(ErrorCode::Validation,
                     tr("The project has no recipient for this device's changes. Ask the "
                        "coordinator to approve a coordinator device."));

    Exported out;
    out.recipientCount = int(recipients.size());
    if (ops.value().isEmpty())
        return out;
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, tr("Cannot create the folder %1. Check that the drive is "
                                       "plugged in and writable.")
                                        .arg(QDir::toNativeSeparators(dir)));
    const QList<QPair<qsizetype, qsizetype>> parts = split(ops.value(), limits);
    for (const auto &[first, end] : parts) {
        const QList<Op> part = ops.value().mid(first, end - first);
        auto bytes = BundleWriter::write(m.projectId, ws.keys(), ws.oplog().clock().send(), part,
                                         recipients);
        if (!bytes)
            return bytes.error();
        auto reader = BundleReader::parse(bytes.value());
        if (!reader)
            return reader.error();
        const QByteArray bundleId = reader.value().bundleId();
        const QString path = QDir(dir).filePath(fileNameFor(bundleId));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() ||
            !file.commit())
            // The bundles already written are whole and recorded; exporting
            // again writes the rest.
            return Error(ErrorCode::Io,
                         tr("Cannot write %1 (%2). Check that the drive is not full.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        if (Status s = Outbox::recordExport(ws.database(), bundleId, part); !s)
            return s.error();
        out.paths.append(path);
        out.bundleIds.append(bundleId);
        out.opCount += int(part.size());
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
