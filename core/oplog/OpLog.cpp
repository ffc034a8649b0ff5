#include "oplog/OpLog.h"

#include "common/CanonicalCbor.h"
#include "common/LogCategories.h"
#include "crypto/Blake2b.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/ChainVerifier.h"
#include "oplog/Projector.h"
#include "oplog/Redactions.h"
#include "oplog/ReservedFields.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace vigia {

namespace {
const QByteArray &zeroHash()
{
    static const QByteArray zeros(Op::kHashSize, '\0');
    return zeros;
}

Error storeError(Database &db, int rc)
{
    return db.errorFor(rc, QCoreApplication::translate("vigia::OpLog", "writing the change log"));
}

bool failed(int rc)
{
    return rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW;
}

} // namespace

Op OpLog::opFromRow(const Statement &st)
{
    Op op;
    op.origin = st.columnBlob(0);
    op.counter = quint64(st.columnInt64(1));
    op.hlc = quint64(st.columnInt64(2));
    op.entity = st.columnText(3);
    op.row = st.columnBlob(4);
    op.field = st.columnText(5);
    op.value = st.columnBlob(6);
    op.basedOn = quint64(st.columnInt64(7));
    op.prevHash = st.columnBlob(8);
    // Columns 9-11 (value_hash, format, hash): absent from older queries,
    // which then read a format-1 op. A format-2 op keeps its value's digest
    // only once the value is redacted: until then it is the value's hash.
    op.valueDigest = st.columnBlob(9);
    if (op.valueDigest.isEmpty() && st.columnInt64(10) == 2 && !op.isRedacted())
        op.valueDigest = Blake2b::hash256(op.value);
    if (op.isRedacted() && st.columnInt64(10) == 1)
        op.legacyHash = st.columnBlob(11);
    return op;
}

OpLog::OpLog(Database &db, QByteArray deviceId, ClockFn clock)
    : m_db(db)
    , m_deviceId(std::move(deviceId))
    , m_privateOrigin(privateOriginOf(m_deviceId))
    , m_hlc(std::move(clock))
    , m_projector(std::make_unique<Projector>(db))
    , m_redactions(std::make_unique<Redactions>(db, *m_projector))
{
    m_projector->setPrivateAuthor(m_privateOrigin, m_deviceId);
}

OpLog::~OpLog() = default;

QByteArray OpLog::privateOriginOf(const QByteArray &deviceId)
{
    return Blake2b::hash(QByteArrayLiteral("vigia private working state") + '\0' + deviceId,
                         Op::kIdSize);
}

Statement OpLog::statement(const char *sql)
{
    // The SQL is a literal: the cache may keep its address as the key.
    return Statement(m_db.statements(), QByteArray::fromRawData(sql, qstrlen(sql)));
}

Result<OpLog::Head *> OpLog::head(const QByteArray &origin)
{
    auto it = m_heads.find(origin);
    if (it != m_heads.end())
        return &*it;
    Statement st =
        statement("SELECT counter, hash, max_hlc, clock_ahead FROM chain_heads WHERE origin = ?1");
    st.bind(1, origin);
    Head h;
    h.hash = zeroHash();
    const int rc = st.step();
    if (rc == SQLITE_ROW) {
        h.counter = quint64(st.columnInt64(0));
        h.hash = st.columnBlob(1);
        h.maxHlc = quint64(st.columnInt64(2));
        h.clockAhead = st.columnInt64(3) != 0;
    }
    st.reset();
    if (failed(rc))
        return storeError(m_db, rc);
    return &*m_heads.insert(origin, h);
}

Status OpLog::saveHeads()
{
    Statement st = statement("INSERT INTO chain_heads(origin, counter, hash, max_hlc, "
                             "clock_ahead) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(origin) DO "
                             "UPDATE SET counter = excluded.counter, hash = excluded.hash, "
                             "max_hlc = excluded.max_hlc, clock_ahead = excluded.clock_ahead");
    for (auto it = m_heads.begin(); it != m_heads.end(); ++it) {
        if (!it->dirty)
            continue;
        st.bind(1, it.key())
            .bind(2, qint64(it->counter))
            .bind(3, it->hash)
            .bind(4, qint64(it->maxHlc))
            .bind(5, qint64(it->clockAhead ? 1 : 0));
        if (const int rc = st.run(); failed(rc))
            return storeError(m_db, rc);
        it->dirty = false;
    }
    return {};
}

Status OpLog::store(const Op &op, const QByteArray &hash)
{
    Statement st = statement("INSERT INTO ops(origin, counter, hlc, entity, row, field, value, "
                             "based_on, prev_hash, hash, value_hash, format) VALUES (?1, ?2, ?3, "
                             "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    st.bind(1, op.origin)
        .bind(2, qint64(op.counter))
        .bind(3, qint64(op.hlc))
        .bindText(4, op.entity)
        .bind(5, op.row)
        .bindText(6, op.field)
        .bind(7, op.value)
        .bind(8, qint64(op.basedOn))
        .bind(9, op.prevHash)
        .bind(10, hash);
    // The digest of a value still present is the value's hash (opFromRow):
    // storing it would add 33 bytes to every op row. A value that arrived
    // redacted keeps its digest, which nothing else can give back.
    op.isRedacted() && !op.valueDigest.isEmpty() ? st.bind(11, op.valueDigest) : st.bindNull(11);
    // A redacted format-1 op keeps format 1: its hash is the stored one.
    st.bind(12, qint64(op.legacyHash.isEmpty() ? op.format() : 1));
    if (const int rc = st.run(); failed(rc))
        return storeError(m_db, rc);
    return {};
}

Status OpLog::merge(const Op &op, bool supersedesPrivate)
{
    if (Redactions::isRedaction(op))
        return m_redactions->apply(op);
    return m_projector->apply(op, supersedesPrivate);
}

Status OpLog::flushProjections()
{
    if (Status s = m_projector->flush(); !s)
        return s;
    return m_redactions->finish();
}

Result<Op> OpLog::append(const QString &entity, const QByteArray &row, const QString &field,
                         const QCborValue &value)
{
    auto ops = append(entity, row, {{field, value}});
    if (!ops)
        return ops.error();
    return ops.value().constFirst();
}

Result<QList<Op>> OpLog::append(const QString &entity, const QByteArray &row,
                                const QList<QPair<QString, QCborValue>> &fields)
{
    return write(entity, row, fields, false, sharedOrigin(entity, row, fields));
}

QByteArray OpLog::sharedOrigin(const QString &entity, const QByteArray &row,
                               const QList<QPair<QString, QCborValue>> &fields) const
{
    if (!m_streamSelector)
        return m_deviceId;
    QByteArray origin = m_streamSelector(entity, row, fields);
    return origin.isEmpty() ? m_deviceId : origin;
}

Result<QList<Op>> OpLog::appendPrivate(const QString &entity, const QByteArray &row,
                                       const QList<QPair<QString, QCborValue>> &fields)
{
    return write(entity, row, fields, false, m_privateOrigin);
}

Result<QList<Op>> OpLog::publish(const QString &entity, const QByteArray &row,
                                 const QStringList &except)
{
    Statement st = statement("SELECT field, value FROM field_values WHERE entity = ?1 AND "
                             "row = ?2 AND origin = ?3 ORDER BY field");
    st.bindText(1, entity).bind(2, row).bind(3, m_privateOrigin);
    QList<QPair<QString, QCborValue>> fields;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const QString field = st.columnText(0);
        if (!except.contains(field))
            fields.append({field, QCborValue::fromCbor(st.columnBlob(1))});
    }
    st.reset();
    if (failed(rc))
        return storeError(m_db, rc);
    if (fields.isEmpty())
        return QList<Op>();
    return write(entity, row, fields, false, m_deviceId);
}

Result<bool> OpLog::isShared(const QString &entity, const QByteArray &row)
{
    Statement st = statement("SELECT 1 FROM ops WHERE entity = ?1 AND row = ?2 AND origin != ?3 "
                             "LIMIT 1");
    st.bindText(1, entity).bind(2, row).bind(3, m_privateOrigin);
    const int rc = st.step();
    st.reset();
    if (failed(rc))
        return storeError(m_db, rc);
    return rc == SQLITE_ROW;
}

Result<Op> OpLog::redact(const QString &entity, const QByteArray &row, const QString &field)
{
    Statement st = statement("SELECT hlc FROM field_values WHERE entity = ?1 AND row = ?2 AND "
                             "field = ?3");
    st.bindText(1, entity).bind(2, row).bindText(3, field);
    const int rc = st.step();
    const quint64 before = rc == SQLITE_ROW ? quint64(st.columnInt64(0)) : 0;
    st.reset();
    if (failed(rc))
        return storeError(m_db, rc);
    if (before == 0)
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("vigia::OpLog", "There is no value of \"%1\" to remove.")
                .arg(field));
    auto shared = isShared(entity, row);
    if (!shared)
        return shared.error();
    // What never left the device is removed on the private chain only; a
    // shared value on the stream of the people who hold it.
    const QList<QPair<QString, QCborValue>> fields{
        {ReservedField::kRedact, Redactions::valueFor(field, before)}};
    const QByteArray origin = shared.value() ? sharedOrigin(entity, row, fields) : m_privateOrigin;
    m_hlc.receive(before);
    auto ops = write(entity, row, fields, false, origin);
    if (!ops)
        return ops.error();
    return ops.value().constFirst();
}

Result<QList<Op>> OpLog::appendBaseline(const QString &entity, const QByteArray &row,
                                        const QList<QPair<QString, QCborValue>> &fields)
{
    return write(entity, row, fields, true, sharedOrigin(entity, row, fields));
}

Result<QList<Op>> OpLog::write(const QString &entity, const QByteArray &row,
                               const QList<QPair<QString, QCborValue>> &fields, bool baseline,
                               const QByteArray &origin)
{
    // Never trust a cached head here: another process may have written since.
    m_heads.remove(origin);
    m_projector->discard();
    m_redactions->begin();
    auto h = head(origin);
    if (!h)
        return h.error();
    Head &me = *h.value();

    QList<Op> written;
    written.reserve(fields.size());
    for (const auto &[field, value] : fields) {
        Statement seen = statement("SELECT hlc FROM field_values WHERE entity = ?1 AND "
                                   "row = ?2 AND field = ?3");
        seen.bindText(1, entity).bind(2, row).bindText(3, field);
        const int seenRc = seen.step();
        const quint64 basedOn = seenRc == SQLITE_ROW ? quint64(seen.columnInt64(0)) : 0;
        seen.reset();
        if (failed(seenRc))
            return storeError(m_db, seenRc);

        Op op;
        op.origin = origin;
        op.counter = me.counter + 1;
        op.entity = entity;
        op.row = row;
        op.field = field;
        op.setValue(value);
        // The value this author saw: the key's current winner.
        op.basedOn = basedOn;
        op.prevHash = me.hash;
        if (baseline && basedOn == 0) {
            op.hlc = kBaselineHlc;
        } else {
            // Our own last op and the value we overwrite both happened before this one.
            m_hlc.receive(std::max(me.maxHlc, op.basedOn));
            op.hlc = m_hlc.send();
        }
        if (Status s = op.validate(); !s)
            return s.error();

        const QByteArray hash = op.hash();
        if (Status s = store(op, hash); !s)
            return s.error();
        if (Status s = merge(op, origin != m_privateOrigin); !s)
            return s.error();
        if (origin == m_deviceId) {
            Statement outbox = statement("INSERT INTO outbox(counter) VALUES (?1)");
            outbox.bind(1, qint64(op.counter));
            if (const int rc = outbox.run(); failed(rc))
                return storeError(m_db, rc);
        }

        me.counter = op.counter;
        me.hash = hash;
        me.maxHlc = std::max(me.maxHlc, op.hlc);
        me.dirty = true;
        written.append(std::move(op));
    }
    if (Status s = saveHeads(); !s)
        return s.error();
    if (Status s = flushProjections(); !s)
        return s.error();
    m_heads.remove(origin);
    return written;
}

Status OpLog::applyOne(const Op &incoming, ApplyReport &report, const QByteArray *knownHash)
{
    // A value already removed here is never stored, not even while the op
    // waits for its predecessor. Redacting keeps the op's hash.
    auto covered = m_redactions->covers(incoming);
    if (!covered)
        return covered.error();
    Op redacted;
    if (covered.value()) {
        redacted = incoming;
        redacted.redact();
    }
    const Op &op = covered.value() ? redacted : incoming;
    auto h = head(op.origin);
    if (!h)
        return h.error();
    Head &hd = *h.value();
    // Redacting keeps the hash, so the incoming op's is the stored op's.
    const QByteArray hash = knownHash ? *knownHash : op.hash();
    Q_ASSERT(hash == op.hash());

    if (op.counter <= hd.counter) {
        Statement st = statement("SELECT hash FROM ops WHERE origin = ?1 AND counter = ?2");
        st.bind(1, op.origin).bind(2, qint64(op.counter));
        const int rc = st.step();
        const QByteArray stored = rc == SQLITE_ROW ? st.columnBlob(0) : QByteArray();
        st.reset();
        if (failed(rc))
            return storeError(m_db, rc);
        if (stored == hash)
            ++report.duplicates;
        else
            report.issues.append(
                ChainVerifier::issue(ChainIssue::Kind::Fork, op.origin, op.counter));
        return {};
    }

    if (op.counter > hd.counter + 1) {
        // Too early: keep it until the chain reaches it.
        Statement st = statement("SELECT op FROM pending_ops WHERE origin = ?1 AND counter = ?2");
        st.bind(1, op.origin).bind(2, qint64(op.counter));
        const int rc = st.step();
        const QByteArray existing = rc == SQLITE_ROW ? st.columnBlob(0) : QByteArray();
        st.reset();
        if (failed(rc))
            return storeError(m_db, rc);
        const QByteArray encoded = op.encode();
        if (!existing.isEmpty()) {
            if (existing == encoded)
                ++report.duplicates;
            else
                report.issues.append(
                    ChainVerifier::issue(ChainIssue::Kind::Fork, op.origin, op.counter));
            return {};
        }
        Statement ins =
            statement("INSERT INTO pending_ops(origin, counter, op) VALUES (?1, ?2, ?3)");
        ins.bind(1, op.origin).bind(2, qint64(op.counter)).bind(3, encoded);
        if (const int irc = ins.run(); failed(irc))
            return storeError(m_db, irc);
        m_pendingOrigins.insert(op.origin);
        ++report.pending;
        return {};
    }

    if (op.prevHash != hd.hash) {
        report.issues.append(ChainVerifier::issue(ChainIssue::Kind::Changed, op.origin,
                                                  hd.counter == 0 ? op.counter : hd.counter));
        return {};
    }

    if (Status s = store(op, hash); !s)
        return s;
    m_hlc.receive(op.hlc);
    if (Status s = merge(op); !s)
        return s;
    hd.counter = op.counter;
    hd.hash = hash;
    hd.maxHlc = std::max(hd.maxHlc, op.hlc);
    if (!hd.clockAhead && m_hlc.isAhead(op.hlc)) {
        hd.clockAhead = true;
        report.clockAhead.append(op.origin);
        qCWarning(lcOplog) << "device clock ahead by more than 10 minutes:"
                           << ChainVerifier::deviceLabel(op.origin);
    }
    hd.dirty = true;
    ++report.applied;
    if (m_pendingOrigins.contains(op.origin))
        return drainPending(op.origin, report);
    return {};
}

Status OpLog::drainPending(const QByteArray &origin, ApplyReport &report)
{
    for (;;) {
        auto h = head(origin);
        if (!h)
            return h.error();
        const quint64 next = h.value()->counter + 1;
        Statement st = statement("SELECT op FROM pending_ops WHERE origin = ?1 AND counter = ?2");
        st.bind(1, origin).bind(2, qint64(next));
        const int rc = st.step();
        const QByteArray encoded = rc == SQLITE_ROW ? st.columnBlob(0) : QByteArray();
        st.reset();
        if (failed(rc))
            return storeError(m_db, rc);
        if (encoded.isEmpty())
            return {};
        Statement del = statement("DELETE FROM pending_ops WHERE origin = ?1 AND counter = ?2");
        del.bind(1, origin).bind(2, qint64(next));
        if (const int drc = del.run(); failed(drc))
            return storeError(m_db, drc);
        --report.pending;
        auto op = Op::decode(encoded);
        if (!op)
            return op.error();
        const int before = report.applied;
        m_pendingOrigins.remove(origin); // applyOne must not recurse into us
        Status s = applyOne(op.value(), report);
        m_pendingOrigins.insert(origin);
        if (!s)
            return s;
        if (report.applied == before)
            return {}; // rejected: the chain stays broken here
    }
}

Result<ApplyReport> OpLog::apply(const QList<Op> &ops, const QList<QByteArray> &hashes)
{
    Q_ASSERT(hashes.isEmpty() || hashes.size() == ops.size());
    const bool hashed = hashes.size() == ops.size();
    ApplyReport report;
    // Joined, not a savepoint, inside an import's transaction: any failure
    // here ends the whole import (ChangeImporter), and a savepoint's
    // statement journal made each bundle's import slower the more it held.
    Transaction txn(m_db, Transaction::Nesting::Join);
    if (!txn.begun())
        return txn.begun().error();
    m_heads.clear();
    m_pendingOrigins.clear();
    m_projector->discard();
    m_redactions->begin();
    {
        Statement st = statement("SELECT DISTINCT origin FROM pending_ops");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            m_pendingOrigins.insert(st.columnBlob(0));
        st.reset();
        if (failed(rc))
            return storeError(m_db, rc);
    }
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const Op &op = ops.at(i);
        if (Status s = op.validate(); !s) {
            m_heads.clear();
            return s.error();
        }
        if (Status s = applyOne(op, report, hashed ? &hashes.at(i) : nullptr); !s) {
            m_heads.clear();
            return s.error();
        }
    }
    Status saved = saveHeads();
    m_heads.clear();
    if (!saved)
        return saved.error();
    if (Status s = flushProjections(); !s)
        return s.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    return report;
}

Result<QList<ChainIssue>> OpLog::verify()
{
    // One read transaction: both queries see the same snapshot even while
    // another process writes.
    if (Status s = m_db.exec("BEGIN"); !s)
        return s.error();
    auto result = verifySnapshot();
    if (Status s = m_db.exec("COMMIT"); !s)
        return s.error();
    return result;
}

Result<QList<ChainIssue>> OpLog::verifySnapshot()
{
    QList<ChainIssue> issues;
    const QByteArray sql =
        QByteArray("SELECT ") + kOpColumns + " FROM ops ORDER BY origin, counter";
    Statement st(m_db.handle(), sql.constData());
    QByteArray origin;
    quint64 lastCounter = 0;
    QByteArray lastHash;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        Op op = opFromRow(st);
        const QByteArray stored = st.columnBlob(11);
        if (op.origin != origin) {
            origin = op.origin;
            lastCounter = 0;
            lastHash = zeroHash();
        }
        // Format 2 chains over the digest, so the value itself is checked
        // against the digest (a removed value has only the digest).
        const bool valueChanged =
            op.format() == 2 && !op.isRedacted() && Blake2b::hash256(op.value) != op.valueDigest;
        const QByteArray actual = valueChanged ? QByteArray() : op.hash();
        if (actual != stored)
            issues.append(ChainVerifier::issue(ChainIssue::Kind::Changed, op.origin, op.counter));
        if (op.counter != lastCounter + 1)
            issues.append(ChainVerifier::issue(ChainIssue::Kind::Gap, op.origin, op.counter,
                                               lastCounter + 1));
        else if (op.prevHash != lastHash && actual == stored)
            issues.append(ChainVerifier::issue(ChainIssue::Kind::Changed, op.origin, lastCounter));
        lastCounter = op.counter;
        lastHash = stored;
    }
    if (failed(rc))
        return storeError(m_db, rc);

    Statement pending(m_db.handle(),
                      "SELECT p.origin, min(p.counter), coalesce(h.counter, 0) FROM pending_ops p "
                      "LEFT JOIN chain_heads h ON h.origin = p.origin GROUP BY p.origin");
    while ((rc = pending.step()) == SQLITE_ROW) {
        issues.append(ChainVerifier::issue(ChainIssue::Kind::Gap, pending.columnBlob(0),
                                           quint64(pending.columnInt64(1)),
                                           quint64(pending.columnInt64(2)) + 1));
    }
    if (failed(rc))
        return storeError(m_db, rc);
    return issues;
}

Result<QByteArray> OpLog::stateHash()
{
    Blake2b hasher(Op::kHashSize);
    const auto add = [&hasher](const QByteArray &bytes) { hasher.addData(bytes); };
    Statement values(m_db.handle(), "SELECT entity, row, field, value, hlc, origin "
                                    "FROM field_values ORDER BY entity, row, field");
    int rc;
    while ((rc = values.step()) == SQLITE_ROW) {
        QByteArray item;
        CanonicalCbor::appendHead(item, 4, 6);
        CanonicalCbor::appendText(item, values.columnText(0).toUtf8());
        CanonicalCbor::appendBytes(item, values.columnBlob(1));
        CanonicalCbor::appendText(item, values.columnText(2).toUtf8());
        item.append(values.columnBlob(3));
        CanonicalCbor::appendUnsigned(item, quint64(values.columnInt64(4)));
        CanonicalCbor::appendBytes(item, values.columnBlob(5));
        add(item);
    }
    if (failed(rc))
        return storeError(m_db, rc);
    add(QByteArrayLiteral("conflicts"));
    Statement conflicts(
        m_db.handle(), "SELECT entity, row, field, ops FROM conflicts ORDER BY entity, row, field");
    while ((rc = conflicts.step()) == SQLITE_ROW) {
        QByteArray item;
        CanonicalCbor::appendHead(item, 4, 4);
        CanonicalCbor::appendText(item, conflicts.columnText(0).toUtf8());
        CanonicalCbor::appendBytes(item, conflicts.columnBlob(1));
        CanonicalCbor::appendText(item, conflicts.columnText(2).toUtf8());
        item.append(conflicts.columnBlob(3));
        add(item);
    }
    if (failed(rc))
        return storeError(m_db, rc);
    return hasher.result();
}

Result<QList<Op>> OpLog::opsOf(const QByteArray &origin, quint64 after, int limit)
{
    const QByteArray sql = QByteArray("SELECT ") + kOpColumns +
                           " FROM ops WHERE origin = ?1 AND counter > ?2 ORDER BY counter LIMIT ?3";
    Statement st(m_db.handle(), sql.constData());
    st.bind(1, origin).bind(2, qint64(after)).bind(3, qint64(limit > 0 ? limit : -1));
    QList<Op> ops;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        ops.append(opFromRow(st));
    }
    if (failed(rc))
        return storeError(m_db, rc);
    return ops;
}

Result<QList<QByteArray>> OpLog::origins()
{
    Statement st(m_db.handle(), "SELECT origin FROM chain_heads ORDER BY origin");
    QList<QByteArray> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.append(st.columnBlob(0));
    if (failed(rc))
        return storeError(m_db, rc);
    return out;
}

} // namespace vigia
