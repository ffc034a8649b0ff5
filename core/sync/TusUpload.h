#pragma once

#include "common/Result.h"
#include "sync/HubConnection.h"
#include "sync/SyncStore.h"

#include <QCoreApplication>

namespace vigia {

class HubClientSession;

// One bundle to the hub with tus 1.0 (hub-api.md, "Uploads"), resuming from
// the offset the hub stored after any cut: across requests (HEAD, then
// PATCH from there) and across runs (the upload's address is kept in
// SyncStore). Chunks follow the measured speed, and shrink on a connection
// that keeps breaking, so a 20 kB/s link still moves forward.
//
// The hub's answer decides: a bundle is "sent" only when the hub says it
// stored it (Vigia-Bundle-Seq), and a bundle the hub already holds is never
// sent again (its creation is answered at once with the sequence number).
class TusUpload
{
    Q_DECLARE_TR_FUNCTIONS(vigia::TusUpload)

public:
    struct Limits
    {
        qint64 firstChunk = 256 * 1024;
        qint64 minChunk = 8 * 1024;
        qint64 maxChunk = 4 * 1024 * 1024;
        // Chunks are sized to take about this long at the speed measured so
        // far: long enough to cost little in requests, short enough that a
        // cut wastes little and no request outlasts the inactivity timeout
        // while the link drains its buffers.
        qint64 targetChunkMs = 5'000;
        // Failures in a row without a byte of progress before giving up
        // until the agent's next attempt.
        int attempts = 6;
    };
    struct Outcome
    {
        qint64 hubSeq = 0;
        qint64 bytesSent = 0; // body bytes put on the wire, retries included
        bool alreadyHeld = false;
    };

    TusUpload(HubClientSession &session, SyncStore &store, const Limits &limits);
    TusUpload(HubClientSession &session, SyncStore &store);

    // The bundle's bytes must be in `bundle` (SyncStore::unsent()).
    [[nodiscard]] Result<Outcome> upload(const SyncStore::Outgoing &bundle,
                                         const HubConnection::Progress &progress = {});
    // The hub's Retry-After of the last refusal (-1: none).
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfter; }
    [[nodiscard]] qint64 bytesSent() const { return m_bytesSent; }

private:
    enum class Step
    {
        Done,
        Continue,
        Failed, // counts towards Limits::attempts
        Fatal,
    };
    [[nodiscard]] Step create(const SyncStore::Outgoing &bundle);
    [[nodiscard]] Step patch(const SyncStore::Outgoing &bundle,
                             const HubConnection::Progress &progress);
    [[nodiscard]] Step head(const SyncStore::Outgoing &bundle);
    [[nodiscard]] Step finishedWith(const HubReply &reply);
    [[nodiscard]] Step failed(const HubReply &reply, const QString &what);
    [[nodiscard]] Step forget(const SyncStore::Outgoing &bundle);
    void resetBundle();
    void resize(qint64 bytes, qint64 elapsedMs);

    HubClientSession &m_session;
    SyncStore &m_store;
    Limits m_limits;
    qint64 m_chunk = 0;
    qint64 m_ceiling = 0; // lowered by each cut, for the rest of the bundle
    // Per bundle:
    QString m_url;
    qint64 m_offset = -1; // unknown until the hub says
    qint64 m_hubSeq = 0;
    bool m_alreadyHeld = false;
    int m_recreated = 0;
    // Across bundles:
    qint64 m_bytesSent = 0;
    int m_retryAfter = -1;
    Error m_error;
};

} // namespace vigia
