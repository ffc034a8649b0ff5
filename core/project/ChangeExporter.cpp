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
    auto bytes = BundleWriter::write(m.projectId, ws.keys(), ws.oplog().clock().send(), ops.value(),
                                     recipients);
    if (!bytes)
        return bytes.error();
    auto reader = BundleReader::parse(bytes.value());
    if (!reader)
        return reader.error();
    out.bundleId = reader.value().bundleId();
    out.opCount = int(ops.value().size());
    out.path = QDir(dir).filePath(fileNameFor(out.bundleId));
    QSaveFile file(out.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() ||
        !file.commit())
        return Error(ErrorCode::Io,
                     tr("Cannot write %1 (%2). Check that the drive is not full.")
                         .arg(QDir::toNativeSeparators(out.path), file.errorString()));
    if (Status s = Outbox::recordExport(ws.database(), out.bundleId, ops.value()); !s)
        return s.error();
    qCInfo(lcProject) << "exported bundle with" << out.opCount << "ops";
    return out;
}

} // namespace vigia
