#include "sync/TusUpload.h"

#include "common/LogCategories.h"
#include "crypto/Sha256.h"
#include "sync/HubClientSession.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace vigia {

namespace {
constexpr QByteArrayView kTus = "1.0.0";

HubConnection::Headers tusHeaders(HubConnection::Headers more = {})
{
    more.prepend({"Tus-Resumable", kTus.toByteArray()});
    return more;
}
} // namespace

TusUpload::TusUpload(HubClientSession &session, SyncStore &store, const Limits &limits)
    : m_session(session)
    , m_store(store)
    , m_limits(limits)
    , m_chunk(limits.firstChunk)
{}

TusUpload::TusUpload(HubClientSession &session, SyncStore &store)
    : TusUpload(session, store, Limits{})
{}

void TusUpload::resetBundle()
{
    m_ceiling = m_limits.maxChunk;
    m_url.clear();
    m_offset = -1;
    m_hubSeq = 0;
    m_alreadyHeld = false;
    m_recreated = 0;
    m_retryAfter = -1;
    m_error = {};
}

Result<TusUpload::Outcome> TusUpload::upload(const SyncStore::Outgoing &bundle,
                                             const HubConnection::Progress &progress)
{
    resetBundle();
    m_url = bundle.uploadUrl;
    const qint64 before = m_bytesSent;
    int failures = 0;
    while (true) {
        const qint64 offsetBefore = m_offset;
        Step step;
        if (m_url.isEmpty())
            step = create(bundle);
        else if (m_offset < 0)
            step = head(bundle);
        else
            step = patch(bundle, progress);
        switch (step) {
        case Step::Done:
            return Outcome{m_hubSeq, m_bytesSent - before, m_alreadyHeld};
        case Step::Fatal:
            return m_error;
        case Step::Failed:
            if (++failures >= m_limits.attempts)
                return m_error;
            // A link that just dropped is asked again at once (the HEAD is
            // the probe); a hub still busy with this upload (423) or
            // failures in a row get a breath first, growing with each.
            if (failures > 1)
                QThread::msleep(quint64(100 * (failures - 1)));
            m_offset = -1; // ask the hub where it got to
            break;
        case Step::Continue:
            if (m_offset > offsetBefore && offsetBefore >= 0)
                failures = 0;
            break;
        }
    }
}

TusUpload::Step TusUpload::create(const SyncStore::Outgoing &bundle)
{
    const QByteArray metadata = "bundle " + bundle.bundleId.toHex().toBase64();
    auto reply =
        m_session.send("POST", m_session.projectPath(QStringLiteral("/uploads")),
                       tusHeaders({{"Upload-Length", QByteArray::number(bundle.bytes.size())},
                                   {"Upload-Metadata", metadata}}));
    if (!reply) {
        m_error = reply.error();
        return reply.error().code() == ErrorCode::Network ? Step::Failed : Step::Fatal;
    }
    const HubReply &r = reply.value();
    if (r.status != 201 && r.status != 200)
        return failed(r, tr("The hub did not accept a bundle"));
    if (!r.header("vigia-bundle-seq").isEmpty()) {
        m_alreadyHeld = true;
        return finishedWith(r);
    }
    const QByteArray location = r.header("location");
    if (location.isEmpty()) {
        m_error = Error(ErrorCode::Failure, tr("The hub started an upload without saying where. "
                                               "Check that the address is a Vigia hub."));
        return Step::Fatal;
    }
    m_url = m_session.connection().resolve(QString::fromLatin1(location)).toString();
    if (Status s = m_store.setUploadUrl(bundle.bundleId, m_url); !s) {
        m_error = s.error();
        return Step::Fatal;
    }
    m_offset = r.header("upload-offset").toLongLong();
    return Step::Continue;
}

TusUpload::Step TusUpload::patch(const SyncStore::Outgoing &bundle,
                                 const HubConnection::Progress &progress)
{
    const qint64 size = bundle.bytes.size();
    const QByteArray body = bundle.bytes.mid(m_offset, std::min(m_chunk, size - m_offset));
    qint64 wired = 0;
    const qint64 base = m_offset;
    QElapsedTimer took;
    took.start();
    auto reply =
        m_session.send("PATCH", m_url,
                       tusHeaders({{"Upload-Offset", QByteArray::number(m_offset)},
                                   {"Content-Type", "application/offset+octet-stream"},
                                   {"Upload-Checksum", "sha256 " + Sha256::hash(body).toBase64()}}),
                       body, [&wired, &progress, base, size](qint64 done, qint64) {
                           wired = std::max(wired, done);
                           if (progress)
                               progress(base + done, size);
                       });
    m_bytesSent += wired;
    if (!reply) {
        m_error = reply.error();
        return reply.error().code() == ErrorCode::Network ? Step::Failed : Step::Fatal;
    }
    const HubReply &r = reply.value();
    switch (r.status) {
    case 204:
    case 200:
        m_offset = r.header("upload-offset").toLongLong();
        resize(body.size(), took.elapsed());
        if (m_offset < size)
            return Step::Continue;
        if (!r.header("vigia-bundle-seq").isEmpty())
            return finishedWith(r);
        return forget(bundle); // complete, answer without its seq: ask again
    case 404:
    case 410:
        return forget(bundle);
    case 409: // offset_mismatch: our idea of the offset is stale
    case 423: // locked: a request of ours the hub is still finishing
    case 460: // checksum_mismatch: damaged on the way
        m_error = HubConnection::errorFor(r, tr("The hub did not take part of a bundle"));
        return Step::Failed;
    case 0:
        // Cut mid-chunk: the hub keeps no part of a chunk it could not
        // check, so on a link that cuts, a chunk's size is what a cut can
        // waste. A quarter of it from now on, for the rest of this bundle.
        m_ceiling = std::max(m_chunk / 4, m_limits.minChunk);
        m_chunk = m_ceiling;
        m_error = HubConnection::errorFor(r, tr("The connection to the hub broke"));
        return Step::Failed;
    default:
        return failed(r, tr("The hub did not take part of a bundle"));
    }
}

void TusUpload::resize(qint64 bytes, qint64 elapsedMs)
{
    // Bytes per ms, from a chunk the hub took whole.
    const double speed = double(bytes) / double(std::max<qint64>(elapsedMs, 1));
    const auto fitting = qint64(speed * double(m_limits.targetChunkMs));
    // Never more than double at once: one fast chunk on a link with deep
    // buffers says little about the next.
    m_chunk = std::clamp(std::min(fitting, m_chunk * 2), m_limits.minChunk, m_ceiling);
}

TusUpload::Step TusUpload::head(const SyncStore::Outgoing &bundle)
{
    auto reply = m_session.send("HEAD", m_url, tusHeaders());
    if (!reply) {
        m_error = reply.error();
        return reply.error().code() == ErrorCode::Network ? Step::Failed : Step::Fatal;
    }
    const HubReply &r = reply.value();
    if (r.status == 200) {
        m_offset = r.header("upload-offset").toLongLong();
        if (m_offset >= bundle.bytes.size())
            return forget(bundle); // stored: the creation answers with its seq
        return Step::Continue;
    }
    if (r.status == 404 || r.status == 410)
        return forget(bundle);
    if (!r.answered()) {
        m_error = HubConnection::errorFor(r, tr("The connection to the hub broke"));
        return Step::Failed;
    }
    return failed(r, tr("The hub did not say how far an upload got"));
}

TusUpload::Step TusUpload::finishedWith(const HubReply &reply)
{
    m_hubSeq = reply.header("vigia-bundle-seq").toLongLong();
    if (m_hubSeq <= 0) {
        m_error = Error(ErrorCode::Failure, tr("The hub's answer to an upload had no valid "
                                               "sequence number. Check the hub's version."));
        return Step::Fatal;
    }
    return Step::Done;
}

TusUpload::Step TusUpload::failed(const HubReply &reply, const QString &what)
{
    m_retryAfter = reply.retryAfterSeconds();
    m_error = HubConnection::errorFor(reply, what);
    return reply.answered() ? Step::Fatal : Step::Failed;
}

TusUpload::Step TusUpload::forget(const SyncStore::Outgoing &bundle)
{
    // The upload expired, was reaped, or completed without us hearing the
    // answer. A new creation is idempotent on the bundle: the hub either
    // says it holds it or starts again from zero.
    if (++m_recreated > 2) {
        m_error = Error(ErrorCode::Failure,
                        tr("The hub keeps losing an upload. Try again later; if it goes on, "
                           "tell the hub's administrator."));
        return Step::Fatal;
    }
    m_url.clear();
    m_offset = -1;
    if (Status s = m_store.setUploadUrl(bundle.bundleId, QString()); !s) {
        m_error = s.error();
        return Step::Fatal;
    }
    return Step::Continue;
}

} // namespace vigia
