#pragma once

#include "common/Result.h"
#include "oplog/ApplyReport.h"
#include "oplog/ChainIssue.h"
#include "oplog/Hlc.h"
#include "oplog/Op.h"

#include <QCborValue>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace vigia {

class Database;
class Projector;
class Redactions;
class Statement;

// The op log of one workspace: writes local ops (counter, HLC, based_on, hash
// chain) and merges remote ones with the rules of docs/design.md §5 (as refined
// in docs/store.md, "Merge rules and conflicts"), keeping every projection in
// the same transaction.
class OpLog
{
public:
    OpLog(Database &db, QByteArray deviceId, ClockFn clock = {});
    ~OpLog();
    OpLog(const OpLog &) = delete;
    OpLog &operator=(const OpLog &) = delete;

    [[nodiscard]] const QByteArray &deviceId() const { return m_deviceId; }
    // The origin of this device's private working state: drafts, and edits of
    // a reopened record, with their codings (docs/store.md, "Drafts are
    // private"). Derived from the device id, never in a manifest, never in
    // the outbox: its ops project like any others, so lists, search and
    // undo see drafts, but they never leave the device.
    [[nodiscard]] const QByteArray &privateOrigin() const { return m_privateOrigin; }
    [[nodiscard]] static QByteArray privateOriginOf(const QByteArray &deviceId);
    [[nodiscard]] Hlc &clock() { return m_hlc; }

    // Chooses the stream (StreamOrigin) a shared write goes on: returns its
    // origin, or an empty array for the device's own records stream. Set by
    // the layer that knows what the entities mean (AudienceSelector); the op
    // log itself only knows chains. Without one, everything shared is on the
    // records stream, as before streams existed.
    using StreamSelector =
        std::function<QByteArray(const QString &entity, const QByteArray &row,
                                 const QList<QPair<QString, QCborValue>> &fields)>;
    void setStreamSelector(StreamSelector selector) { m_streamSelector = std::move(selector); }

    // Writes one local op. The caller holds a Transaction: the counter is read
    // inside it, so two processes writing one workspace never reuse a counter.
    [[nodiscard]] Result<Op> append(const QString &entity, const QByteArray &row,
                                    const QString &field, const QCborValue &value);
    // Several fields of one row in one go: one chain-head read and write, one
    // projection flush. Same rule: the caller holds the Transaction.
    [[nodiscard]] Result<QList<Op>> append(const QString &entity, const QByteArray &row,
                                           const QList<QPair<QString, QCborValue>> &fields);

    // Like append(), on the private chain (privateOrigin()).
    [[nodiscard]] Result<QList<Op>> appendPrivate(const QString &entity, const QByteArray &row,
                                                  const QList<QPair<QString, QCborValue>> &fields);
    // Writes onto this device's records stream every field of (entity, row)
    // whose current value comes from the private chain, except the fields in
    // `except`: how a finalized draft's state becomes ops that travel. The
    // caller holds the Transaction. Returns the ops written.
    [[nodiscard]] Result<QList<Op>> publish(const QString &entity, const QByteArray &row,
                                            const QStringList &except = {});
    // Removes the value of (entity, row, field) from every op written up to
    // now, here and, once the redaction op travels, on every device
    // (Redactions). On the shared chain when the row is shared, else on the
    // private one. The caller holds the Transaction and checks that this
    // device may do it (its author or a coordinator). NotFound when the key
    // has no value.
    [[nodiscard]] Result<Op> redact(const QString &entity, const QByteArray &row,
                                    const QString &field);
    // True when some op on the shared chains (any origin but privateOrigin())
    // touches (entity, row): the row has left, or may leave, this device.
    [[nodiscard]] Result<bool> isShared(const QString &entity, const QByteArray &row);

    // The HLC of baseline ops: older than any edit a person can make.
    static constexpr quint64 kBaselineHlc = quint64(1) << 16;

    // The columns of `ops` that opFromRow reads, in its order.
    static constexpr const char *kOpColumns = "origin, counter, hlc, entity, row, field, value, "
                                              "based_on, prev_hash, value_hash, format, hash";
    // An op from a row whose columns are kOpColumns (docs/store.md, "Ops"):
    // for every query that reads ops back.
    [[nodiscard]] static Op opFromRow(const Statement &st);
    // Ops every device writes identically on its own, such as the seeded
    // codebook. They carry kBaselineHlc, so an edit made anywhere, before or
    // after another device wrote its baseline, wins over them and is not
    // concurrent with them, and equal baselines never conflict. A field that
    // already has a value is written as an ordinary edit.
    [[nodiscard]] Result<QList<Op>> appendBaseline(const QString &entity, const QByteArray &row,
                                                   const QList<QPair<QString, QCborValue>> &fields);

    // Merges remote ops in one transaction. Duplicates are no-ops; ops that
    // arrive before their predecessor wait in pending_ops; ops that break a
    // chain are rejected and reported. `hashes` is empty or holds ops[i].hash()
    // for every op, when the caller has them already (BundleReader::decrypt
    // computes them to check the bundle's chains): hashing is a tenth of an
    // import's work and need not be done three times.
    [[nodiscard]] Result<ApplyReport> apply(const QList<Op> &ops,
                                            const QList<QByteArray> &hashes = {});

    // Re-checks every stored chain and reports gaps, forks and altered ops.
    [[nodiscard]] Result<QList<ChainIssue>> verify();

    // BLAKE2b-256 over the canonical projection (every key's winner and the
    // open conflicts). Equal sets of ops give equal hashes, whatever the order.
    [[nodiscard]] Result<QByteArray> stateHash();

    // The ops of one device with counter > after, in chain order (for bundles
    // and tests). limit <= 0 means all.
    [[nodiscard]] Result<QList<Op>> opsOf(const QByteArray &origin, quint64 after = 0,
                                          int limit = 0);
    [[nodiscard]] Result<QList<QByteArray>> origins();

private:
    [[nodiscard]] QByteArray sharedOrigin(const QString &entity, const QByteArray &row,
                                          const QList<QPair<QString, QCborValue>> &fields) const;
    [[nodiscard]] Result<QList<Op>> write(const QString &entity, const QByteArray &row,
                                          const QList<QPair<QString, QCborValue>> &fields,
                                          bool baseline, const QByteArray &origin);
    struct Head
    {
        quint64 counter = 0;
        QByteArray hash;
        quint64 maxHlc = 0;
        bool clockAhead = false;
        bool dirty = false;
    };

    [[nodiscard]] Result<Head *> head(const QByteArray &origin);
    [[nodiscard]] Result<QList<ChainIssue>> verifySnapshot();
    [[nodiscard]] Status saveHeads();
    [[nodiscard]] Status store(const Op &op, const QByteArray &hash);
    [[nodiscard]] Status merge(const Op &op, bool supersedesPrivate = false);
    [[nodiscard]] Status flushProjections();
    // `knownHash`: op.hash() when the caller has it, else null.
    [[nodiscard]] Status applyOne(const Op &op, ApplyReport &report,
                                  const QByteArray *knownHash = nullptr);
    [[nodiscard]] Status drainPending(const QByteArray &origin, ApplyReport &report);
    // A statement borrowed from the connection's cache (Database::statements).
    [[nodiscard]] Statement statement(const char *sql);

    Database &m_db;
    QByteArray m_deviceId;
    QByteArray m_privateOrigin;
    StreamSelector m_streamSelector;
    Hlc m_hlc;
    std::unique_ptr<Projector> m_projector;
    std::unique_ptr<Redactions> m_redactions;
    QHash<QByteArray, Head> m_heads; // valid within one transaction only
    QSet<QByteArray> m_pendingOrigins;
};

} // namespace vigia
