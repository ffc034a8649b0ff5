#pragma once

#include "common/Result.h"
#include "hub/HubConfig.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace vigia {
class DeviceKeys;
class HubHttpServer;
class HubService;
class HubStore;
} // namespace vigia

namespace vigia::test {

// An HTTP answer as a client sees it: header names in lower case.
struct HttpReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QString networkError; // empty when an answer came

    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        return headers.value(name.toLower());
    }
};

// A real vigia-hub in this process: the SQLite store in a temporary folder
// and the libmicrohttpd server on a free loopback port, for the hub's tests
// and the sync client's.
class HubFixture
{
public:
    // SQLite in a temporary folder; with `databaseUri` (a postgresql:// URI,
    // e.g. from PgFixture::createDatabase) the PostgreSQL backend instead.
    explicit HubFixture(const HubConfig &config = {}, const QString &databaseUri = {});
    ~HubFixture();

    [[nodiscard]] bool isValid() const { return !m_error.isEmpty() ? false : m_server != nullptr; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QUrl url(const QString &path) const;
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }
    [[nodiscard]] HubService &service() { return *m_service; }
    // A one-time project token, as `vigia-hub project create` prints it.
    [[nodiscard]] QByteArray projectToken(const QString &name = QStringLiteral("Frontera Sur"));

    // One request to any hub, waited for (redirects not followed).
    [[nodiscard]] static HttpReply send(const QUrl &url, const QByteArray &method,
                                        const QList<QPair<QByteArray, QByteArray>> &headers = {},
                                        const QByteArray &body = {});
    // Challenge, signature, session on the hub at `base`: the token, or empty.
    [[nodiscard]] static QByteArray openSessionAt(const QUrl &base, const QByteArray &projectId,
                                                  const DeviceKeys &keys,
                                                  const QByteArray &deviceId);

    // "sha256 BASE64" of `body`: a tus Upload-Checksum header's value.
    [[nodiscard]] static QByteArray checksum(const QByteArray &body);

    // One request to this hub.
    [[nodiscard]] HttpReply request(const QByteArray &method, const QString &path,
                                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                                    const QByteArray &body = {}) const;
    // Registers the project of `signedManifest` with a fresh token.
    [[nodiscard]] HttpReply registerProject(const QByteArray &signedManifest);
    // Challenge, signature, session: the bearer token, or empty.
    [[nodiscard]] QByteArray openSession(const QByteArray &projectId, const DeviceKeys &keys,
                                         const QByteArray &deviceId) const;

    // Stops the server (as a crash would: in-flight requests cut) and
    // starts a new one on the same port over the same store.
    [[nodiscard]] bool restart();
    // `vigia-hub devices revoke`: the hub's own block of a device.
    [[nodiscard]] bool blockDevice(const QByteArray &projectId, const QByteArray &deviceId);
    // How many bundles the hub stores in the project.
    [[nodiscard]] int storedBundles(const QByteArray &projectId) const;

private:
    [[nodiscard]] Result<std::unique_ptr<HubStore>> openStore() const;

    QTemporaryDir m_dir;
    QString m_databaseUri;
    HubConfig m_config;
    std::unique_ptr<HubService> m_service;
    std::unique_ptr<HubHttpServer> m_server;
    QString m_error;
};

} // namespace vigia::test
