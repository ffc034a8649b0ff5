#include "HubFixture.h"

#include "crypto/DeviceKeys.h"
#include "crypto/Sha256.h"
#include "hub/HubAuth.h"
#include "hub/HubHttpServer.h"
#include "hub/HubService.h"
#include "hub/PgHubStore.h"
#include "hub/SqliteHubStore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <sodium.h>

namespace vigia::test {

namespace {
constexpr int kRequestTimeoutMs = 30000;
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HubFixture::HubFixture(const HubConfig &config, const QString &databaseUri)
    : m_databaseUri(databaseUri)
    , m_config(config)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    m_service = std::make_unique<HubService>(config, [this] { return openStore(); });
    m_server = std::make_unique<HubHttpServer>(*m_service);
    if (Status s = m_server->start(QHostAddress::LocalHost, 0); !s) {
        m_error = s.error().message();
        m_server.reset();
    }
}

Result<std::unique_ptr<HubStore>> HubFixture::openStore() const
{
    if (!m_databaseUri.isEmpty()) {
        auto store = PgHubStore::open(m_databaseUri);
        if (!store)
            return store.error();
        return std::unique_ptr<HubStore>(std::move(store.value()));
    }
    auto store = SqliteHubStore::open(m_dir.filePath(QStringLiteral("hub.sqlite")));
    if (!store)
        return store.error();
    return std::unique_ptr<HubStore>(std::move(store.value()));
}

bool HubFixture::restart()
{
    const quint16 port = m_server ? m_server->port() : 0;
    m_server.reset();
    m_service = std::make_unique<HubService>(m_config, [this] { return openStore(); });
    m_server = std::make_unique<HubHttpServer>(*m_service);
    if (Status s = m_server->start(QHostAddress::LocalHost, port); !s) {
        m_error = s.error().message();
        m_server.reset();
        return false;
    }
    return true;
}

bool HubFixture::blockDevice(const QByteArray &projectId, const QByteArray &deviceId)
{
    auto store = openStore();
    return store && store.value()->blockDevice(projectId, deviceId, true);
}

int HubFixture::storedBundles(const QByteArray &projectId) const
{
    auto store = openStore();
    if (!store)
        return -1;
    auto list = store.value()->bundles(projectId, 0, 100000, {});
    return list ? int(list.value().size()) : -1;
}

HubFixture::~HubFixture()
{
    // The server's threads end (closing their stores) before the service goes.
    m_server.reset();
    m_service.reset();
}

QUrl HubFixture::url(const QString &path) const
{
    return QUrl(
        QStringLiteral("http://127.0.0.1:%1%2").arg(m_server ? m_server->port() : 0).arg(path));
}

QByteArray HubFixture::projectToken(const QString &name)
{
    QByteArray raw(32, '\0');
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QByteArray token =
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    auto store = openStore();
    if (!store || !store.value()->addProjectSlot(name, HubAuth::tokenHash(token)))
        return {};
    return token;
}

HttpReply HubFixture::request(const QByteArray &method, const QString &path,
                              const QList<QPair<QByteArray, QByteArray>> &headers,
                              const QByteArray &body) const
{
    return send(url(path), method, headers, body);
}

HttpReply HubFixture::send(const QUrl &url, const QByteArray &method,
                           const QList<QPair<QByteArray, QByteArray>> &headers,
                           const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kRequestTimeoutMs);
    loop.exec();
    HttpReply r;
    if (!reply->isFinished()) {
        reply->abort();
        r.networkError = QStringLiteral("timed out");
        reply->deleteLater();
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    r.body = reply->readAll();
    if (r.status == 0)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

QByteArray HubFixture::checksum(const QByteArray &body)
{
    return "sha256 " + Sha256::hash(body).toBase64();
}

HttpReply HubFixture::registerProject(const QByteArray &signedManifest)
{
    const QJsonObject body{
        {QStringLiteral("token"), QString::fromLatin1(projectToken())},
        {QStringLiteral("manifest"), QString::fromLatin1(signedManifest.toBase64())}};
    return request("POST", QStringLiteral("/v1/projects"), {{"Content-Type", "application/json"}},
                   QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QByteArray HubFixture::openSession(const QByteArray &projectId, const DeviceKeys &keys,
                                   const QByteArray &deviceId) const
{
    return openSessionAt(url(QString()), projectId, keys, deviceId);
}

QByteArray HubFixture::openSessionAt(const QUrl &base, const QByteArray &projectId,
                                     const DeviceKeys &keys, const QByteArray &deviceId)
{
    const QString path =
        QStringLiteral("/v1/projects/%1").arg(QString::fromLatin1(projectId.toHex()));
    const auto at = [&base, &path](const QString &tail) {
        QUrl u = base;
        u.setPath(path + tail);
        return u;
    };
    const QByteArray device = deviceId.toHex();
    const HttpReply challenge =
        send(at(QStringLiteral("/challenges")), "POST", {{"Content-Type", "application/json"}},
             QJsonDocument(QJsonObject{{QStringLiteral("device"), QString::fromLatin1(device)}})
                 .toJson(QJsonDocument::Compact));
    if (challenge.status != 201)
        return {};
    const QByteArray nonce = QByteArray::fromBase64(
        challenge.json().value(QStringLiteral("nonce")).toString().toLatin1());
    const QByteArray hubId =
        QByteArray::fromHex(challenge.json().value(QStringLiteral("hub")).toString().toLatin1());
    const QByteArray signature =
        keys.sign(HubAuth::sessionMessage(hubId, projectId, deviceId, nonce));
    const HttpReply session = send(
        at(QStringLiteral("/sessions")), "POST", {{"Content-Type", "application/json"}},
        QJsonDocument(
            QJsonObject{{QStringLiteral("device"), QString::fromLatin1(device)},
                        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}})
            .toJson(QJsonDocument::Compact));
    if (session.status != 201)
        return {};
    return session.json().value(QStringLiteral("token")).toString().toLatin1();
}

} // namespace vigia::test
