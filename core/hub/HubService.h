#pragma once

#include "hub/HubConfig.h"
#include "hub/HubRequest.h"
#include "hub/HubResponse.h"
#include "hub/HubStorePool.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace vigia {

class HubEnrollment;
class HubRateLimiter;
class HubReceipts;
class HubUploads;

// The hub's API (docs/hub-api.md) without the HTTP server: requests in,
// responses out, so the routes are tested and fuzzed without sockets. Called
// from the server's worker threads at once; it keeps no state of its own
// besides the uploads' locks.
class HubService
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubService)

public:
    using Clock = std::function<qint64()>; // Unix seconds

    HubService(HubConfig config, HubStorePool::Factory stores, Clock clock = {});
    ~HubService();

    [[nodiscard]] const HubConfig &config() const { return m_config; }

    // Called with the headers only: a refusal the server sends without
    // reading the body (413, 401, 412, 404 …), or nothing to read on.
    [[nodiscard]] std::optional<HubResponse> admit(const HubRequest &request);
    // The largest body the route takes; the server cuts off anything longer.
    [[nodiscard]] qint64 maxBody(const HubRequest &request) const;
    // admit(), then the answer: for callers without a server in between.
    [[nodiscard]] HubResponse handle(const HubRequest &request);
    // The answer to a request admit() let through (the server's path: a
    // request is admitted, and counted against its device, once).
    [[nodiscard]] HubResponse respond(const HubRequest &request);

    // The route with its ids replaced ("/v1/projects/{project}/uploads/{upload}"):
    // what the request log says, never an id.
    [[nodiscard]] static QByteArray routeName(const QByteArray &path);

    [[nodiscard]] qint64 now() const { return m_clock(); }
    [[nodiscard]] HubStorePool &stores() { return m_stores; }

private:
    HubResponse health();
    HubResponse registerProject(const HubRequest &request);
    HubResponse putManifest(const QByteArray &projectId, const HubRequest &request);
    HubResponse getManifest(const QByteArray &projectId, const HubRequest &request);
    HubResponse challenge(const QByteArray &projectId, const HubRequest &request);
    HubResponse openSession(const QByteArray &projectId, const HubRequest &request);
    HubResponse listBundles(const QByteArray &projectId, const HubRequest &request);
    HubResponse getBundle(const QByteArray &projectId, const QByteArray &bundleId,
                          const HubRequest &request);

    HubConfig m_config;
    HubStorePool m_stores;
    Clock m_clock;
    std::unique_ptr<HubUploads> m_uploads;
    std::unique_ptr<HubEnrollment> m_enrollment;
    std::unique_ptr<HubReceipts> m_receipts;
    std::unique_ptr<HubRateLimiter> m_rates;
};

} // namespace vigia
