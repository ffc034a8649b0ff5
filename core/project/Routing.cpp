#include "project/Routing.h"

#include "store/Codebook.h"
#include "store/TargetStore.h"

#include <algorithm>

namespace vigia {

bool Routing::mayReceive(const ManifestDevice &receiver, const Op &op)
{
    if (receiver.role == Role::Coordinator)
        return true;
    // A device row holds what the manifest already shows every member (name,
    // role, public keys). Feedback on a researcher's own records joins this
    // list with the review flow, as rows that name one of the receiver's
    // records.
    // Targets are set by coordinators for everyone to read (docs/monitoring.md).
    return op.origin == receiver.id || op.entity == Codebook::kEntity ||
           op.entity == TargetStore::kEntity || op.entity == QLatin1String("device");
}

bool Routing::mayReceiveAll(const ManifestDevice &receiver, const QList<Op> &ops)
{
    return std::all_of(ops.cbegin(), ops.cend(),
                       [&](const Op &op) { return mayReceive(receiver, op); });
}

} // namespace vigia
