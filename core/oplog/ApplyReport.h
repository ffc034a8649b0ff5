#pragma once

#include "oplog/ChainIssue.h"

#include <QList>

namespace vigia {

// What applying a batch of remote ops did. Rejected ops are listed in
// `issues`; nothing of a rejected op reaches the projection.
struct ApplyReport
{
    int applied = 0;
    int duplicates = 0;
    int pending = 0; // waiting for an earlier op of the same device
    QList<ChainIssue> issues;
    QList<QByteArray> clockAhead; // origins whose clock runs > 10 min ahead
};

} // namespace vigia
