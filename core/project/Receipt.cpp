#include "project/Receipt.h"

#include "common/CanonicalCbor.h"
#include "project/SignedFile.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <algorithm>

namespace vigia {

QByteArray Receipt::sign(const DeviceKeys &device) const
{
    QList<QByteArray> sorted = bundleIds;
    std::sort(sorted.begin(), sorted.end());
    QCborArray ids;
    for (const QByteArray &id : std::as_const(sorted))
        ids.append(id);
    QCborMap m;
    m.insert(QStringLiteral("project_id"), projectId);
    m.insert(QStringLiteral("device_id"), deviceId);
    m.insert(QStringLiteral("created_hlc"), qint64(createdHlc));
    m.insert(QStringLiteral("bundles"), ids);
    return SignedFile::seal(kKind, CanonicalCbor::encode(m), device);
}

Result<Receipt> Receipt::open(const QByteArray &bytes, QByteArray *signerPk)
{
    auto file = SignedFile::open(bytes, kKind);
    if (!file)
        return file.error();
    const Error corrupt(ErrorCode::Corrupt, tr("The receipt is damaged or malformed. Ask the "
                                               "coordinator for a new one."));
    const QCborMap m = QCborValue::fromCbor(file.value().body).toMap();
    Receipt r;
    r.projectId = m.value(QStringLiteral("project_id")).toByteArray();
    r.deviceId = m.value(QStringLiteral("device_id")).toByteArray();
    r.createdHlc = quint64(m.value(QStringLiteral("created_hlc")).toInteger());
    if (r.projectId.size() != 16 || r.deviceId.size() != 16 ||
        !m.value(QStringLiteral("bundles")).isArray())
        return corrupt;
    for (const QCborValue &v : m.value(QStringLiteral("bundles")).toArray()) {
        if (!v.isByteArray() || v.toByteArray().size() != 32)
            return corrupt;
        r.bundleIds.append(v.toByteArray());
    }
    if (signerPk)
        *signerPk = file.value().signerPk;
    return r;
}

} // namespace vigia
