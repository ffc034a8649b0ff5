#include "hub/HubRoute.h"

#include "hub/HubIds.h"

#include <QList>

namespace vigia {

HubRoute HubRoute::parse(const QByteArray &path)
{
    HubRoute route;
    const QList<QByteArray> parts = path.split('/');
    // "", "v1", …: a trailing slash or an empty segment matches nothing.
    if (parts.size() < 3 || !parts[0].isEmpty() || parts[1] != "v1")
        return route;
    if (parts.size() == 3) {
        if (parts[2] == "health")
            route.kind = Health;
        else if (parts[2] == "projects")
            route.kind = Projects;
        return route;
    }
    if (parts.size() == 4 && parts[2] == "invitations" && parts[3] == "redeem") {
        route.kind = Redeem;
        return route;
    }
    if (parts[2] != "projects" || parts.size() > 6)
        return route;
    route.projectId = HubIds::parse(parts[3], HubIds::kProjectBytes);
    if (route.projectId.isEmpty() || parts.size() < 5)
        return route;
    const QByteArray &what = parts[4];
    if (parts.size() == 5) {
        if (what == "manifest")
            route.kind = Manifest;
        else if (what == "challenges")
            route.kind = Challenges;
        else if (what == "sessions")
            route.kind = Sessions;
        else if (what == "uploads")
            route.kind = Uploads;
        else if (what == "bundles")
            route.kind = Bundles;
        else if (what == "invitations")
            route.kind = Invitations;
        else if (what == "join-requests")
            route.kind = JoinRequests;
        else if (what == "receipts")
            route.kind = Receipts;
        return route;
    }
    if (what == "uploads" && !HubIds::parse(parts[5], HubIds::kUploadBytes).isEmpty()) {
        route.uploadId = parts[5];
        route.kind = Upload;
    } else if (what == "bundles") {
        route.bundleId = HubIds::parse(parts[5], HubIds::kBundleBytes);
        if (!route.bundleId.isEmpty())
            route.kind = Bundle;
    }
    return route;
}

QByteArray HubRoute::name() const
{
    switch (kind) {
    case Health:
        return "/v1/health";
    case Projects:
        return "/v1/projects";
    case Manifest:
        return "/v1/projects/{project}/manifest";
    case Challenges:
        return "/v1/projects/{project}/challenges";
    case Sessions:
        return "/v1/projects/{project}/sessions";
    case Uploads:
        return "/v1/projects/{project}/uploads";
    case Upload:
        return "/v1/projects/{project}/uploads/{upload}";
    case Bundles:
        return "/v1/projects/{project}/bundles";
    case Bundle:
        return "/v1/projects/{project}/bundles/{bundle}";
    case Invitations:
        return "/v1/projects/{project}/invitations";
    case Redeem:
        return "/v1/invitations/redeem";
    case JoinRequests:
        return "/v1/projects/{project}/join-requests";
    case Receipts:
        return "/v1/projects/{project}/receipts";
    case Unknown:
        break;
    }
    return "(unknown)";
}

} // namespace vigia
