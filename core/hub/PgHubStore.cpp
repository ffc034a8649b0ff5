#include "hub/PgHubStore.h"
#include "hub/PgCommitGroup.h"
#include "hub/PgHubStore_p.h"

#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

#include <array>

namespace vigia {

// --- Opening ------------------------------------------------------------

PgHubStore::PgHubStore(std::unique_ptr<Connection> connection)
    : m_conn(std::move(connection))
{}

PgHubStore::~PgHubStore() = default;

Result<std::unique_ptr<PgHubStore>> PgHubStore::open(const QString &connectionUri)
{
    const QUrl url(connectionUri, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
        return Error(ErrorCode::Usage,
                     tr("The hub's database must be given as a postgresql:// URI, such as "
                        "postgresql://vigia@db.example.org:5432/vigia_hub."));
    }
    // Where the server is, for messages: the URI's host, or the host and port
    // of its query (libpq's way to name a socket directory).
    const QUrlQuery query(url);
    QString host = url.host();
    if (query.hasQueryItem(QStringLiteral("host")))
        host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    QString port = QString::number(url.port(5432));
    if (query.hasQueryItem(QStringLiteral("port")))
        port = query.queryItemValue(QStringLiteral("port"), QUrl::FullyDecoded);

    auto conn = std::make_unique<Connection>();
    conn->server = host + QLatin1Char(':') + port;
    try {
        conn->db = std::make_unique<pqxx::connection>(connectionUri.toStdString());
        conn->db->set_client_encoding("UTF8");
        // A process that stalls inside a transaction holds its row locks:
        // the others give up after a while (Busy) instead of waiting forever.
        conn->db->set_variable("lock_timeout", "'30s'");
    } catch (const pqxx::broken_connection &e) {
        return Error(ErrorCode::Io,
                     tr("The PostgreSQL server at %1 could not be reached (%2). Check that it "
                        "runs and that the URI names the right host, port, database and user.")
                         .arg(conn->server, firstLine(e.what(), url.password(QUrl::FullyDecoded))));
    } catch (...) {
        return conn->failure(tr("connecting to the hub's database"));
    }
    std::unique_ptr<PgHubStore> store(new PgHubStore(std::move(conn)));
    store->m_group = &PgCommitGroup::of(connectionUri);
    if (Status s = store->migrate(); !s)
        return s.error();
    if (Status s = store->loadHubId(); !s)
        return s.error();
    return store;
}

Status PgHubStore::loadHubId()
{
    auto id = m_conn->transact<QByteArray>(
        tr("reading the hub id"), [this](pqxx::work &t) -> Result<QByteArray> {
            const pqxx::result r = m_conn->exec(t, "SELECT value FROM meta WHERE key = 'hub_id'");
            if (r.empty() || bytesOf(r[0][0]).size() != kHubIdSize) {
                return Error(ErrorCode::Corrupt,
                             tr("The hub database at %1 has no valid hub id. Restore it from a "
                                "backup.")
                                 .arg(m_conn->server));
            }
            return bytesOf(r[0][0]);
        });
    if (!id)
        return id.error();
    m_hubId = id.value();
    return {};
}

Result<QByteArray> PgHubStore::hubId()
{
    return m_hubId;
}

// --- Projects -----------------------------------------------------------

Status PgHubStore::addProjectSlot(const QString &name, const QByteArray &tokenHash)
{
    Status s = m_conn->transact<void>(tr("adding a project slot"), [&](pqxx::work &t) -> Status {
        const pqxx::result r =
            m_conn->exec(t,
                         "INSERT INTO project_slots(token_hash, name) VALUES ($1, $2) "
                         "ON CONFLICT (token_hash) DO NOTHING RETURNING id",
                         bin(tokenHash), name.toStdString());
        if (r.empty()) {
            return Error(ErrorCode::Validation,
                         tr("A project slot with this token exists already; nothing was added. "
                            "Create the slot with a new token."));
        }
        return {};
    });
    if (s)
        qCInfo(lcHub) << "added a project slot named" << name;
    return s;
}

Result<HubProject> PgHubStore::registerProject(const QByteArray &tokenHash,
                                               const ProjectManifest &manifest,
                                               const QByteArray &signedManifest)
{
    auto registered = m_conn->transact<HubProject>(
        tr("registering the project"), [&](pqxx::work &t) -> Result<HubProject> {
            // FOR UPDATE: a second process with the same token waits here, then
            // finds the slot used and registers nothing.
            const pqxx::result slot = m_conn->exec(
                t,
                "SELECT id, name FROM project_slots WHERE token_hash = $1 AND NOT used "
                "FOR UPDATE",
                bin(tokenHash));
            if (slot.empty()) {
                return Error(ErrorCode::NotFound,
                             tr("No unused project slot has this token; nothing was registered. "
                                "Each token registers one project: ask the hub's operator for a "
                                "new one."));
            }
            const qint64 slotId = intOf(slot[0][0]);
            QString name = textOf(slot[0][1]);
            if (name.isEmpty())
                name = manifest.name;
            const pqxx::result inserted = m_conn->exec(
                t,
                "INSERT INTO projects(id, name, project_pk, manifest, manifest_version) "
                "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING RETURNING id",
                bin(manifest.projectId), name.toStdString(), bin(manifest.projectPk),
                bin(signedManifest), qint64(manifest.version));
            if (inserted.empty()) {
                // Rolled back: the operator's token is not spent on a refusal.
                return Error(ErrorCode::Validation,
                             tr("The hub already serves a project with this id; nothing was "
                                "registered. A project registers once, then sends new "
                                "manifests."));
            }
            m_conn->exec(t, "UPDATE project_slots SET used = true, project_id = $2 WHERE id = $1",
                         slotId, bin(manifest.projectId));
            if (Status s = m_conn->writeDevices(t, manifest); !s)
                return s.error();
            return HubProject{manifest.projectId, name, manifest.projectPk, signedManifest,
                              manifest.version};
        });
    if (registered) {
        qCInfo(lcHub).noquote() << "registered project" << manifest.projectId.toHex()
                                << "at manifest version" << manifest.version;
    }
    return registered;
}

Result<HubProject> PgHubStore::project(const QByteArray &projectId)
{
    return m_conn->transact<HubProject>(
        tr("reading the project"), [&](pqxx::work &t) -> Result<HubProject> {
            const pqxx::result r =
                m_conn->exec(t,
                             "SELECT id, name, project_pk, manifest, manifest_version "
                             "FROM projects WHERE id = $1",
                             bin(projectId));
            if (r.empty())
                return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
            return HubProject{bytesOf(r[0][0]), textOf(r[0][1]), bytesOf(r[0][2]), bytesOf(r[0][3]),
                              quint64(intOf(r[0][4]))};
        });
}

Result<QList<HubProject>> PgHubStore::projects()
{
    return m_conn->transact<QList<HubProject>>(
        tr("listing the projects"), [&](pqxx::work &t) -> Result<QList<HubProject>> {
            // COLLATE "C": the same order as SQLite's, whatever the server's
            // locale.
            const pqxx::result rows =
                m_conn->exec(t, "SELECT id, name, project_pk, manifest, manifest_version "
                                "FROM projects ORDER BY name COLLATE \"C\", id");
            QList<HubProject> out;
            for (const pqxx::row &r : rows) {
                out.append(HubProject{bytesOf(r[0]), textOf(r[1]), bytesOf(r[2]), bytesOf(r[3]),
                                      quint64(intOf(r[4]))});
            }
            return out;
        });
}

Status PgHubStore::replaceManifest(const ProjectManifest &manifest,
                                   const QByteArray &signedManifest, quint64 previousVersion)
{
    Status s = m_conn->transact<void>(
        tr("replacing the project's manifest"), [&](pqxx::work &t) -> Status {
            // The compare-and-swap: a writer racing this one waits for its row
            // lock, then finds the version changed and updates nothing.
            const pqxx::result updated =
                m_conn->exec(t,
                             "UPDATE projects SET manifest = $2, manifest_version = $3 "
                             "WHERE id = $1 AND manifest_version = $4 RETURNING id",
                             bin(manifest.projectId), bin(signedManifest), qint64(manifest.version),
                             qint64(previousVersion));
            if (updated.empty()) {
                const pqxx::result current =
                    m_conn->exec(t, "SELECT manifest_version FROM projects WHERE id = $1",
                                 bin(manifest.projectId));
                if (current.empty())
                    return Error(ErrorCode::NotFound,
                                 tr("The hub serves no project with this id."));
                return Error(ErrorCode::Busy,
                             tr("The project's manifest changed meanwhile (the hub holds version "
                                "%1, not %2); nothing was replaced. Read the new manifest and try "
                                "again.")
                                 .arg(intOf(current[0][0]))
                                 .arg(previousVersion));
            }
            return m_conn->writeDevices(t, manifest);
        });
    if (s) {
        qCInfo(lcHub).noquote() << "project" << manifest.projectId.toHex()
                                << "now at manifest version" << manifest.version;
    }
    return s;
}

Result<HubDevice> PgHubStore::device(const QByteArray &projectId, const QByteArray &deviceId)
{
    return m_conn->transact<HubDevice>(
        tr("reading the device"), [&](pqxx::work &t) -> Result<HubDevice> {
            const pqxx::result r = m_conn->exec(
                t,
                "SELECT d.role, d.sign_pk, d.revoked, EXISTS (SELECT 1 FROM device_blocks b "
                "WHERE b.project_id = d.project_id AND b.device_id = d.device_id) "
                "FROM devices d WHERE d.project_id = $1 AND d.device_id = $2",
                bin(projectId), bin(deviceId));
            if (r.empty()) {
                return Error(ErrorCode::NotFound,
                             tr("This device is not in the project's manifest on this hub."));
            }
            const std::optional<Role> role = roleFromName(textOf(r[0][0]));
            if (!role) {
                return Error(ErrorCode::Corrupt,
                             tr("The hub database holds a device with an unknown role. Restore "
                                "it from a backup."));
            }
            return HubDevice{projectId,        deviceId,           *role,
                             bytesOf(r[0][1]), r[0][2].as<bool>(), r[0][3].as<bool>()};
        });
}

Result<QList<HubDevice>> PgHubStore::devices(const QByteArray &projectId)
{
    return m_conn->transact<QList<HubDevice>>(
        tr("reading the project's devices"), [&](pqxx::work &t) -> Result<QList<HubDevice>> {
            // One statement, so the project check and the list are one
            // snapshot; the project's row alone (NULL device) says it exists
            // with no device.
            const pqxx::result rows =
                m_conn->exec(t,
                             "SELECT d.device_id, d.role, d.sign_pk, d.revoked, "
                             "b.device_id IS NOT NULL FROM projects p "
                             "LEFT JOIN devices d ON d.project_id = p.id "
                             "LEFT JOIN device_blocks b ON b.project_id = d.project_id "
                             "AND b.device_id = d.device_id WHERE p.id = $1 "
                             "ORDER BY d.device_id",
                             bin(projectId));
            if (rows.empty())
                return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
            QList<HubDevice> out;
            for (const pqxx::row &r : rows) {
                if (r[0].is_null())
                    continue;
                const std::optional<Role> role = roleFromName(textOf(r[1]));
                if (!role) {
                    return Error(ErrorCode::Corrupt,
                                 tr("The hub database holds a device with an unknown role. "
                                    "Restore it from a backup."));
                }
                out.append(HubDevice{projectId, bytesOf(r[0]), *role, bytesOf(r[2]),
                                     r[3].as<bool>(), r[4].as<bool>()});
            }
            return out;
        });
}

Status PgHubStore::blockDevice(const QByteArray &projectId, const QByteArray &deviceId,
                               bool blocked)
{
    Status s = m_conn->transact<void>(tr("blocking the device"), [&](pqxx::work &t) -> Status {
        // Only a device the hub knows: the administration adds none.
        const pqxx::result known =
            m_conn->exec(t,
                         "SELECT (SELECT 1 FROM projects WHERE id = $1), (SELECT 1 FROM devices "
                         "WHERE project_id = $1 AND device_id = $2)",
                         bin(projectId), bin(deviceId));
        if (known[0][0].is_null())
            return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
        if (known[0][1].is_null()) {
            return Error(ErrorCode::NotFound,
                         tr("This device is not in the project's manifest on this hub."));
        }
        if (blocked) {
            m_conn->exec(t,
                         "INSERT INTO device_blocks(project_id, device_id) VALUES ($1, $2) "
                         "ON CONFLICT (project_id, device_id) DO NOTHING",
                         bin(projectId), bin(deviceId));
        } else {
            m_conn->exec(t, "DELETE FROM device_blocks WHERE project_id = $1 AND device_id = $2",
                         bin(projectId), bin(deviceId));
        }
        return {};
    });
    if (s) {
        qCInfo(lcHub).noquote() << (blocked ? "blocked" : "unblocked") << "device"
                                << deviceId.toHex() << "of project" << projectId.toHex();
    }
    return s;
}

// --- Sessions -----------------------------------------------------------

Status PgHubStore::addChallenge(const QByteArray &nonce, const QByteArray &projectId,
                                const QByteArray &deviceId, qint64 expiresAt)
{
    return m_conn->transact<void>(tr("saving a sign-in challenge"), [&](pqxx::work &t) -> Status {
        m_conn->exec(t,
                     "INSERT INTO challenges(nonce, project_id, device_id, expires_at) "
                     "VALUES ($1, $2, $3, $4)",
                     bin(nonce), bin(projectId), bin(deviceId), expiresAt);
        return {};
    });
}

Result<bool> PgHubStore::takeChallenge(const QByteArray &nonce, const QByteArray &projectId,
                                       const QByteArray &deviceId, qint64 now)
{
    return m_conn->transact<bool>(
        tr("checking a sign-in challenge"), [&](pqxx::work &t) -> Result<bool> {
            // DELETE ... RETURNING: of two processes answering the same
            // challenge, only the one whose DELETE removes the row gets true.
            // Only the exact (nonce, project, device) consumes it: an answer
            // for another device must not burn the challenge of the one signing in.
            const pqxx::result taken =
                m_conn->exec(t,
                             "DELETE FROM challenges WHERE nonce = $1 AND project_id = $2 "
                             "AND device_id = $3 AND expires_at >= $4 RETURNING nonce",
                             bin(nonce), bin(projectId), bin(deviceId), now);
            m_conn->exec(t, "DELETE FROM challenges WHERE expires_at < $1", now);
            return !taken.empty();
        });
}

Status PgHubStore::addSession(const QByteArray &tokenHash, const HubSession &session)
{
    return m_conn->transact<void>(tr("saving a session"), [&](pqxx::work &t) -> Status {
        m_conn->exec(t,
                     "INSERT INTO sessions(token_hash, project_id, device_id, expires_at) "
                     "VALUES ($1, $2, $3, $4)",
                     bin(tokenHash), bin(session.projectId), bin(session.deviceId),
                     session.expiresAt);
        return {};
    });
}

Result<HubSession> PgHubStore::session(const QByteArray &tokenHash, qint64 now)
{
    return m_conn->transact<HubSession>(
        tr("reading the session"), [&](pqxx::work &t) -> Result<HubSession> {
            const pqxx::result r =
                m_conn->exec(t,
                             "SELECT project_id, device_id, expires_at FROM sessions "
                             "WHERE token_hash = $1 AND expires_at >= $2",
                             bin(tokenHash), now);
            if (r.empty()) {
                return Error(ErrorCode::NotFound,
                             tr("This session is unknown or has expired; sign in again."));
            }
            return HubSession{bytesOf(r[0][0]), bytesOf(r[0][1]), intOf(r[0][2])};
        });
}

// --- Bundles ------------------------------------------------------------

Result<HubBundle> PgHubStore::storeBundle(const HubBundle &bundle, const QByteArray &bytes)
{
    if (bundle.size != 0 && bundle.size != bytes.size()) {
        return Error(ErrorCode::Validation,
                     tr("The bundle is %1 bytes, not the %2 announced; nothing was stored.")
                         .arg(bytes.size())
                         .arg(bundle.size));
    }
    const QString storing = tr("storing the bundle");
    bool added = false; // false when the bundle was there already
    Result<HubBundle> stored = Error(ErrorCode::Failure, storing);
    const PgCommitGroup::Work work = [&](pqxx::transaction_base &t, Connection &c) -> Status {
        // The project's row lock orders every store of the project: two
        // connections storing the same bundle take turns, and the second
        // finds the first one's row (READ COMMITTED reads what committed
        // before each statement). It also makes seqs commit in order.
        added = false; // again on a retry
        stored = Error(ErrorCode::Failure, storing);
        const pqxx::result project = c.exec(
            t, "SELECT 1 FROM projects WHERE id = $1 FOR NO KEY UPDATE", bin(bundle.projectId));
        if (project.empty())
            return noProject(storing);
        if (auto existing = c.findBundle(t, bundle.projectId, bundle.bundleId);
            existing || existing.error().code() != ErrorCode::NotFound) {
            stored = existing;
            return existing ? Status() : Status(existing.error());
        }
        const pqxx::result inserted =
            c.exec(t,
                   "INSERT INTO bundles(project_id, bundle_id, sender, size, sha256, stored_at) "
                   "VALUES ($1, $2, $3, $4, $5, $6) RETURNING seq",
                   bin(bundle.projectId), bin(bundle.bundleId), bin(bundle.sender),
                   qint64(bytes.size()), bin(bundle.sha256), bundle.storedAt);
        const qint64 seq = intOf(inserted[0][0]);
        added = true;
        for (qint64 at = 0; at < bytes.size(); at += kChunkSize) {
            const qint64 n = qMin(kChunkSize, bytes.size() - at);
            c.exec(t, "INSERT INTO bundle_chunks(seq, start, bytes) VALUES ($1, $2, $3)", seq, at,
                   bin(bytes.constData() + at, n));
        }
        for (const QByteArray &deviceId : bundle.recipients) {
            c.exec(t,
                   "INSERT INTO bundle_recipients(seq, device_id) VALUES ($1, $2) "
                   "ON CONFLICT DO NOTHING",
                   seq, bin(deviceId));
        }
        // Read back, so the first store and any repeat return the same value.
        stored = c.findBundle(t, bundle.projectId, bundle.bundleId);
        return stored ? Status() : Status(stored.error());
    };
    if (Status s = m_group->run(*m_conn, bundle.projectId, work); !s)
        return s.error();
    if (stored && added) {
        qCInfo(lcHub).noquote() << "stored bundle" << stored.value().seq << "of project"
                                << bundle.projectId.toHex() << "with" << bytes.size() << "bytes";
    }
    return stored;
}

Result<QList<HubBundle>> PgHubStore::bundles(const QByteArray &projectId, qint64 afterSeq,
                                             int limit, const QByteArray &recipient)
{
    // The page is chosen first, then joined with its recipients (one row
    // each); the LEFT JOIN from projects keeps one row for a known project
    // with an empty page, so NotFound means the project, never the page. A
    // device's page is the union of two index ranges (addressed to it, sent
    // by it) rather than a filter over every bundle of the project.
    static const std::string kTail =
        "SELECT b.seq, b.project_id, b.bundle_id, b.sender, b.size, b.sha256, b.stored_at, "
        "r.device_id FROM projects p "
        "LEFT JOIN page ON true "
        "LEFT JOIN bundles b ON b.seq = page.seq "
        "LEFT JOIN bundle_recipients r ON r.seq = b.seq "
        "WHERE p.id = $1 ORDER BY b.seq, r.device_id";
    static const std::string kAll = "WITH page(seq) AS (SELECT seq FROM bundles WHERE "
                                    "project_id = $1 AND seq > $2 ORDER BY seq LIMIT $3) " +
                                    kTail;
    static const std::string kForDevice =
        "WITH page(seq) AS ("
        "SELECT r.seq FROM bundle_recipients r JOIN bundles b ON b.seq = r.seq "
        "WHERE r.device_id = $4 AND r.seq > $2 AND b.project_id = $1 "
        "UNION "
        "SELECT seq FROM bundles WHERE project_id = $1 AND sender = $4 AND seq > $2 "
        "ORDER BY 1 LIMIT $3) " +
        kTail;
    return m_conn->transact<QList<HubBundle>>(
        tr("listing the project's bundles"), [&](pqxx::work &t) -> Result<QList<HubBundle>> {
            // A negative limit is an empty page, never "no limit".
            const qint64 pageSize = qMax(limit, 0);
            const pqxx::result rows =
                recipient.isEmpty() ? m_conn->exec(t, kAll, bin(projectId), afterSeq, pageSize)
                                    : m_conn->exec(t, kForDevice, bin(projectId), afterSeq,
                                                   pageSize, bin(recipient));
            if (rows.empty())
                return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
            return collectBundles(rows);
        });
}

Result<HubBundle> PgHubStore::bundle(const QByteArray &projectId, const QByteArray &bundleId)
{
    return m_conn->transact<HubBundle>(tr("reading the bundle"),
                                       [&](pqxx::work &t) -> Result<HubBundle> {
                                           return m_conn->findBundle(t, projectId, bundleId);
                                       });
}

Result<QByteArray> PgHubStore::bundleBytes(const QByteArray &projectId, const QByteArray &bundleId,
                                           qint64 offset, qint64 length)
{
    if (offset < 0 || length < 0)
        return Error(ErrorCode::Validation, tr("A byte range cannot start or run backwards."));
    return m_conn->transact<QByteArray>(
        tr("reading the bundle's bytes"), [&](pqxx::work &t) -> Result<QByteArray> {
            const pqxx::result found = m_conn->exec(
                t, "SELECT seq, size FROM bundles WHERE project_id = $1 AND bundle_id = $2",
                bin(projectId), bin(bundleId));
            if (found.empty()) {
                return Error(ErrorCode::NotFound,
                             tr("The hub holds no such bundle for this project."));
            }
            const qint64 seq = intOf(found[0][0]);
            const qint64 size = intOf(found[0][1]);
            if (offset > size) {
                return Error(ErrorCode::Validation,
                             tr("The range starts at byte %1, past the end of the bundle (%2 "
                                "bytes).")
                                 .arg(offset)
                                 .arg(size));
            }
            const qint64 count = qMin(length, size - offset);
            if (count == 0)
                return QByteArray();
            const qint64 end = offset + count;
            // Only the rows that overlap [offset, end): no chunk is longer than
            // kChunkSize, so none that starts kChunkSize or more before the
            // offset can reach it, and the primary key (seq, start) bounds the
            // scan on both sides. Bundles never change once stored, so the
            // row found above is the one read here.
            const pqxx::result chunks =
                m_conn->exec(t,
                             "SELECT start, bytes FROM bundle_chunks WHERE seq = $1 AND start > $2 "
                             "AND start < $3 AND start + octet_length(bytes) > $4 ORDER BY start",
                             seq, offset - kChunkSize, end, offset);
            QByteArray out;
            out.reserve(count);
            for (const pqxx::row &r : chunks) {
                const qint64 start = intOf(r[0]);
                const QByteArray chunk = bytesOf(r[1]);
                const qint64 from = qMax<qint64>(offset - start, 0);
                const qint64 to = qMin<qint64>(end - start, chunk.size());
                if (start + from != offset + out.size())
                    break; // a gap: reported below
                out.append(chunk.constData() + from, to - from);
            }
            if (out.size() != count) {
                return Error(ErrorCode::Corrupt,
                             tr("The bundle's stored parts do not add up to its size. Restore "
                                "the hub database from a backup."));
            }
            return out;
        });
}

// --- Administration -----------------------------------------------------

Result<HubStore::Stats> PgHubStore::stats()
{
    return m_conn->transact<Stats>(
        tr("counting what the hub holds"), [&](pqxx::work &t) -> Result<Stats> {
            const pqxx::result r =
                m_conn->exec(t, "SELECT (SELECT count(*) FROM projects), "
                                "(SELECT count(*) FROM devices WHERE NOT revoked), "
                                "(SELECT count(*) FROM bundles), "
                                "(SELECT coalesce(sum(size), 0) FROM bundles), "
                                "(SELECT count(*) FROM uploads WHERE received < length)");
            Stats s;
            s.projects = int(intOf(r[0][0]));
            s.devices = int(intOf(r[0][1]));
            s.bundles = intOf(r[0][2]);
            s.bundleBytes = intOf(r[0][3]);
            s.uploadsInProgress = int(intOf(r[0][4]));
            return s;
        });
}

} // namespace vigia
