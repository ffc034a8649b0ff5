#include "project/Inbox.h"

#include "common/UuidText.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "project/DeviceNames.h"
#include "store/Workspace.h"

#include <sqlite3.h>

namespace vigia {

Inbox::Inbox(Workspace &ws)
    : m_ws(ws)
{}

QString Inbox::senderLabel(const InboxEntry &entry)
{
    if (entry.sender.isEmpty())
        return tr("unknown");
    const QString group = entry.fingerprint.section(QLatin1Char(' '), 0, 0);
    const QString name =
        entry.senderName.isEmpty() ? UuidText::of(entry.sender).left(8) : entry.senderName;
    return group.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, group);
}

Result<QList<InboxEntry>> Inbox::list(const Filter &filter)
{
    Database &db = m_ws.database();
    auto names = DeviceNames::load(db);
    if (!names)
        return names.error();

    QByteArray sql = "SELECT id, bundle_id, sender, created_hlc, received_at, file, op_count, "
                     "record_count, state, reason FROM inbox";
    QByteArrayList where;
    if (!filter.device.isEmpty())
        where << "sender = ?1";
    // A bundle has no country of its own: it is where the records it changed
    // are. Bundles never decrypted (refused, held) changed none.
    if (!filter.country.isEmpty())
        where << "EXISTS (SELECT 1 FROM bundle_runs b JOIN ops o "
                 "ON o.origin = b.origin AND o.counter BETWEEN b.from_counter AND b.to_counter "
                 "JOIN records r ON r.id = o.row "
                 "WHERE b.bundle_id = inbox.bundle_id AND o.entity = 'record' "
                 "AND r.country = ?2)";
    if (!where.isEmpty())
        sql += " WHERE " + where.join(" AND ");
    sql += " ORDER BY received_at DESC, id DESC";
    Statement st(db.handle(), sql.constData());
    if (!filter.device.isEmpty())
        st.bind(1, filter.device);
    if (!filter.country.isEmpty())
        st.bindText(2, filter.country);
    QList<InboxEntry> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        InboxEntry e;
        e.id = st.columnInt64(0);
        e.bundleId = st.columnBlob(1);
        e.sender = st.columnBlob(2);
        e.createdHlc = quint64(st.columnInt64(3));
        e.receivedAt = st.columnInt64(4);
        e.file = st.columnText(5);
        e.ops = int(st.columnInt64(6));
        e.records = st.columnIsNull(7) ? -1 : int(st.columnInt64(7));
        e.state = InboxEntry::stateFromName(st.columnText(8)).value_or(InboxEntry::State::Refused);
        e.reason = st.columnText(9);
        if (!e.sender.isEmpty()) {
            e.senderName = names.value().name(e.sender);
            e.fingerprint = names.value().fingerprint(e.sender);
        }
        out.append(e);
    }
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, tr("reading the inbox"));

    QList<InboxEntry> kept;
    for (InboxEntry &e : out) {
        if (Status s = settle(e); !s)
            return s.error();
        if (!filter.state || *filter.state == e.state)
            kept.append(e);
    }
    return kept;
}

Status Inbox::settle(InboxEntry &e)
{
    Database &db = m_ws.database();
    const QString device = senderLabel(e);
    if (e.state == InboxEntry::State::Quarantined) {
        Statement held(db.handle(), "SELECT 1 FROM quarantine WHERE bundle_id = ?1");
        held.bind(1, e.bundleId);
        int rc = held.step();
        if (rc == SQLITE_ROW) {
            e.reason = tr("The sender %1 is not approved in this project.").arg(device);
            e.release = tr("Approve the device (a manifest that lists it); the bundle is then "
                           "imported automatically.");
            return {};
        }
        if (rc != SQLITE_DONE)
            return db.errorFor(rc, tr("reading the inbox"));
        Statement applied(db.handle(), "SELECT 1 FROM applied_bundles WHERE bundle_id = ?1");
        applied.bind(1, e.bundleId);
        rc = applied.step();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return db.errorFor(rc, tr("reading the inbox"));
        if (rc == SQLITE_DONE) {
            e.state = InboxEntry::State::Refused;
            e.reason = tr("It was deleted from the quarantine.");
            return {};
        }
        e.state = InboxEntry::State::Applied; // released; its ops may still wait, see below
    }
    if (e.state != InboxEntry::State::Applied)
        return {};
    // Ops of this bundle waiting for earlier ones of their device: the bundle
    // before it was lost or has not come yet.
    Statement waiting(
        db.handle(), "SELECT p.origin, count(*), min(p.counter), "
                     "coalesce((SELECT counter FROM chain_heads h WHERE h.origin = p.origin), 0) "
                     "FROM bundle_runs b JOIN pending_ops p "
                     "ON p.origin = b.origin AND p.counter BETWEEN b.from_counter AND b.to_counter "
                     "WHERE b.bundle_id = ?1 GROUP BY p.origin ORDER BY p.origin");
    waiting.bind(1, e.bundleId);
    int rc;
    QStringList reasons, releases;
    while ((rc = waiting.step()) == SQLITE_ROW) {
        const qint64 from = waiting.columnInt64(3) + 1;
        const qint64 to = waiting.columnInt64(2) - 1;
        const QString of = waiting.columnBlob(0) == e.sender
                               ? device
                               : UuidText::of(waiting.columnBlob(0)).left(8);
        reasons.append(tr("%n change(s) of device %1 wait for its changes %2 to %3, which have "
                          "not arrived.",
                          nullptr, int(waiting.columnInt64(1)))
                           .arg(of)
                           .arg(from)
                           .arg(to));
        releases.append(tr("Import the bundle of device %1 that carries its changes %2 to %3 "
                           "(ask for it again if it was lost); these changes are then applied.")
                            .arg(of)
                            .arg(from)
                            .arg(to));
    }
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, tr("reading the inbox"));
    if (!reasons.isEmpty()) {
        e.state = InboxEntry::State::Quarantined;
        e.reason = reasons.join(QLatin1Char(' '));
        e.release = releases.join(QLatin1Char(' '));
    }
    return {};
}

Result<QList<QUuid>> Inbox::recordsOf(const QByteArray &bundleId)
{
    Database &db = m_ws.database();
    Statement st(db.handle(),
                 "SELECT o.row FROM bundle_runs b JOIN ops o "
                 "ON o.origin = b.origin AND o.counter BETWEEN b.from_counter AND b.to_counter "
                 "WHERE b.bundle_id = ?1 AND o.entity = 'record' "
                 "GROUP BY o.row ORDER BY min(o.hlc)");
    st.bind(1, bundleId);
    QList<QUuid> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.append(QUuid::fromRfc4122(st.columnBlob(0)));
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, tr("reading the records of a bundle"));
    return out;
}

} // namespace vigia
