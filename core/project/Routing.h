#pragma once

#include "oplog/Op.h"
#include "project/ManifestDevice.h"

#include <QList>

namespace vigia {

// Minimum necessary (docs/project-format.md, "Who receives what"): a device
// holds only what its role needs. Coordinators receive everything of the
// project. A researcher receives the shared codebook, the targets, the public device rows
// and its own history, never another researcher's records, codings or memos. Manifests and forms
// travel as signed files, outside bundles. The writer uses this to choose the
// recipients of a bundle and the importer to refuse a bundle that carries
// more than its receiver may hold, so a mistaken or malicious coordinator
// cannot spread one researcher's findings to another.
class Routing
{
public:
    [[nodiscard]] static bool mayReceive(const ManifestDevice &receiver, const Op &op);
    [[nodiscard]] static bool mayReceiveAll(const ManifestDevice &receiver, const QList<Op> &ops);
};

} // namespace vigia
