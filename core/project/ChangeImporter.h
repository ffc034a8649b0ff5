#pragma once

#include "common/Result.h"
#include "oplog/ApplyReport.h"
#include "oplog/Op.h"
#include "oplog/StreamOrigin.h"
#include "project/ProjectManifest.h"
#include "project/QuarantineLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace vigia {

class BundleReader;
class Workspace;

// Takes a bundle from a file into the store, checking in the order of
// docs/project-format.md §7 ("Import order and atomicity") and stopping at
// the first failure with the store unchanged: size limits and header
// (BundleReader::parse), project, sender approved in the manifest (unknown
// senders go to quarantine), revocation, signature, replay, our recipient key
// and the payload (BundleReader::decrypt), the hash chains against the store,
// then OpLog::apply.
class ChangeImporter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ChangeImporter)

public:
    struct Outcome
    {
        enum class Kind
        {
            Applied,
            AlreadyApplied,
            Quarantined,
        };
        Kind kind = Kind::Applied;
        QByteArray bundleId;
        QByteArray sender;
        int ops = 0; // in the bundle
        int applied = 0;
        int duplicates = 0;
        int pending = 0;  // the sender's ops now waiting for earlier ones (e.g. a draft's)
        int records = -1; // distinct records among its ops; -1 when not decrypted
        QString message;  // for people, translated
    };

    // Ops applied so far of the bundle's total, on the importing thread.
    using Progress = std::function<void(int applied, int total)>;

    explicit ChangeImporter(Workspace &ws, const QuarantineLimits &quarantineLimits = {});

    // With `progress`, the ops are applied in slices inside the bundle's one
    // transaction (same outcome, slightly more work), and it is called at
    // most about fifty times per bundle: for a bar that moves within a file.
    [[nodiscard]] Result<Outcome> importFile(const QString &path, const Progress &progress = {});
    // Everything importFile() does, then a rollback: the outcome an import
    // would have now, from the same code path. An unknown sender is an
    // Untrusted error here (an import would keep the bundle in quarantine).
    [[nodiscard]] Result<Outcome> verifyFile(const QString &path);
    [[nodiscard]] Result<Outcome> importBytes(const QByteArray &bytes);
    // Every *.vigiabundle in dir, in name order; one result per file. Then
    // the other devices' receipts there (receiptsAccepted).
    [[nodiscard]] QList<QPair<QString, Result<Outcome>>> importDir(const QString &dir);
    // Bundles the last importDir() left alone because they are sealed to
    // other devices (not refused: they are someone else's).
    [[nodiscard]] int skippedForOthers() const { return m_skippedForOthers; }
    // Other devices' receipts the last importDir() accepted from the folder
    // (ReceiptBook::acceptBeside); a failure to read them is its last result.
    [[nodiscard]] int receiptsAccepted() const { return m_receiptsAccepted; }

    // Applies the quarantined bundles whose sender the manifest now approves.
    // Called after every manifest import. Bundles that now fail for good
    // (bad signature, revoked sender) leave the quarantine with their error;
    // one that cannot be read stays, reported as an Io error, for the next try.
    [[nodiscard]] QList<Result<Outcome>> retryQuarantine();

    struct Quarantined
    {
        QByteArray bundleId;
        QByteArray sender;
        QString file;
        quint64 createdHlc = 0;
    };
    [[nodiscard]] Result<QList<Quarantined>> quarantine();
    // Deletes one quarantined bundle, row and file, named by the start of its
    // id in hex (at least 8 digits, as `bundle quarantine list` shows it).
    // Returns the whole id. NotFound when nothing or more than one matches.
    [[nodiscard]] Result<QByteArray> dropQuarantined(const QString &idPrefix);
    [[nodiscard]] static QString quarantineDir(const QString &workspaceDir);

private:
    enum class Mode
    {
        Import,
        Verify, // every step, then roll back
    };
    [[nodiscard]] static Result<QByteArray> readFile(const QString &path);
    // runOnce(), then, for a refused import, its line in the inbox (InboxLog)
    // once the rollback has undone everything else. `file`: empty from the hub.
    [[nodiscard]] Result<Outcome> run(const QByteArray &bytes, bool fromQuarantine, Mode mode,
                                      const Progress &progress = {}, const QString &file = {});
    // One transaction per bundle around runLocked().
    [[nodiscard]] Result<Outcome> runOnce(const QByteArray &bytes, bool fromQuarantine, Mode mode,
                                          const Progress &progress, const QString &file);
    [[nodiscard]] Result<Outcome> runLocked(const BundleReader &reader, const QByteArray &bytes,
                                            bool fromQuarantine, Mode mode,
                                            QStringList &doomedFiles, const Progress &progress);
    // OpLog::apply, in slices when there is a `progress` to report.
    [[nodiscard]] Result<ApplyReport>
    applyOps(const QList<Op> &ops, const QList<QByteArray> &hashes, const Progress &progress);
    // `doomedFiles` gets the quarantined files this makes room by dropping.
    [[nodiscard]] Result<Outcome> toQuarantine(const BundleReader &reader, const QByteArray &bytes,
                                               QStringList &doomedFiles);
    // " N changes from device X (numbers A to B) are waiting…", or empty.
    [[nodiscard]] Result<QString> waitingNote(const std::optional<ProjectManifest> &manifest);
    // Ops of a revoked device above the counter its revocation recorded.
    [[nodiscard]] Status checkRevocations(const std::optional<ProjectManifest> &manifest,
                                          const QList<Op> &ops) const;
    // Ops this device's role may not hold (Routing).
    [[nodiscard]] Status checkRouting(const std::optional<ProjectManifest> &manifest,
                                      const QList<Op> &ops);
    // Feedback streams only from a coordinator's device (Routing::mayWrite).
    [[nodiscard]] Status checkStreamWriters(const std::optional<ProjectManifest> &manifest,
                                            const QList<Op> &ops);
    // The device an origin belongs to (the origin itself when unknown).
    [[nodiscard]] QByteArray deviceOf(const QByteArray &origin) const;
    // Target ops (entity "target") only from a coordinator's device.
    [[nodiscard]] Status checkTargets(const std::optional<ProjectManifest> &manifest,
                                      const QList<Op> &ops);
    // A removal of a value (Redactions) only from the record's author or a
    // coordinator.
    [[nodiscard]] Status checkRedactions(const std::optional<ProjectManifest> &manifest,
                                         const QList<Op> &ops);
    // `hashes[i]` is ops[i].hash() (BundleReader::decrypt's).
    [[nodiscard]] Status checkChains(const QList<Op> &ops, const QList<QByteArray> &hashes);
    [[nodiscard]] Result<bool> alreadyApplied(const QByteArray &bundleId);
    // Also takes the bundle out of the quarantine table; `doomedFiles` gets
    // the file to delete once the import's transaction is committed.
    [[nodiscard]] Status recordApplied(const BundleReader &reader, bool fromQuarantine,
                                       QStringList &doomedFiles);

    Workspace &m_ws;
    QuarantineLimits m_quarantineLimits;
    // The manifest's origins, for the bundle being imported (Routing::streamsOf).
    QHash<QByteArray, StreamOrigin::Stream> m_streams;
    int m_skippedForOthers = 0;
    int m_receiptsAccepted = 0;
};

} // namespace vigia
