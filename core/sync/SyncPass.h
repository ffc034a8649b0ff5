#pragma once

#include "common/Result.h"
#include "sync/HubConnection.h"
#include "sync/SyncReport.h"
#include "sync/TusUpload.h"

#include <QCoreApplication>

#include <functional>

namespace vigia {

class HubClientSession;
class SyncStore;
class Workspace;

// One sync with the hub, start to end, on the calling thread: the hub's
// clock, a session, the manifest both ways, this device's outbox out as
// bundles (built once, uploaded with tus), then everything addressed to it
// in (bundles, receipts), and, on a coordinator, receipts for what it
// applied. A workspace restored from a backup sends only once the hub holds
// no bundle of this device that its store does not know it made
// (RestoreMark, docs/sync.md). Every step is safe to cut and run again: cursors move only after
// what they pass is stored, and nothing is sent or applied twice.
class SyncPass
{
    Q_DECLARE_TR_FUNCTIONS(vigia::SyncPass)

public:
    struct Options
    {
        TusUpload::Limits upload;
        int listPage = 100;
        // A device clock this far from the hub's is reported (seconds).
        qint64 skewWarning = 600;
        std::function<qint64()> now; // Unix seconds; the system clock when empty
    };

    SyncPass(Workspace &ws, HubConnection &connection, Options options);
    SyncPass(Workspace &ws, HubConnection &connection);

    // The hub's address for this workspace: the one set with `vigiactl sync
    // --hub` or when joining, else the manifest's.
    [[nodiscard]] static Result<QString> hubUrl(Workspace &ws);

    [[nodiscard]] Status run(const SyncReport::Progress &progress = {});
    [[nodiscard]] const SyncReport &report() const { return m_report; }

private:
    [[nodiscard]] Status checkClock();
    [[nodiscard]] Status syncManifest(HubClientSession &session);
    // True while a restored workspace must hold its changes back.
    [[nodiscard]] Result<bool> checkRestore(HubClientSession &session, SyncStore &store);
    [[nodiscard]] Status send(HubClientSession &session, SyncStore &store,
                              const SyncReport::Progress &progress);
    [[nodiscard]] Status fetchBundles(HubClientSession &session, SyncStore &store,
                                      const SyncReport::Progress &progress);
    [[nodiscard]] Status fetchReceipts(HubClientSession &session, SyncStore &store);
    [[nodiscard]] Status sendReceipts(HubClientSession &session, SyncStore &store);
    [[nodiscard]] Error refusal(const HubReply &reply, const QString &what);
    [[nodiscard]] qint64 now() const;

    Workspace &m_ws;
    HubConnection &m_connection;
    Options m_options;
    SyncReport m_report;
};

} // namespace vigia
