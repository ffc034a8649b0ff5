#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace vigia {

// A device removed from the project. Kept in every later manifest so that its
// earlier bundles still verify while later ones are refused. What counts is
// acceptedCounter: the highest counter of the device's chain the revoking
// coordinator had accepted. Every op of the device above it is refused by
// every member, whatever the clock of the bundle says, because a revoked
// device can set its clock back but cannot rewrite what the coordinator had
// already seen. A bundle stamped after revokedHlc is refused as well.
// See docs/project-format.md.
struct ManifestRevocation
{
    QByteArray id;
    QByteArray signPk;
    quint64 revokedHlc = 0;
    quint64 version = 0; // the manifest version that removed it
    quint64 acceptedCounter = 0;

    friend bool operator==(const ManifestRevocation &, const ManifestRevocation &) = default;
};

} // namespace vigia
