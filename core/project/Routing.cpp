#include "project/Routing.h"

#include "project/ProjectManifest.h"

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
    return StreamOrigin::map(devices, devices);
}

} // namespace vigia
