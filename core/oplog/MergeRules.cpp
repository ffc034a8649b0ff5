#include "MergeRules.h"

#include <algorithm>

namespace vigia {

QList<OpId> MergeRules::openConflict(const QList<OpStamp> &ops)
{
    quint64 resolvedUpTo = 0;
    for (const OpStamp &op : ops)
        resolvedUpTo = std::max(resolvedUpTo, op.basedOn);

    QList<OpId> involved;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        for (qsizetype j = i + 1; j < ops.size(); ++j) {
            const OpStamp &a = ops[i];
            const OpStamp &b = ops[j];
            if (concurrent(a, b) && std::max(a.hlc, b.hlc) > resolvedUpTo) {
                involved.append(a.id);
                involved.append(b.id);
            }
        }
    }
    std::sort(involved.begin(), involved.end());
    involved.erase(std::unique(involved.begin(), involved.end()), involved.end());
    return involved;
}

} // namespace vigia
