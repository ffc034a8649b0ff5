#pragma once

#include "hub/HubCaller.h"
#include "hub/HubRequest.h"
#include "hub/HubResponse.h"
#include "hub/HubRoute.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QString>

#include <optional>

namespace vigia {

class HubService;
class HubStore;
struct HubUpload;

// The tus 1.0 routes (core, creation, creation-with-upload, checksum,
// termination, expiration): an interrupted upload resumes from the offset the
// hub stored. A complete upload becomes a bundle only after the checks a
// desktop import makes of its sender: it parses, it is this project's, the
// session's device sent it and signed it with its manifest key.
class HubUploads
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubUploads)

public:
    static constexpr const char *kTusVersion = "1.0.0";

    explicit HubUploads(HubService &service);

    [[nodiscard]] std::optional<HubResponse> admit(const HubRoute &route,
                                                   const HubRequest &request);
    [[nodiscard]] HubResponse handle(const HubRoute &route, const HubRequest &request);

private:
    [[nodiscard]] HubResponse options() const;
    [[nodiscard]] HubResponse create(HubStore &store, const HubCaller &caller,
                                     const HubRoute &route, const HubRequest &request);
    [[nodiscard]] HubResponse head(HubStore &store, const HubCaller &caller, const HubRoute &route);
    [[nodiscard]] HubResponse patch(HubStore &store, const HubCaller &caller, const HubRoute &route,
                                    const HubRequest &request);
    [[nodiscard]] HubResponse terminate(HubStore &store, const HubCaller &caller,
                                        const HubRoute &route);
    // Appends a body at `offset` after its checksum, then completes the
    // upload when it is whole.
    [[nodiscard]] HubResponse append(HubStore &store, const HubCaller &caller, HubUpload upload,
                                     qint64 offset, const HubRequest &request, int okStatus);
    // Checks and stores the whole upload: `bytes` when the last request
    // brought all of them, else the parts the store holds.
    [[nodiscard]] HubResponse complete(HubStore &store, const HubCaller &caller,
                                       const HubUpload &upload, HubResponse done,
                                       const QByteArray &bytes = {});

    // One request at a time per upload; another gets 423.
    bool lock(const QString &id);
    void unlock(const QString &id);

    HubService &m_service;
    QMutex m_mutex;
    QSet<QString> m_busy;
};

} // namespace vigia
