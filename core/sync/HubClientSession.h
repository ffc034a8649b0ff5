#pragma once

#include "common/Result.h"
#include "sync/HubConnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigia {

class DeviceKeys;

// A device's session on a hub: challenge, the device's signature, a bearer
// token (hub-api.md, "Sessions"). send() opens one when needed and opens a
// fresh one once when the hub says the token expired (401), so callers
// never handle tokens.
class HubClientSession
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubClientSession)

public:
    HubClientSession(HubConnection &connection, const QByteArray &projectId,
                     const DeviceKeys &keys);

    [[nodiscard]] HubConnection &connection() { return m_connection; }
    // "/v1/projects/<project hex>" + tail.
    [[nodiscard]] QString projectPath(const QString &tail = {}) const;
    [[nodiscard]] Status open();
    [[nodiscard]] bool isOpen() const { return !m_token.isEmpty(); }
    // The role the hub knows this device by ("researcher", "coordinator"…).
    [[nodiscard]] const QString &role() const { return m_role; }

    // A request with the session's token. A network failure or a refusal
    // comes back as the reply; only a failure to open the session is an
    // Error.
    [[nodiscard]] Result<HubReply> send(const QByteArray &method, const QString &path,
                                        HubConnection::Headers headers = {},
                                        const QByteArray &body = {},
                                        const HubConnection::Progress &uploadProgress = {},
                                        const HubConnection::Progress &downloadProgress = {});

private:
    HubConnection &m_connection;
    QByteArray m_projectId;
    const DeviceKeys &m_keys;
    QByteArray m_token;
    QString m_role;
};

} // namespace vigia
