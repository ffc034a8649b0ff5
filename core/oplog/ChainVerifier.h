#pragma once

#include "oplog/ChainIssue.h"
#include "oplog/Op.h"

#include <QList>

namespace vigia {

// Checks devices' hash chains: every op's prev_hash is the hash of the op
// before it, counters run 1, 2, 3… without gaps, forks or reordering.
class ChainVerifier
{
public:
    // Verifies `ops` as sent: per device, in list order. The first op seen of
    // a device may start anywhere (a bundle carries a range), unless it is
    // counter 1, whose prev_hash must be all zeros.
    [[nodiscard]] static QList<ChainIssue> verifySequence(const QList<Op> &ops);

    [[nodiscard]] static ChainIssue issue(ChainIssue::Kind kind, const QByteArray &origin,
                                          quint64 counter, quint64 expected = 0);
    [[nodiscard]] static QString deviceLabel(const QByteArray &origin);
};

} // namespace vigia
