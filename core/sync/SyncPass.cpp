#include "sync/SyncPass.h"

#include "common/LogCategories.h"
#include "project/ChangeExporter.h"
#include "project/Outbox.h"
#include "project/ProjectMembership.h"
#include "project/ProjectStore.h"
#include "store/Workspace.h"
#include "sync/HubClientSession.h"
#include "sync/SyncStore.h"

#include <QDateTime>

namespace vigia {

SyncPass::SyncPass(Workspace &ws, HubConnection &connection, Options options)
    : m_ws(ws)
    , m_connection(connection)
    , m_options(std::move(options))
{}

SyncPass::SyncPass(Workspace &ws, HubConnection &connection)
    : SyncPass(ws, connection, Options{})
{}

qint64 SyncPass::now() const
{
    return m_options.now ? m_options.now() : QDateTime::currentSecsSinceEpoch();
}

Result<QString> SyncPass::hubUrl(Workspace &ws)
{
    auto set = SyncStore(ws.database()).value(SyncStore::kHubUrl);
    if (!set)
        return set.error();
    if (!set.value().isEmpty())
        return set.value();
    auto manifest = ProjectStore(ws.database()).requireManifest();
    if (!manifest)
        return manifest.error();
    if (manifest.value().hubUrl.isEmpty())
        return Error(ErrorCode::NotFound,
                     tr("The project names no hub. Set one with 'vigiactl sync --hub URL' or "
                        "in the Sync view."));
    return manifest.value().hubUrl;
}

Error SyncPass::refusal(const HubReply &reply, const QString &what)
{
    m_report.retryAfterSeconds = reply.retryAfterSeconds();
    if (reply.status == 403)
        return Error(ErrorCode::Untrusted,
                     tr("The hub refuses this device (%1). It may have been revoked or "
                        "blocked; ask your coordinator. Automatic sync stops until then.")
                         .arg(HubConnection::describe(reply)));
    return HubConnection::errorFor(reply, what);
}

Status SyncPass::run(const SyncReport::Progress &progress)
{
    m_report = {};
    if (progress)
        progress(SyncReport::Stage::Connecting, 0, 0);
    auto project = ProjectStore(m_ws.database()).requireProject();
    if (!project)
        return project.error();
    if (Status s = checkClock(); !s)
        return s;
    HubClientSession session(m_connection, project.value().projectId, m_ws.keys());
    if (Status s = session.open(); !s) {
        const QByteArray me = m_ws.deviceId().toRfc4122();
        const std::optional<ProjectManifest> &mine = project.value().manifest;
        if (s.error().code() == ErrorCode::Untrusted && (!mine || !mine->device(me)))
            // Joined, not approved yet: the hub opens sessions only to the
            // manifest's devices. Keep asking; approval comes as a manifest.
            return Error(ErrorCode::NotFound,
                         tr("Waiting for the coordinator to approve this device. Tell them "
                            "this device's fingerprint; syncing starts by itself once they "
                            "approve it."));
        if (s.error().code() == ErrorCode::Untrusted)
            return Error(ErrorCode::Untrusted,
                         tr("The hub refuses this device: %1 It may not be approved yet, or "
                            "it was revoked or blocked; ask your coordinator.")
                             .arg(s.error().message()));
        return s;
    }
    SyncStore store(m_ws.database());
    if (Status s = syncManifest(session); !s)
        return s;
    auto held = checkRestore(session, store);
    if (!held)
        return held.error();
    if (!held.value())
        if (Status s = send(session, store, progress); !s)
            return s;
    if (progress)
        progress(SyncReport::Stage::Fetching, 0, 0);
    if (Status s = fetchBundles(session, store, progress); !s)
        return s;
    if (Status s = fetchReceipts(session, store); !s)
        return s;
    if (m_ws.role() == Role::Coordinator)
        if (Status s = sendReceipts(session, store); !s)
            return s;
    return store.setNumber(SyncStore::kLastSuccess, now());
}

Status SyncPass::checkClock()
{
    const HubReply health = m_connection.send("GET", QStringLiteral("/v1/health"));
    if (health.status != 200)
        return refusal(health, tr("The hub could not be reached"));
    const qint64 hubTime = qint64(health.json().value(QStringLiteral("time")).toDouble());
    if (hubTime > 0)
        m_report.clockSkewSeconds = now() - hubTime;
    return {};
}

Status SyncPass::syncManifest(HubClientSession &session)
{
    auto state = ProjectStore(m_ws.database()).requireProject();
    if (!state)
        return state.error();
    auto reply = session.send("GET", session.projectPath(QStringLiteral("/manifest")));
    if (!reply)
        return reply.error();
    if (reply.value().status != 200)
        return refusal(reply.value(), tr("The hub did not hand over the project's manifest"));
    auto theirs = ProjectManifest::open(reply.value().body, state.value().keyFingerprint,
                                        state.value().projectId);
    if (!theirs)
        return Error(theirs.error().code(),
                     tr("The hub's manifest of this project is not signed by the project's "
                        "key (%1). Nothing was changed; tell your coordinator.")
                         .arg(theirs.error().message()));
    const quint64 mine = state.value().manifest ? state.value().manifest->version : 0;
    if (theirs.value().version > mine) {
        auto imported = ProjectMembership(m_ws).importManifest(reply.value().body);
        if (!imported)
            return imported.error();
        m_report.manifestUpdated = true;
        return {};
    }
    if (theirs.value().version < mine) {
        // Newer here (an approval made on this device, or one that came on
        // a stick): the signature is the authority, so anyone may publish it.
        const HubReply put = m_connection.send(
            "PUT", session.projectPath(QStringLiteral("/manifest")),
            {{"Content-Type", "application/octet-stream"}}, state.value().manifestBytes);
        if (put.status != 200 && put.status != 409)
            return refusal(put, tr("The hub did not take the project's new manifest"));
        m_report.manifestPublished = put.status == 200;
    }
    return {};
}

Status SyncPass::send(HubClientSession &session, SyncStore &store,
                      const SyncReport::Progress &progress)
{
    if (Status s = store.dropRedactedOutgoing(m_ws.deviceId().toRfc4122()); !s)
        return s;
    auto pending = Outbox::pendingCount(m_ws.database());
    if (!pending)
        return pending.error();
    auto covered = store.coveredCounters();
    if (!covered)
        return covered.error();
    // Derived streams (docs/store.md, "Streams by audience") have no outbox:
    // a codebook edit alone is reason enough to build.
    auto streams = ChangeExporter::hasStreamChanges(m_ws);
    if (!streams)
        return streams.error();
    if (pending.value() > covered.value().size() || streams.value()) {
        // Built once and kept: a cut upload resumes these very bytes.
        auto built = ChangeExporter::build(m_ws, covered.value(), ChangeExporter::Limits{});
        // A researcher with no coordinator has nobody to send to, which is
        // no reason not to fetch (a lone coordinator builds nothing).
        if (!built && built.error().code() != ErrorCode::Validation)
            return built.error();
        if (built)
            for (const ChangeExporter::Bundle &b : built.value().bundles)
                if (Status s =
                        store.addOutgoing(b.bundleId, b.bytes, b.outboxOps, now(), b.streams);
                    !s)
                    return s;
    }
    auto unsent = store.unsent();
    if (!unsent)
        return unsent.error();
    qint64 total = 0;
    for (const SyncStore::Outgoing &o : unsent.value())
        total += o.bytes.size();
    qint64 done = 0;
    TusUpload upload(session, store, m_options.upload);
    for (const SyncStore::Outgoing &o : unsent.value()) {
        auto sent = upload.upload(o, [&progress, done, total](qint64 at, qint64) {
            if (progress)
                progress(SyncReport::Stage::Sending, done + at, total);
        });
        m_report.bytesUp = upload.bytesSent();
        if (!sent) {
            m_report.retryAfterSeconds = upload.retryAfterSeconds();
            return sent.error();
        }
        if (Status s = store.markSent(o.bundleId, sent.value().hubSeq, now()); !s)
            return s;
        done += o.bytes.size();
        ++m_report.bundlesSent;
        m_report.opsSent += o.opCount;
        if (progress)
            progress(SyncReport::Stage::Sending, done, total);
    }
    return {};
}

} // namespace vigia
