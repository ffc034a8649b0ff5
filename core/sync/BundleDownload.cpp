#include "sync/BundleDownload.h"

#include "crypto/Sha256.h"
#include "sync/HubClientSession.h"

#include <QThread>

namespace vigia {

BundleDownload::BundleDownload(HubClientSession &session, int attempts)
    : m_session(session)
    , m_attempts(attempts)
{}

Result<QByteArray> BundleDownload::fetch(const QByteArray &bundleId, qint64 size,
                                         const QByteArray &sha256,
                                         const HubConnection::Progress &progress)
{
    m_retryAfter = -1;
    const QString path =
        m_session.projectPath(QStringLiteral("/bundles/") + QString::fromLatin1(bundleId.toHex()));
    QByteArray bytes;
    bool restarted = false;
    int failures = 0;
    Error last;
    while (failures < m_attempts) {
        HubConnection::Headers headers;
        if (!bytes.isEmpty())
            headers.append({"Range", "bytes=" + QByteArray::number(bytes.size()) + "-"});
        const qint64 base = bytes.size();
        auto reply = m_session.send("GET", path, headers, {}, {},
                                    [&progress, base, size](qint64 done, qint64) {
                                        if (progress)
                                            progress(base + done, size);
                                    });
        if (!reply)
            return reply.error();
        const HubReply &r = reply.value();
        const qint64 had = bytes.size();
        const int status = r.answered() ? r.status : r.statusBeforeCut;
        if (status == 200) {
            bytes = r.body; // the bundle from its start, whatever we held
        } else if (status == 206 && !bytes.isEmpty()) {
            const QByteArray range = r.header("content-range");
            if (!range.startsWith("bytes " + QByteArray::number(bytes.size()) + "-")) {
                bytes.clear(); // not the piece asked for: start over
                ++failures;
                continue;
            }
            bytes += r.body;
        } else if (r.answered() && status != 416) {
            m_retryAfter = r.retryAfterSeconds();
            return HubConnection::errorFor(r, tr("The hub did not hand over a bundle"));
        }
        m_bytesReceived += r.body.size();
        if (!r.answered())
            last = HubConnection::errorFor(r, tr("The connection to the hub broke"));
        if (bytes.size() >= size || status == 416) {
            if (bytes.size() == size && Sha256::hash(bytes) == sha256)
                return bytes;
            if (restarted)
                return Error(
                    ErrorCode::Corrupt,
                    tr("A bundle from the hub does not match its checksum even when "
                       "fetched again. Tell the hub's administrator; nothing was imported."));
            restarted = true;
            bytes.clear();
            continue;
        }
        if (bytes.size() > had)
            failures = 0;
        else
            ++failures;
        if (!r.answered())
            QThread::msleep(quint64(100 * failures));
    }
    return last.code() == ErrorCode::None
               ? Error(ErrorCode::Network, tr("The download of a bundle made no progress. It "
                                              "will resume at the next sync."))
               : last;
}

} // namespace vigia
