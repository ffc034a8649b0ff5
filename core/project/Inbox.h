#pragma once

#include "common/Result.h"
#include "project/InboxEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace vigia {

class Workspace;

// The bundles this device received (InboxLog writes them), with their sender
// named from the manifest and their state as it stands now: a bundle whose
// ops wait for an earlier one is quarantined until it arrives, one held for
// an unknown sender is applied once a manifest approves it.
class Inbox
{
    Q_DECLARE_TR_FUNCTIONS(vigia::Inbox)

public:
    struct Filter
    {
        QByteArray device; // sender; empty: every device
        std::optional<InboxEntry::State> state;
        // ISO code: only bundles that changed a record of this country (its
        // country answer as it stands now); empty: every country.
        QString country;
    };

    explicit Inbox(Workspace &ws);

    // Newest reception first.
    [[nodiscard]] Result<QList<InboxEntry>> list(const Filter &filter = {});
    // The records whose ops first arrived in this bundle, oldest change first.
    [[nodiscard]] Result<QList<QUuid>> recordsOf(const QByteArray &bundleId);
    // "Ana - laptop (a1b2)": a name and the first group of its key's
    // fingerprint, since names need not be unique.
    [[nodiscard]] static QString senderLabel(const InboxEntry &entry);

private:
    // Applied rows whose ops still wait in pending_ops become quarantined,
    // with what is missing; quarantined rows follow the quarantine table.
    [[nodiscard]] Status settle(InboxEntry &entry);

    Workspace &m_ws;
};

} // namespace vigia
