#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vigia {

class Workspace;

// Both ends of a receipt: a coordinator's device issues one listing the
// bundles it applied (optionally only one sender's), a researcher accepts
// it after checking that an approved coordinator device of the project
// signed it, and drops the acknowledged ops from its outbox.
class ReceiptBook
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ReceiptBook)

public:
    struct Accepted
    {
        int bundles = 0;      // bundle ids in the receipt
        int acknowledged = 0; // ops dropped from the outbox
        int stillPending = 0; // ops still waiting for a receipt
    };

    // sender: 16-byte device id, or empty for every sender.
    [[nodiscard]] static Result<QByteArray> issue(Workspace &ws, const QByteArray &sender = {});
    [[nodiscard]] static Result<Accepted> accept(Workspace &ws, const QByteArray &bytes);
};

} // namespace vigia
