#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace vigia {

// A device removed from the project. Kept in every later manifest so that its
// earlier bundles still verify while later ones are refused: a bundle counts
// as "after" the revocation when its header's createdHlc exceeds revokedHlc
// (the coordinator's clock when it revoked). See docs/project-format.md.
struct ManifestRevocation
{
    QByteArray id;
    QByteArray signPk;
    quint64 revokedHlc = 0;
    quint64 version = 0; // the manifest version that removed it

    friend bool operator==(const ManifestRevocation &, const ManifestRevocation &) = default;
};

} // namespace vigia
