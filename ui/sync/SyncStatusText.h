#pragma once

#include "project/OutboxSummary.h"
#include "sync/SyncAgent.h"
#include "sync/SyncStore.h"

#include <QCoreApplication>
#include <QString>

namespace vigia {

// The sync agent's state in words for people: the status bar's few words,
// the Sync view's one sentence, the clock warning and a line of the log.
// Shared so the status bar and the Sync view never disagree, and pure so
// tests can check every state without a hub.
class SyncStatusText
{
    Q_DECLARE_TR_FUNCTIONS(vigia::SyncStatusText)

public:
    // A device clock further than this from the hub's is worth a sentence
    // (the same threshold as SyncPass::Options::skewWarning).
    static constexpr qint64 kClockWarningSeconds = 600;

    struct Context
    {
        OutboxSummary::Counts toSend;  // this device's work in no bundle yet
        int bundlesToSend = 0;         // built for the hub, not taken by it yet
        bool awaitingApproval = false; // joined, the coordinator has not approved yet
        qint64 now = 0;                // Unix seconds, for "5 minutes ago"
    };

    [[nodiscard]] static bool isTransfer(SyncAgent::State state);

    // "Offline", "Syncing 3 of 10", "All changes sent", "Sync error"…
    [[nodiscard]] static QString indicator(const SyncAgent::Status &status, bool awaitingApproval);
    // Why, for the indicator's tooltip: the reason of an error or of being offline.
    [[nodiscard]] static QString indicatorToolTip(const SyncAgent::Status &status,
                                                  bool awaitingApproval);
    // "All changes sent · last sync 5 minutes ago".
    [[nodiscard]] static QString sentence(const SyncAgent::Status &status, const Context &context);
    // "just now", "5 minutes ago", "on 4/12/2026".
    [[nodiscard]] static QString since(qint64 then, qint64 now);
    // How far off this computer's clock is; empty within kClockWarningSeconds.
    [[nodiscard]] static QString clock(qint64 skewSeconds);
    // One pass of the log: when, and what it did or why it failed.
    [[nodiscard]] static QString logLine(const SyncStore::LogEntry &entry);
};

} // namespace vigia
