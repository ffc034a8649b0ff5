#include "hub/HubEnrollment.h"

#include "crypto/Fingerprint.h"
#include "hub/HubAuth.h"
#include "hub/HubIds.h"
#include "hub/HubJson.h"
#include "hub/HubService.h"
#include "hub/HubStore.h"
#include "project/Invitation.h"
#include "project/InvitationCode.h"
#include "project/JoinRequest.h"

#include <QJsonArray>

#include <sodium.h>

namespace vigia {

namespace {
constexpr int kTokenBytes = 32;
constexpr int kEnrollmentTokenSeconds = 3600;
} // namespace

HubEnrollment::HubEnrollment(HubService &service)
    : m_service(service)
{}

HubResponse HubEnrollment::invite(const QByteArray &projectId, const HubRequest &request)
{
    auto store = m_service.stores().acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto authenticated = HubAuth::authenticate(*store.value(), request, projectId, m_service.now());
    if (auto *refusal = std::get_if<HubResponse>(&authenticated))
        return *refusal;
    if (!std::get<HubCaller>(authenticated).isCoordinator())
        return HubJson::coordinatorsOnly();
    auto parsed = HubJson::object(request);
    if (auto *refusal = std::get_if<HubResponse>(&parsed))
        return *refusal;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QByteArray codeHash =
        HubIds::parse(body.value(QStringLiteral("code_hash")).toString().toLatin1(), 32);
    const QByteArray bytes = HubJson::base64(body, QStringLiteral("invitation"));
    const int seconds = body.value(QStringLiteral("expires_in")).toInt(kDefaultInvitationSeconds);
    if (codeHash.isEmpty() || bytes.isEmpty() || seconds < 60 || seconds > kMaxInvitationSeconds)
        return HubResponse::error(400, QStringLiteral("bad_request"),
                                  tr("Send the code's hash (64 hex digits), the invitation "
                                     "(base64) and expires_in between 60 seconds and 30 days."));
    // Only an invitation of this project's pinned key is handed out.
    auto project = store.value()->project(projectId);
    if (!project)
        return HubJson::storageError(project.error());
    auto invitation = Invitation::open(bytes);
    if (!invitation || invitation.value().projectId != projectId ||
        invitation.value().projectPk != project.value().projectPk)
        return HubResponse::error(422, QStringLiteral("invitation_refused"),
                                  tr("The invitation is not signed by this project's key."));
    const qint64 expiresAt = m_service.now() + seconds;
    if (Status s = store.value()->addInvitation({codeHash, projectId, bytes, expiresAt}); !s)
        return HubJson::storageError(s.error());
    return HubResponse::json(201, {{QStringLiteral("expires_at"), double(expiresAt)}});
}

HubResponse HubEnrollment::redeem(const HubRequest &request)
{
    auto parsed = HubJson::object(request);
    if (auto *refusal = std::get_if<HubResponse>(&parsed))
        return *refusal;
    const auto code = InvitationCode::parse(
        std::get<QJsonObject>(parsed).value(QStringLiteral("code")).toString());
    if (!code)
        return HubResponse::error(400, QStringLiteral("bad_request"),
                                  tr("Send the invitation code as the coordinator gave it."));
    auto store = m_service.stores().acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto invitation = store.value()->redeemInvitation(code->hash(), m_service.now());
    if (!invitation) {
        if (invitation.error().code() == ErrorCode::NotFound)
            return HubResponse::error(404, QStringLiteral("bad_code"),
                                      tr("This invitation code is unknown, was already used or "
                                         "has expired. Ask the coordinator for a new one."));
        return HubJson::storageError(invitation.error());
    }
    // The device checks the invitation against the code before it sends
    // anything; the join request then comes with this one-time token, kept
    // (hashed) like a code of its own.
    QByteArray raw(kTokenBytes, '\0');
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QByteArray token =
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (Status s =
            store.value()->addInvitation({HubAuth::tokenHash(token), invitation.value().projectId,
                                          QByteArray(), m_service.now() + kEnrollmentTokenSeconds});
        !s)
        return HubJson::storageError(s.error());
    return HubResponse::json(201, {{QStringLiteral("project"),
                                    QString::fromLatin1(HubIds::hex(invitation.value().projectId))},
                                   {QStringLiteral("invitation"),
                                    QString::fromLatin1(invitation.value().invitation.toBase64())},
                                   {QStringLiteral("enrollment_token"), QString::fromLatin1(token)},
                                   {QStringLiteral("expires_in"), kEnrollmentTokenSeconds}});
}

HubResponse HubEnrollment::submit(const QByteArray &projectId, const HubRequest &request)
{
    auto parsed = HubJson::object(request);
    if (auto *refusal = std::get_if<HubResponse>(&parsed))
        return *refusal;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QByteArray token = body.value(QStringLiteral("enrollment_token")).toString().toLatin1();
    const QByteArray requestBytes = HubJson::base64(body, QStringLiteral("join_request"));
    if (token.isEmpty() || requestBytes.isEmpty())
        return HubResponse::error(400, QStringLiteral("bad_request"),
                                  tr("Send the enrollment token from the redeemed code and this "
                                     "device's signed join request (base64)."));
    // The request must be sound before the token is spent on it.
    auto joinRequest = JoinRequest::open(requestBytes);
    if (!joinRequest || joinRequest.value().projectId != projectId)
        return HubResponse::error(422, QStringLiteral("join_request_refused"),
                                  joinRequest ? tr("The join request is for another project.")
                                              : joinRequest.error().message());
    auto store = m_service.stores().acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto granted = store.value()->redeemInvitation(HubAuth::tokenHash(token), m_service.now());
    if (!granted || granted.value().projectId != projectId || !granted.value().invitation.isEmpty())
        return HubResponse::error(401, QStringLiteral("bad_token"),
                                  tr("The enrollment token is unknown, used or expired. Redeem "
                                     "a new invitation code."));
    if (Status s = store.value()->addJoinRequest(
            {projectId, joinRequest.value().deviceId, requestBytes, m_service.now()});
        !s)
        return HubJson::storageError(s.error());
    return HubResponse::json(201,
                             {{QStringLiteral("fingerprint"), joinRequest.value().fingerprint()}});
}

HubResponse HubEnrollment::joinRequests(const QByteArray &projectId, const HubRequest &request)
{
    auto store = m_service.stores().acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto authenticated = HubAuth::authenticate(*store.value(), request, projectId, m_service.now());
    if (auto *refusal = std::get_if<HubResponse>(&authenticated))
        return *refusal;
    if (!std::get<HubCaller>(authenticated).isCoordinator())
        return HubJson::coordinatorsOnly();
    auto waiting = store.value()->joinRequests(projectId);
    if (!waiting)
        return HubJson::storageError(waiting.error());
    QJsonArray items;
    for (const HubJoinRequest &r : waiting.value())
        items.append(QJsonObject{
            {QStringLiteral("device"), QString::fromLatin1(HubIds::hex(r.deviceId))},
            {QStringLiteral("received_at"), double(r.receivedAt)},
            {QStringLiteral("join_request"), QString::fromLatin1(r.request.toBase64())}});
    return HubResponse::json(200, {{QStringLiteral("join_requests"), items}});
}

} // namespace vigia
