#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace vigia {

// What one pass of the sync module did (SyncPass), for the agent's status,
// the log and `vigiactl sync --json`. Filled as the pass goes, so a pass cut
// short still says what it got done.
struct SyncReport
{
    enum class Stage
    {
        Connecting,
        Sending,
        Fetching,
    };
    using Progress = std::function<void(Stage stage, qint64 done, qint64 total)>;

    int bundlesSent = 0;     // the hub took them in this pass (or already held them)
    int opsSent = 0;         // in those bundles
    int bundlesReceived = 0; // imported and applied
    int alreadyApplied = 0;
    int quarantined = 0;
    int refused = 0; // bundles no check let in; see problems
    int receiptsAccepted = 0;
    int acknowledged = 0;           // ops that left the outbox with those receipts
    int receiptsSent = 0;           // a coordinator's receipts posted to the hub
    bool manifestUpdated = false;   // a newer manifest came from the hub
    bool manifestPublished = false; // this device's newer manifest went to the hub
    qint64 clockSkewSeconds = 0;    // device clock minus hub clock
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    int retryAfterSeconds = -1; // the hub asked to wait this long (429, 503)
    // A workspace restored from a backup: the hub holds bundles from this
    // device that it never made, so nothing was sent (the reason is in
    // problems); or the hub holds none, and the restore was confirmed.
    bool sendingHeld = false;
    bool restoreConfirmed = false;
    QStringList problems; // for people, translated: refused bundles and receipts
};

} // namespace vigia
