#include "hub/HubService.h"

#include "crypto/DeviceKeys.h"
#include "crypto/Fingerprint.h"
#include "crypto/Sodium.h"
#include "hub/HubAuth.h"
#include "hub/HubEnrollment.h"
#include "hub/HubIds.h"
#include "hub/HubJson.h"
#include "hub/HubRateLimiter.h"
#include "hub/HubReceipts.h"
#include "hub/HubRoute.h"
#include "hub/HubUploads.h"
#include "project/ProjectManifest.h"
#include "project/SignedFile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace vigia {

namespace {
constexpr int kNonceBytes = 32;
constexpr int kTokenBytes = 32;

HubResponse methodNotAllowed(const QByteArray &allowed)
{
    HubResponse r = HubResponse::error(405, QStringLiteral("method_not_allowed"),
                                       HubService::tr("This route does not take that method."));
    r.setHeader("Allow", allowed);
    return r;
}

// The manifest check the desktop makes (ProjectManifest::open), answered as
// HTTP: 422 for a manifest that does not verify.
HubResponse manifestRefused(const Error &error)
{
    return HubResponse::error(422, QStringLiteral("manifest_refused"), error.message());
}
} // namespace

HubService::HubService(HubConfig config, HubStorePool::Factory stores, Clock clock)
    : m_config(config)
    , m_stores(std::move(stores))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
    , m_uploads(std::make_unique<HubUploads>(*this))
    , m_enrollment(std::make_unique<HubEnrollment>(*this))
    , m_receipts(std::make_unique<HubReceipts>(*this))
    , m_rates(std::make_unique<HubRateLimiter>(m_config.requestsPerDevicePerMinute))
{}

HubService::~HubService() = default;

QByteArray HubService::routeName(const QByteArray &path)
{
    return HubRoute::parse(path).name();
}

qint64 HubService::maxBody(const HubRequest &request) const
{
    const HubRoute route = HubRoute::parse(request.path);
    if (route.isTus() && (request.method == "PATCH" || request.method == "POST"))
        return m_config.maxChunkBytes;
    if (request.method == "POST" || request.method == "PUT")
        return m_config.maxJsonBytes;
    return 0;
}

std::optional<HubResponse> HubService::admit(const HubRequest &request)
{
    const HubRoute route = HubRoute::parse(request.path);
    if (route.kind == HubRoute::Unknown)
        return HubResponse::error(404, QStringLiteral("not_found"),
                                  tr("There is no such route. The API is described in "
                                     "docs/hub-api.md."));
    const qint64 limit = maxBody(request);
    if (request.declaredLength > limit)
        return HubResponse::error(413, QStringLiteral("too_large"),
                                  tr("The body is larger than this route takes (%1 bytes at "
                                     "most).")
                                      .arg(limit));
    if (const QByteArray authorization = request.header("authorization");
        authorization.startsWith("Bearer ")) {
        // Counted per device, not per token: a device opening many sessions
        // shares one allowance. An unknown token is left to the route's 401.
        auto store = m_stores.acquire();
        if (!store)
            return HubJson::storageError(store.error());
        auto session =
            store.value()->session(HubAuth::tokenHash(authorization.mid(7).trimmed()), now());
        int retryAfter = 0;
        if (session && !m_rates->take(session.value().deviceId, &retryAfter)) {
            HubResponse r = HubResponse::error(
                429, QStringLiteral("rate_limited"),
                tr("This device sent more requests than the hub takes in a minute. Try again in "
                   "%n second(s).",
                   nullptr, retryAfter));
            r.setHeader("Retry-After", QByteArray::number(retryAfter));
            return r;
        }
    }
    if (route.isTus())
        return m_uploads->admit(route, request);
    return std::nullopt;
}

HubResponse HubService::handle(const HubRequest &request)
{
    if (auto refused = admit(request))
        return *refused;
    return respond(request);
}

HubResponse HubService::respond(const HubRequest &request)
{
    const HubRoute route = HubRoute::parse(request.path);
    const QByteArray &m = request.method;
    switch (route.kind) {
    case HubRoute::Health:
        return m == "GET" ? health() : methodNotAllowed("GET");
    case HubRoute::Projects:
        return m == "POST" ? registerProject(request) : methodNotAllowed("POST");
    case HubRoute::Manifest:
        if (m == "PUT")
            return putManifest(route.projectId, request);
        return m == "GET" ? getManifest(route.projectId, request) : methodNotAllowed("GET, PUT");
    case HubRoute::Challenges:
        return m == "POST" ? challenge(route.projectId, request) : methodNotAllowed("POST");
    case HubRoute::Sessions:
        return m == "POST" ? openSession(route.projectId, request) : methodNotAllowed("POST");
    case HubRoute::Uploads:
    case HubRoute::Upload:
        return m_uploads->handle(route, request);
    case HubRoute::Bundles:
        return m == "GET" ? listBundles(route.projectId, request) : methodNotAllowed("GET");
    case HubRoute::Bundle:
        return m == "GET" ? getBundle(route.projectId, route.bundleId, request)
                          : methodNotAllowed("GET");
    case HubRoute::Invitations:
        return m == "POST" ? m_enrollment->invite(route.projectId, request)
                           : methodNotAllowed("POST");
    case HubRoute::Redeem:
        return m == "POST" ? m_enrollment->redeem(request) : methodNotAllowed("POST");
    case HubRoute::JoinRequests:
        if (m == "POST")
            return m_enrollment->submit(route.projectId, request);
        return m == "GET" ? m_enrollment->joinRequests(route.projectId, request)
                          : methodNotAllowed("GET, POST");
    case HubRoute::Receipts:
        if (m == "POST")
            return m_receipts->upload(route.projectId, request);
        return m == "GET" ? m_receipts->list(route.projectId, request)
                          : methodNotAllowed("GET, POST");
    case HubRoute::Unknown:
        break;
    }
    return HubResponse::error(404, QStringLiteral("not_found"), tr("There is no such route."));
}

HubResponse HubService::health()
{
    auto store = m_stores.acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto hubId = store.value()->hubId();
    if (!hubId)
        return HubJson::storageError(hubId.error());
    return HubResponse::json(
        200, {{QStringLiteral("version"), QStringLiteral(VIGIA_HUB_VERSION)},
              {QStringLiteral("time"), double(now())},
              {QStringLiteral("hub"), QString::fromLatin1(HubIds::hex(hubId.value()))}});
}

HubResponse HubService::registerProject(const HubRequest &request)
{
    auto parsed = HubJson::object(request);
    if (auto *refusal = std::get_if<HubResponse>(&parsed))
        return *refusal;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QByteArray token = body.value(QStringLiteral("token")).toString().toLatin1();
    const QByteArray bytes = HubJson::base64(body, QStringLiteral("manifest"));
    if (token.isEmpty() || bytes.isEmpty())
        return HubResponse::error(400, QStringLiteral("bad_request"),
                                  tr("Send the one-time token from 'vigia-hub project create' "
                                     "and the project's first manifest (base64)."));
    // The first manifest pins the key that signed it: from now on only that
    // key's manifests are accepted.
    auto file = SignedFile::open(bytes, ProjectManifest::kKind);
    if (!file)
        return manifestRefused(file.error());
    auto manifest = ProjectManifest::open(bytes, Fingerprint::of(file.value().signerPk));
    if (!manifest)
        return manifestRefused(manifest.error());
    auto store = m_stores.acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto project =
        store.value()->registerProject(HubAuth::tokenHash(token), manifest.value(), bytes);
    if (!project) {
        if (project.error().code() == ErrorCode::NotFound)
            return HubResponse::error(403, QStringLiteral("bad_token"),
                                      tr("This project token is unknown or was already used. "
                                         "Ask the hub's administrator for a new one."));
        if (project.error().code() == ErrorCode::Validation)
            return HubResponse::error(409, QStringLiteral("exists"), project.error().message());
        return HubJson::storageError(project.error());
    }
    return HubResponse::json(
        201, {{QStringLiteral("project"), QString::fromLatin1(HubIds::hex(project.value().id))},
              {QStringLiteral("manifest_version"), double(project.value().manifestVersion)},
              {QStringLiteral("fingerprint"), Fingerprint::ofKey(project.value().projectPk)}});
}

HubResponse HubService::putManifest(const QByteArray &projectId, const HubRequest &request)
{
    auto store = m_stores.acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto project = store.value()->project(projectId);
    if (!project)
        return HubResponse::error(404, QStringLiteral("not_found"),
                                  tr("This hub does not serve that project."));
    // The signature is the authority: only the pinned project key makes a
    // manifest the hub accepts, whoever uploads it.
    auto manifest =
        ProjectManifest::open(request.body, Fingerprint::of(project.value().projectPk), projectId);
    if (!manifest)
        return manifestRefused(manifest.error());
    if (manifest.value().version <= project.value().manifestVersion)
        return HubResponse::error(409, QStringLiteral("stale_manifest"),
                                  tr("The hub already holds manifest version %1; only a higher "
                                     "version replaces it.")
                                      .arg(project.value().manifestVersion));
    const Status replaced = store.value()->replaceManifest(manifest.value(), request.body,
                                                           project.value().manifestVersion);
    if (!replaced) {
        if (replaced.error().code() == ErrorCode::Busy)
            return HubResponse::error(409, QStringLiteral("stale_manifest"),
                                      tr("Another manifest was stored at the same time. Fetch "
                                         "the newest and try again."));
        return HubJson::storageError(replaced.error());
    }
    return HubResponse::json(
        200, {{QStringLiteral("manifest_version"), double(manifest.value().version)}});
}

HubResponse HubService::getManifest(const QByteArray &projectId, const HubRequest &request)
{
    auto store = m_stores.acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto caller = HubAuth::authenticate(*store.value(), request, projectId, now());
    if (auto *refusal = std::get_if<HubResponse>(&caller))
        return *refusal;
    auto project = store.value()->project(projectId);
    if (!project)
        return HubJson::storageError(project.error());
    HubResponse r = HubResponse::empty(200);
    r.body = project.value().manifest;
    r.setHeader("Content-Type", "application/octet-stream");
    return r;
}

HubResponse HubService::challenge(const QByteArray &projectId, const HubRequest &request)
{
    auto parsed = HubJson::object(request);
    if (auto *refusal = std::get_if<HubResponse>(&parsed))
        return *refusal;
    const QByteArray deviceId = HubIds::parse(
        std::get<QJsonObject>(parsed).value(QStringLiteral("device")).toString().toLatin1(),
        HubIds::kDeviceBytes);
    if (deviceId.isEmpty())
        return HubResponse::error(400, QStringLiteral("bad_request"),
                                  tr("Name the device as 32 lower-case hex digits."));
    auto store = m_stores.acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto device = store.value()->device(projectId, deviceId);
    if (!device || device.value().revoked)
        return HubResponse::error(403, QStringLiteral("forbidden"),
                                  tr("This device is not an approved device of the project."));
    if (device.value().blocked)
        return HubAuth::blockedDevice();
    const QByteArray nonce = Sodium::randomBytes(kNonceBytes);
    if (Status s = store.value()->addChallenge(nonce, projectId, deviceId,
                                               now() + m_config.challengeSeconds);
        !s)
        return HubJson::storageError(s.error());
    auto hubId = store.value()->hubId();
    if (!hubId)
        return HubJson::storageError(hubId.error());
    return HubResponse::json(
        201, {{QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
              {QStringLiteral("hub"), QString::fromLatin1(HubIds::hex(hubId.value()))},
              {QStringLiteral("expires_in"), m_config.challengeSeconds}});
}

HubResponse HubService::openSession(const QByteArray &projectId, const HubRequest &request)
{
    auto parsed = HubJson::object(request);
    if (auto *refusal = std::get_if<HubResponse>(&parsed))
        return *refusal;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QByteArray deviceId = HubIds::parse(
        body.value(QStringLiteral("device")).toString().toLatin1(), HubIds::kDeviceBytes);
    const QByteArray nonce = HubJson::base64(body, QStringLiteral("nonce"));
    const QByteArray signature = HubJson::base64(body, QStringLiteral("signature"));
    if (deviceId.isEmpty() || nonce.size() != kNonceBytes || signature.isEmpty())
        return HubResponse::error(400, QStringLiteral("bad_request"),
                                  tr("Send the device, the challenge's nonce and the device's "
                                     "signature."));
    auto store = m_stores.acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto device = store.value()->device(projectId, deviceId);
    if (!device || device.value().revoked)
        return HubResponse::error(403, QStringLiteral("forbidden"),
                                  tr("This device is not an approved device of the project."));
    if (device.value().blocked)
        return HubAuth::blockedDevice();
    auto hubId = store.value()->hubId();
    if (!hubId)
        return HubJson::storageError(hubId.error());
    // The signature is checked before the challenge is spent, so a forged
    // answer cannot burn a real device's challenge.
    if (!DeviceKeys::verify(HubAuth::sessionMessage(hubId.value(), projectId, deviceId, nonce),
                            signature, device.value().signPk))
        return HubResponse::error(401, QStringLiteral("bad_signature"),
                                  tr("The signature does not match the device's key for this "
                                     "hub and challenge."));
    auto taken = store.value()->takeChallenge(nonce, projectId, deviceId, now());
    if (!taken)
        return HubJson::storageError(taken.error());
    if (!taken.value())
        return HubResponse::error(401, QStringLiteral("bad_challenge"),
                                  tr("This challenge is unknown, expired or already used. Ask "
                                     "for a new one."));
    const QByteArray token =
        Sodium::randomBytes(kTokenBytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (Status s = store.value()->addSession(
            HubAuth::tokenHash(token),
            HubSession{projectId, deviceId, now() + m_config.sessionSeconds});
        !s)
        return HubJson::storageError(s.error());
    return HubResponse::json(201, {{QStringLiteral("token"), QString::fromLatin1(token)},
                                   {QStringLiteral("expires_in"), m_config.sessionSeconds},
                                   {QStringLiteral("role"), roleName(device.value().role)}});
}

HubResponse HubService::listBundles(const QByteArray &projectId, const HubRequest &request)
{
    auto store = m_stores.acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto authenticated = HubAuth::authenticate(*store.value(), request, projectId, now());
    if (auto *refusal = std::get_if<HubResponse>(&authenticated))
        return *refusal;
    const HubCaller caller = std::get<HubCaller>(authenticated);
    qint64 after = 0;
    int limit = 0;
    HubResponse refusal;
    if (!HubJson::cursor(request, m_config.maxListLimit, &after, &limit, &refusal))
        return refusal;
    // A coordinator reads the whole project; a researcher what is addressed
    // to it and what it sent.
    auto list = store.value()->bundles(
        projectId, after, limit, caller.isCoordinator() ? QByteArray() : caller.device.deviceId);
    if (!list)
        return HubJson::storageError(list.error());
    QJsonArray items;
    qint64 last = after;
    for (const HubBundle &b : list.value()) {
        QJsonArray recipients;
        for (const QByteArray &r : b.recipients)
            recipients.append(QString::fromLatin1(HubIds::hex(r)));
        items.append(
            QJsonObject{{QStringLiteral("seq"), double(b.seq)},
                        {QStringLiteral("id"), QString::fromLatin1(HubIds::hex(b.bundleId))},
                        {QStringLiteral("sender"), QString::fromLatin1(HubIds::hex(b.sender))},
                        {QStringLiteral("size"), double(b.size)},
                        {QStringLiteral("sha256"), QString::fromLatin1(HubIds::hex(b.sha256))},
                        {QStringLiteral("stored_at"), double(b.storedAt)},
                        {QStringLiteral("recipients"), recipients}});
        last = b.seq;
    }
    return HubResponse::json(200, {{QStringLiteral("bundles"), items},
                                   {QStringLiteral("next_after"), double(last)},
                                   {QStringLiteral("more"), list.value().size() == limit}});
}

HubResponse HubService::getBundle(const QByteArray &projectId, const QByteArray &bundleId,
                                  const HubRequest &request)
{
    auto store = m_stores.acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto authenticated = HubAuth::authenticate(*store.value(), request, projectId, now());
    if (auto *refusal = std::get_if<HubResponse>(&authenticated))
        return *refusal;
    const HubCaller caller = std::get<HubCaller>(authenticated);
    auto bundle = store.value()->bundle(projectId, bundleId);
    if (!bundle)
        return HubResponse::error(404, QStringLiteral("not_found"),
                                  tr("The hub holds no such bundle in this project."));
    const HubBundle &b = bundle.value();
    if (!caller.isCoordinator() && b.sender != caller.device.deviceId &&
        !b.recipients.contains(caller.device.deviceId))
        return HubResponse::error(403, QStringLiteral("forbidden"),
                                  tr("This bundle is not addressed to this device."));
    qint64 first = 0;
    qint64 last = b.size - 1;
    const QByteArray range = request.header("range");
    const bool partial = !range.isEmpty();
    if (partial) {
        // One range of bytes: "bytes=A-B", "bytes=A-" or "bytes=-N".
        const QByteArray spec = range.startsWith("bytes=") ? range.mid(6) : QByteArray();
        const qsizetype dash = spec.indexOf('-');
        bool okA = true;
        bool okB = true;
        if (dash < 0 || spec.contains(',')) {
            okA = false;
        } else if (dash == 0) {
            const qint64 n = spec.mid(1).toLongLong(&okB);
            first = qMax<qint64>(0, b.size - n);
        } else {
            first = spec.left(dash).toLongLong(&okA);
            if (dash + 1 < spec.size())
                last = qMin(last, spec.mid(dash + 1).toLongLong(&okB));
        }
        if (!okA || !okB || first > last || first >= b.size) {
            HubResponse r = HubResponse::error(416, QStringLiteral("bad_range"),
                                               tr("The range is outside the bundle."));
            r.setHeader("Content-Range", "bytes */" + QByteArray::number(b.size));
            return r;
        }
    }
    auto bytes = store.value()->bundleBytes(projectId, bundleId, first, last - first + 1);
    if (!bytes)
        return HubJson::storageError(bytes.error());
    HubResponse r = HubResponse::empty(partial ? 206 : 200);
    r.body = bytes.value();
    r.setHeader("Content-Type", "application/octet-stream");
    r.setHeader("Accept-Ranges", "bytes");
    if (partial)
        r.setHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                         QByteArray::number(last) + '/' +
                                         QByteArray::number(b.size));
    return r;
}

} // namespace vigia
