#include "bundle/BundleHeader.h"

#include "common/CanonicalCbor.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>

namespace vigia {

namespace {

const QString kVersion = QStringLiteral("v");
const QString kProject = QStringLiteral("project");
const QString kSender = QStringLiteral("sender");
const QString kCreated = QStringLiteral("created");
const QString kOps = QStringLiteral("ops");
const QString kRanges = QStringLiteral("ranges");
const QString kCompression = QStringLiteral("compression");
const QString kChunk = QStringLiteral("chunk");
const QString kStream = QStringLiteral("stream");
const QString kRecipients = QStringLiteral("recipients");
constexpr int kKeyCount = 10;
constexpr int kIdSize = 16;

bool isUnsigned(const QCborValue &v)
{
    return v.isInteger() && v.toInteger() >= 0;
}

} // namespace

QByteArray BundleHeader::encode() const
{
    QCborArray rangeArray;
    for (const BundleRange &r : ranges)
        rangeArray.append(QCborArray{r.origin, qint64(r.firstCounter), qint64(r.lastCounter)});
    QCborArray recipientArray;
    for (const auto &[keyId, sealed] : sealedKeys)
        recipientArray.append(QCborArray{keyId, sealed});
    QCborMap map;
    map.insert(kVersion, formatVersion);
    map.insert(kProject, projectId);
    map.insert(kSender, senderDevice);
    map.insert(kCreated, qint64(createdHlc));
    map.insert(kOps, qint64(opCount));
    map.insert(kRanges, rangeArray);
    map.insert(kCompression, compression);
    map.insert(kChunk, chunkSize);
    map.insert(kStream, streamHeader);
    map.insert(kRecipients, recipientArray);
    return CanonicalCbor::encode(map);
}

Result<BundleHeader> BundleHeader::decode(const QByteArray &bytes, const BundleLimits &limits)
{
    const auto corrupt = [](const QString &why) {
        return Error(ErrorCode::Corrupt,
                     tr("The bundle header is damaged (%1). Ask the sender to export the "
                        "bundle again.")
                         .arg(why));
    };
    if (!CanonicalCbor::isCanonical(bytes))
        return corrupt(tr("not canonical CBOR"));
    const QCborValue root = QCborValue::fromCbor(bytes);
    if (!root.isMap())
        return corrupt(tr("not a map"));
    const QCborMap map = root.toMap();
    if (map.size() != kKeyCount)
        return corrupt(tr("unexpected fields"));
    for (const QString &key : {kVersion, kProject, kSender, kCreated, kOps, kRanges, kCompression,
                               kChunk, kStream, kRecipients})
        if (!map.contains(key))
            return corrupt(tr("field \"%1\" is missing").arg(key));

    BundleHeader h;
    const QCborValue version = map.value(kVersion);
    if (!isUnsigned(version))
        return corrupt(tr("format version"));
    if (version.toInteger() < 1 || version.toInteger() > kFormatVersion)
        return corrupt(tr("header version differs from the file version"));
    h.formatVersion = int(version.toInteger());

    h.projectId = map.value(kProject).toByteArray();
    h.senderDevice = map.value(kSender).toByteArray();
    h.streamHeader = map.value(kStream).toByteArray();
    if (!map.value(kProject).isByteArray() || h.projectId.size() != kIdSize)
        return corrupt(tr("project id"));
    if (!map.value(kSender).isByteArray() || h.senderDevice.size() != kIdSize)
        return corrupt(tr("sender id"));
    if (!map.value(kStream).isByteArray() || h.streamHeader.size() != kStreamHeaderSize)
        return corrupt(tr("stream header"));
    if (!isUnsigned(map.value(kCreated)) || !isUnsigned(map.value(kOps)) ||
        !isUnsigned(map.value(kChunk)))
        return corrupt(tr("a number has the wrong type"));
    h.createdHlc = quint64(map.value(kCreated).toInteger());
    h.opCount = quint64(map.value(kOps).toInteger());
    if (map.value(kChunk).toInteger() != kChunkSize)
        return corrupt(tr("chunk size"));
    if (!map.value(kCompression).isString() || map.value(kCompression).toString() != u"zstd")
        return corrupt(tr("unknown compression"));
    if (h.opCount > quint64(limits.maxOps))
        return Error(ErrorCode::TooLarge,
                     tr("The bundle holds %1 changes, more than the %2 this device accepts in "
                        "one bundle. Ask the sender to export smaller bundles.")
                         .arg(h.opCount)
                         .arg(limits.maxOps));

    const QCborValue rangeValue = map.value(kRanges);
    if (!rangeValue.isArray())
        return corrupt(tr("ranges"));
    const QCborArray rangeArray = rangeValue.toArray();
    if (quint64(rangeArray.size()) > h.opCount)
        return corrupt(tr("more ranges than changes"));
    quint64 covered = 0;
    QHash<QByteArray, quint64> lastOfOrigin;
    for (const QCborValue &item : rangeArray) {
        const QCborArray r = item.toArray();
        if (!item.isArray() || r.size() != 3 || !r[0].isByteArray() ||
            r[0].toByteArray().size() != kIdSize || !isUnsigned(r[1]) || !isUnsigned(r[2]))
            return corrupt(tr("a range is malformed"));
        BundleRange range{r[0].toByteArray(), quint64(r[1].toInteger()), quint64(r[2].toInteger())};
        if (range.firstCounter == 0 || range.lastCounter < range.firstCounter)
            return corrupt(tr("a range is empty"));
        // Runs of one origin go forward, so no op can appear twice.
        const auto it = lastOfOrigin.constFind(range.origin);
        if (it != lastOfOrigin.constEnd() && range.firstCounter <= it.value())
            return corrupt(tr("ranges overlap"));
        lastOfOrigin.insert(range.origin, range.lastCounter);
        const quint64 length = range.lastCounter - range.firstCounter + 1;
        if (length > h.opCount - covered)
            return corrupt(tr("ranges do not add up to the change count"));
        covered += length;
        h.ranges.append(range);
    }
    if (covered != h.opCount)
        return corrupt(tr("ranges do not add up to the change count"));

    const QCborValue recipientValue = map.value(kRecipients);
    if (!recipientValue.isArray())
        return corrupt(tr("recipients"));
    const QCborArray recipientArray = recipientValue.toArray();
    if (recipientArray.size() > limits.maxRecipients)
        return Error(ErrorCode::TooLarge,
                     tr("The bundle names %1 recipients, more than the %2 this device accepts. "
                        "It was not read.")
                         .arg(recipientArray.size())
                         .arg(limits.maxRecipients));
    if (recipientArray.isEmpty())
        return corrupt(tr("no recipients"));
    for (const QCborValue &item : recipientArray) {
        const QCborArray r = item.toArray();
        if (!item.isArray() || r.size() != 2 || !r[0].isByteArray() || !r[1].isByteArray() ||
            r[0].toByteArray().size() != kIdSize || r[1].toByteArray().size() != kSealedKeySize)
            return corrupt(tr("a recipient is malformed"));
        const QByteArray keyId = r[0].toByteArray();
        // Sorted and unique, so one set of recipients has one encoding.
        if (!h.sealedKeys.isEmpty() && !(h.sealedKeys.last().first < keyId))
            return corrupt(tr("recipients are not sorted or repeat"));
        h.sealedKeys.append({keyId, r[1].toByteArray()});
    }
    return h;
}

QByteArray BundleHeader::sealedKeyFor(const QByteArray &keyId) const
{
    for (const auto &k : sealedKeys)
        if (k.first == keyId)
            return k.second;
    return {};
}

} // namespace vigia
