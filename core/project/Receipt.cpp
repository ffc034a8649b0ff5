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
        std::sort(sortedHeads.begin(), sortedHeads.end(), [](const Head &a, const Head &b) {
            return a.origin != b.origin ? a.origin < b.origin : a.counter < b.counter;
        });
        QCborArray h, hashes;
        for (const Head &head : std::as_const(sortedHeads)) {
            h.append(QCborArray{head.origin, qint64(head.counter)});
            if (!head.hash.isEmpty())
                hashes.append(QCborArray{head.origin, qint64(head.counter), head.hash});
        }
        // Beside "heads", not in it: readers before hashes refuse a head
        // that is not a pair, and ignore a key they do not know.
        if (!hashes.isEmpty())
            m.insert(QStringLiteral("head_hashes"), hashes);
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
        r.heads.append({h.at(0).toByteArray(), quint64(h.at(1).toInteger()), {}});
    }
    // Absent in receipts written before hashes were added.
    const QCborValue hashes = m.value(QStringLiteral("head_hashes"));
    if (!hashes.isUndefined() && !hashes.isArray())
        return corrupt;
    for (const QCborValue &v : hashes.toArray()) {
        const QCborArray h = v.toArray();
        if (h.size() != 3 || !h.at(0).isByteArray() || !h.at(1).isInteger() ||
            !h.at(2).isByteArray() || h.at(2).toByteArray().isEmpty())
            return corrupt;
        for (Head &head : r.heads) {
            if (head.origin == h.at(0).toByteArray() && qint64(head.counter) == h.at(1).toInteger())
                head.hash = h.at(2).toByteArray();
        }
    }
    if (signerPk)
        *signerPk = file.value().signerPk;
    return r;
}

} // namespace vigia
