#include "project/DeviceOverview.h"

#include "crypto/Fingerprint.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/Hlc.h"
#include "project/ProjectStore.h"
#include "project/Routing.h"
#include "store/Workspace.h"

#include <QSet>

#include <sqlite3.h>

namespace vigia {

DeviceOverview::DeviceOverview(Workspace &ws)
    : m_ws(ws)
{}

Result<QList<DeviceOverview::Device>> DeviceOverview::devices()
{
    auto manifest = ProjectStore(m_ws.database()).requireManifest();
    if (!manifest)
        return manifest.error();
    const ProjectManifest &m = manifest.value();
    QList<Device> out;
    for (const ManifestDevice &d : m.devices) {
        Device row;
        row.id = d.id;
        row.name = d.name;
        row.role = d.role;
        row.fingerprint = Fingerprint::ofKey(d.signPk);
        row.recipient = m.isRecipient(d.id);
        out.append(row);
    }
    for (const ManifestRevocation &r : m.revoked) {
        Device row;
        row.id = r.id;
        row.fingerprint = Fingerprint::ofKey(r.signPk);
        row.revoked = true;
        out.append(row);
    }
    // Which origins are whose: the clock-ahead flag is kept per stream.
    const auto streams = Routing::streamsOf(m);
    QSet<QByteArray> ahead;
    {
        Statement st(m_ws.database().handle(),
                     "SELECT origin FROM chain_heads WHERE clock_ahead != 0");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            const auto it = streams.constFind(st.columnBlob(0));
            if (it != streams.cend())
                ahead.insert(it->device);
        }
        if (rc != SQLITE_DONE)
            return m_ws.database().errorFor(rc, tr("reading the devices' clocks"));
    }
    for (Device &d : out) {
        if (Status s = addReception(d); !s)
            return s.error();
        if (Status s = addUnacknowledged(d); !s)
            return s.error();
        d.clockAhead = d.clockAhead || ahead.contains(d.id);
    }
    return out;
}

Status DeviceOverview::addReception(Device &device)
{
    Statement st(m_ws.database().handle(),
                 "SELECT received_at, created_hlc FROM inbox WHERE sender = ?1 "
                 "ORDER BY received_at DESC, id DESC LIMIT 1");
    st.bind(1, device.id);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return {};
    if (rc != SQLITE_ROW)
        return m_ws.database().errorFor(rc, tr("reading the bundles received"));
    device.lastBundleAt = st.columnInt64(0);
    if (!st.columnIsNull(1)) {
        device.skewMs = Hlc::physical(quint64(st.columnInt64(1))) - device.lastBundleAt;
        device.clockAhead = device.skewMs > kAheadMs;
    }
    return {};
}

Status DeviceOverview::addUnacknowledged(Device &device)
{
    Database &db = m_ws.database();
    QSet<QByteArray> bundles;
    // Derived streams: per recipient, past its acknowledged counter.
    Statement streams(db.handle(),
                      "SELECT DISTINCT s.bundle_id FROM stream_sent s LEFT JOIN stream_acks a "
                      "ON a.recipient = s.recipient AND a.origin = s.origin "
                      "WHERE s.recipient = ?1 AND s.counter > coalesce(a.counter, 0)");
    streams.bind(1, device.id);
    int rc;
    while ((rc = streams.step()) == SQLITE_ROW)
        bundles.insert(streams.columnBlob(0));
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, tr("counting the bundles sent"));
    // The records stream goes to every coordinator at once, and any
    // coordinator's receipt takes its ops out of the outbox.
    if (device.recipient) {
        Statement outbox(db.handle(), "SELECT DISTINCT os.bundle_id FROM outbox_sent os "
                                      "JOIN outbox o ON o.counter = os.counter");
        while ((rc = outbox.step()) == SQLITE_ROW)
            bundles.insert(outbox.columnBlob(0));
        if (rc != SQLITE_DONE)
            return db.errorFor(rc, tr("counting the bundles sent"));
    }
    device.unacknowledged = int(bundles.size());
    return {};
}

} // namespace vigia
