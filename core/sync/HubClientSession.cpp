#include "sync/HubClientSession.h"

#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "project/HubSessionProof.h"

#include <QJsonObject>

namespace vigia {

HubClientSession::HubClientSession(HubConnection &connection, const QByteArray &projectId,
                                   const DeviceKeys &keys)
    : m_connection(connection)
    , m_projectId(projectId)
    , m_keys(keys)
{}

QString HubClientSession::projectPath(const QString &tail) const
{
    return QStringLiteral("/v1/projects/") + QString::fromLatin1(m_projectId.toHex()) + tail;
}

Status HubClientSession::open()
{
    m_token.clear();
    const QByteArray device = m_keys.deviceId.toRfc4122();
    const QString deviceHex = QString::fromLatin1(device.toHex());
    const HubConnection::Headers json{{"Content-Type", "application/json"}};
    const HubReply challenge =
        m_connection.send("POST", projectPath(QStringLiteral("/challenges")), json,
                          HubConnection::jsonBody({{QStringLiteral("device"), deviceHex}}));
    if (challenge.status != 201)
        return HubConnection::errorFor(challenge, tr("Could not sign in to the hub"));
    const QJsonObject c = challenge.json();
    const QByteArray nonce =
        QByteArray::fromBase64(c.value(QStringLiteral("nonce")).toString().toLatin1());
    const QByteArray hubId =
        QByteArray::fromHex(c.value(QStringLiteral("hub")).toString().toLatin1());
    const QByteArray signature =
        m_keys.sign(HubSessionProof::message(hubId, m_projectId, device, nonce));
    const HubReply session = m_connection.send(
        "POST", projectPath(QStringLiteral("/sessions")), json,
        HubConnection::jsonBody(
            {{QStringLiteral("device"), deviceHex},
             {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
             {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}}));
    if (session.status != 201)
        return HubConnection::errorFor(session, tr("Could not sign in to the hub"));
    m_token = session.json().value(QStringLiteral("token")).toString().toLatin1();
    m_role = session.json().value(QStringLiteral("role")).toString();
    if (m_token.isEmpty())
        return Error(ErrorCode::Failure,
                     tr("The hub opened a session without a token. Check that the address "
                        "is a Vigia hub."));
    qCDebug(lcSync) << "session opened as" << m_role;
    return {};
}

Result<HubReply> HubClientSession::send(const QByteArray &method, const QString &path,
                                        HubConnection::Headers headers, const QByteArray &body,
                                        const HubConnection::Progress &uploadProgress,
                                        const HubConnection::Progress &downloadProgress)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_token.isEmpty())
            if (Status s = open(); !s)
                return s.error();
        HubConnection::Headers withToken = headers;
        withToken.prepend({"Authorization", "Bearer " + m_token});
        HubReply reply =
            m_connection.send(method, path, withToken, body, uploadProgress, downloadProgress);
        if (reply.status != 401 || attempt == 1)
            return reply;
        m_token.clear(); // expired: one fresh session, then the answer stands
    }
    Q_UNREACHABLE();
}

} // namespace vigia
