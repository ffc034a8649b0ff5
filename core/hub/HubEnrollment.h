#pragma once

#include "hub/HubRequest.h"
#include "hub/HubResponse.h"

#include <QCoreApplication>

namespace vigia {

class HubService;

// Joining a project through the hub (docs/hub-api.md, "Enrollment"): a
// coordinator leaves the hash of an invitation code with the project's
// signed invitation; a new device redeems the code and gets the invitation,
// which it checks against the fingerprint inside the code before it sends
// its signed join request (with the one-time token the redemption gave);
// coordinators read the requests waiting and approve by uploading the next
// manifest. The hub decides nothing: who joins
// is still only what a manifest signed by the project key says.
class HubEnrollment
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubEnrollment)

public:
    static constexpr int kMaxInvitationSeconds = 30 * 24 * 3600;
    static constexpr int kDefaultInvitationSeconds = 7 * 24 * 3600;

    explicit HubEnrollment(HubService &service);

    [[nodiscard]] HubResponse invite(const QByteArray &projectId, const HubRequest &request);
    // Spends a code: the project's invitation and a one-time enrollment
    // token for the join request.
    [[nodiscard]] HubResponse redeem(const HubRequest &request);
    // The new device's join request, with its enrollment token.
    [[nodiscard]] HubResponse submit(const QByteArray &projectId, const HubRequest &request);
    [[nodiscard]] HubResponse joinRequests(const QByteArray &projectId, const HubRequest &request);

private:
    HubService &m_service;
};

} // namespace vigia
