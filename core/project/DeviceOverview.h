#pragma once

#include "common/Result.h"
#include "store/Role.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigia {

class Workspace;

// What a coordinator needs to know about each device of the manifest
// (issue 18, "Devices"): the last bundle received from it (the inbox), its
// clock skew, and how many bundles went to it without its receipt. The Sync
// page's devices list and `vigiactl devices list` show the same numbers.
//
// Skew: the sender's clock when it wrote its latest bundle (the header's
// HLC, physical part) minus the time this device received it. Transit only
// ever makes it smaller, so a positive skew is a lower bound of how far the
// device's clock runs ahead; it is flagged "ahead" past OpLog's threshold
// (10 minutes, design.md), or when an op of any of its streams was merged
// with chain_heads.clock_ahead set.
class DeviceOverview
{
    Q_DECLARE_TR_FUNCTIONS(vigia::DeviceOverview)

public:
    static constexpr qint64 kAheadMs = 10 * 60 * 1000;

    struct Device
    {
        QByteArray id;
        QString name;
        Role role = Role::Researcher;
        QString fingerprint;
        bool recipient = false;
        bool revoked = false;
        qint64 lastBundleAt = 0; // ms since the epoch, this device's clock; 0: none yet
        qint64 skewMs = 0;       // meaningful when lastBundleAt != 0
        bool clockAhead = false;
        // Bundles this device sent to it that its receipts have not
        // acknowledged yet: records-stream bundles (for coordinators) and
        // derived streams (StreamCursors).
        int unacknowledged = 0;
    };

    explicit DeviceOverview(Workspace &ws);

    // The manifest's devices in its order, then the revoked ones; NotFound
    // without a manifest.
    [[nodiscard]] Result<QList<Device>> devices();

private:
    [[nodiscard]] Status addReception(Device &device);
    [[nodiscard]] Status addUnacknowledged(Device &device);

    Workspace &m_ws;
};

} // namespace vigia
