#pragma once

#include "common/Result.h"
#include "project/StreamCursors.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace vigia {

class Database;
struct Op;

// The sync module's local tables in the workspace store (Migrations v7):
// bundles made for the hub, settings and cursors, bundles receipted through
// the hub, and a short log of passes. docs/sync.md.
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(vigia::SyncStore)

public:
    struct Outgoing
    {
        QByteArray bundleId;
        QByteArray bytes; // empty once sent
        int opCount = 0;
        QString uploadUrl; // the tus upload, once created
        qint64 hubSeq = 0; // the hub's sequence number once it holds the bundle
    };
    struct LogEntry
    {
        qint64 started = 0; // Unix seconds
        qint64 finished = 0;
        bool ok = false;
        int sent = 0;     // bundles the hub took in this pass
        int received = 0; // bundles imported
        int receipts = 0; // receipts accepted or sent
        QString message;  // the error, for people; empty when ok
    };
    // Keys of sync_state.
    static constexpr const char *kHubUrl = "hub_url";
    static constexpr const char *kCertPin = "cert_pin"; // hex SHA-256
    static constexpr const char *kBundlesAfter = "bundles_after";
    static constexpr const char *kReceiptsAfter = "receipts_after";
    static constexpr const char *kAutomatic = "automatic"; // "0" turns it off
    static constexpr const char *kLastSuccess = "last_success";

    explicit SyncStore(Database &db);

    [[nodiscard]] Result<QString> value(const char *key) const;
    [[nodiscard]] Status setValue(const char *key, const QString &value);
    [[nodiscard]] Result<qint64> number(const char *key) const; // 0 when unset
    [[nodiscard]] Status setNumber(const char *key, qint64 value);

    // The hub certificate's pin (32 bytes), or empty for the system's CAs.
    [[nodiscard]] Result<QByteArray> certPin() const;
    [[nodiscard]] Status setCertPin(const QByteArray &sha256);

    // Forgets the bundles not yet held by the hub that carry a value removed
    // since they were made (docs/store.md, "Redaction"): their ops go into
    // new bundles, without the value.
    [[nodiscard]] Status dropRedactedOutgoing(const QByteArray &deviceId);
    // Counters of outbox ops already in a bundle made for the hub.
    [[nodiscard]] Result<QSet<quint64>> coveredCounters() const;
    // Keeps a new bundle for the hub and records its ops as exported in it.
    [[nodiscard]] Status addOutgoing(const QByteArray &bundleId, const QByteArray &bytes,
                                     const QList<Op> &ops, qint64 now,
                                     const QList<StreamCursors::Sent> &streams = {});
    // Bundles the hub does not hold yet, in chain order.
    [[nodiscard]] Result<QList<Outgoing>> unsent() const;
    // How many of them, without reading their bytes (the app's Sync view).
    [[nodiscard]] Result<int> unsentCount() const;
    [[nodiscard]] Status setUploadUrl(const QByteArray &bundleId, const QString &url);
    [[nodiscard]] Status markSent(const QByteArray &bundleId, qint64 hubSeq, qint64 now);
    // Ops in the outbox whose bundle the hub holds: "sent", waiting for a receipt.
    [[nodiscard]] Result<int> sentOps() const;
    // True when this store made the bundle: for the hub (sync_outgoing) or
    // on a stick (outbox_sent, until a receipt acknowledges it). A restored
    // workspace asks this of the bundles the hub holds from its device.
    [[nodiscard]] Result<bool> builtHere(const QByteArray &bundleId) const;
    // How many times the hub took each bundle: always 0 or 1 per id.
    [[nodiscard]] Result<int> sentBundles() const;

    // Bundles this (coordinator's) device applied and has not yet receipted
    // through the hub.
    [[nodiscard]] Result<QList<QByteArray>> unreceipted() const;
    [[nodiscard]] Status markReceipted(const QList<QByteArray> &bundleIds);

    [[nodiscard]] Status appendLog(const LogEntry &entry);
    [[nodiscard]] Result<QList<LogEntry>> recentLog(int limit) const; // newest first

private:
    Database &m_db;
};

} // namespace vigia
