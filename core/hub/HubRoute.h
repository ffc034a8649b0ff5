#pragma once

#include <QByteArray>

namespace vigia {

// A request path matched against the API's routes, with its ids parsed
// strictly (HubIds): anything else is Unknown.
struct HubRoute
{
    enum Kind
    {
        Unknown,
        Health,
        Projects,
        Manifest,
        Challenges,
        Sessions,
        Uploads,
        Upload,
        Bundles,
        Bundle,
        Invitations,  // a coordinator leaves an invitation code's hash
        Redeem,       // a new device redeems a code with its join request
        JoinRequests, // a coordinator reads the requests waiting
        Receipts,     // receipts up, and down to the devices they acknowledge
    };

    Kind kind = Unknown;
    QByteArray projectId;
    QByteArray uploadId; // hex, as in the URL (the store's upload id)
    QByteArray bundleId;

    [[nodiscard]] static HubRoute parse(const QByteArray &path);
    // The route's template, for logs: ids never appear there.
    [[nodiscard]] QByteArray name() const;
    [[nodiscard]] bool isTus() const { return kind == Uploads || kind == Upload; }
};

} // namespace vigia
