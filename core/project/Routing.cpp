#include "project/Routing.h"

#include "project/ProjectManifest.h"

#include <QMutex>
#include <QPair>

namespace vigia {

bool Routing::mayHold(const ManifestDevice &receiver, const StreamOrigin::Stream &stream)
{
    if (receiver.role == Role::Coordinator)
        return true;
    switch (stream.kind) {
    case StreamOrigin::Kind::Records:
        return stream.device == receiver.id;
    case StreamOrigin::Kind::Project:
        return true;
    case StreamOrigin::Kind::Feedback:
        return stream.researcher == receiver.id;
    }
    return false;
}

bool Routing::mayWrite(Role author, const StreamOrigin::Stream &stream)
{
    return stream.kind != StreamOrigin::Kind::Feedback || author == Role::Coordinator;
}

QHash<QByteArray, StreamOrigin::Stream> Routing::streamsOf(const ProjectManifest &manifest)
{
    // Feedback may be about any author's records, a coordinator's too. A
    // revoked device's streams stay known: what it wrote before its
    // revocation is still imported (ChangeImporter::checkRevocations).
    QList<QByteArray> devices;
    for (const ManifestDevice &d : manifest.devices)
        devices.append(d.id);
    for (const ManifestRevocation &r : manifest.revoked)
        devices.append(r.id);
    // The map holds a feedback stream for every pair of devices, one BLAKE2b
    // hash each: 40 000 for 200 devices, about as long to build as applying
    // a bundle of 500 ops. Every bundle imported or exported asks for it, and
    // the device list rarely changes, so the last few maps are kept (a
    // QHash is shared on copy, so a caller gets it without a deep copy).
    const QByteArray key = devices.join();
    static QMutex mutex;
    static QList<QPair<QByteArray, QHash<QByteArray, StreamOrigin::Stream>>> recent;
    constexpr int kKept = 4;
    {
        const QMutexLocker lock(&mutex);
        for (qsizetype i = 0; i < recent.size(); ++i) {
            if (recent[i].first == key) {
                recent.move(i, 0);
                return recent.first().second;
            }
        }
    }
    QHash<QByteArray, StreamOrigin::Stream> streams = StreamOrigin::map(devices, devices);
    const QMutexLocker lock(&mutex);
    recent.prepend({key, streams});
    if (recent.size() > kKept)
        recent.removeLast();
    return streams;
}

} // namespace vigia
