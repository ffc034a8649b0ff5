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
