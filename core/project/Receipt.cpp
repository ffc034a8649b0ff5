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
    if (!heads.isEmpty()) {
        auto sortedHeads = heads;
        std::sort(sortedHeads.begin(), sortedHeads.end());
        QCborArray h;
        for (const auto &[origin, counter] : std::as_const(sortedHeads))
            h.append(QCborArray{origin, qint64(counter)});
        m.insert(QStringLiteral("heads"), h);
    }
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
    const QCborValue heads = m.value(QStringLiteral("heads"));
    if (!heads.isUndefined() && !heads.isArray())
        return corrupt;
    for (const QCborValue &v : heads.toArray()) {
        const QCborArray h = v.toArray();
        if (h.size() != 2 || !h.at(0).isByteArray() || h.at(0).toByteArray().size() != 16 ||
            !h.at(1).isInteger() || h.at(1).toInteger() < 0)
            return corrupt;
        r.heads.append({h.at(0).toByteArray(), quint64(h.at(1).toInteger())});
    }
    if (signerPk)
        *signerPk = file.value().signerPk;
    return r;
}

} // namespace vigia
