#pragma once

#include "common/Result.h"
#include "sync/HubConnection.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vigia {

class HubClientSession;

// One bundle from the hub, resumed with `Range` after every cut (hub-api.md,
// "Listing and download"), and checked against the SHA-256 the hub's listing
// gives before anyone parses it: a damaged download is fetched again, never
// imported. (The bundle's own signature and id are checked by the import.)
class BundleDownload
{
    Q_DECLARE_TR_FUNCTIONS(vigia::BundleDownload)

public:
    explicit BundleDownload(HubClientSession &session, int attempts = 6);

    [[nodiscard]] Result<QByteArray> fetch(const QByteArray &bundleId, qint64 size,
                                           const QByteArray &sha256,
                                           const HubConnection::Progress &progress = {});
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfter; }
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }

private:
    HubClientSession &m_session;
    int m_attempts;
    int m_retryAfter = -1;
    qint64 m_bytesReceived = 0;
};

} // namespace vigia
