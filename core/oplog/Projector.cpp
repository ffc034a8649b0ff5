#include "oplog/Projector.h"

#include "common/CanonicalCbor.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/MergeRules.h"
#include "oplog/Op.h"

#include <QCborArray>
#include <QCoreApplication>

#include <sqlite3.h>

namespace vigia {

namespace {

OpStamp stampOf(const Op &op)
{
    // Format 2 carries the digest; a redacted op has nothing else.
    return {op.id(), op.hlc, op.basedOn, MergeRules::keyOfDigest(op.digest())};
}

// `heads` lists the ops MergeRules::keep keeps, as canonical CBOR
// [[origin, counter, hlc, based_on, value key], ...]. A kept op whose value is
// the key's current value (field_values.value) stores an empty value key.
// Most keys keep one op, their winner, whose origin, hlc and value are the
// row's own: such heads are stored as [counter, based_on] alone (a few bytes
// instead of about 35 in every row). The two forms differ in their second
// byte: an entry of the long form is an array, the short form's an integer.
struct Winner
{
    QByteArray origin;
    quint64 hlc = 0;
    QByteArray valueKey;
};

QByteArray encodeHeads(const QList<OpStamp> &heads, const Winner &winner)
{
    QByteArray out;
    if (heads.size() == 1 && heads[0].id.origin == winner.origin && heads[0].hlc == winner.hlc &&
        (heads[0].valueKey.isEmpty() || heads[0].valueKey == winner.valueKey)) {
        CanonicalCbor::appendHead(out, 4, 2);
        CanonicalCbor::appendUnsigned(out, heads[0].id.counter);
        CanonicalCbor::appendUnsigned(out, heads[0].basedOn);
        return out;
    }
    CanonicalCbor::appendHead(out, 4, quint64(heads.size()));
    for (const OpStamp &h : heads) {
        CanonicalCbor::appendHead(out, 4, 5);
        CanonicalCbor::appendBytes(out, h.id.origin);
        CanonicalCbor::appendUnsigned(out, h.id.counter);
        CanonicalCbor::appendUnsigned(out, h.hlc);
        CanonicalCbor::appendUnsigned(out, h.basedOn);
        CanonicalCbor::appendBytes(out, h.valueKey == winner.valueKey ? QByteArray() : h.valueKey);
    }
    return out;
}

bool isShortForm(const QByteArray &heads)
{
    return heads.size() >= 3 && quint8(heads.at(0)) == 0x82 && (quint8(heads.at(1)) >> 5) == 0;
}

// A CBOR unsigned integer at `pos`, which moves past it.
bool readUnsigned(const QByteArray &bytes, qsizetype &pos, quint64 &value)
{
    quint8 major = 0;
    return CanonicalCbor::readHead(bytes, pos, major, value) && major == 0;
}

QList<OpStamp> decodeHeads(const QByteArray &bytes, const Winner &winner)
{
    QList<OpStamp> heads;
    if (isShortForm(bytes)) {
        qsizetype pos = 1;
        quint64 counter = 0;
        quint64 basedOn = 0;
        if (readUnsigned(bytes, pos, counter) && readUnsigned(bytes, pos, basedOn) &&
            pos == bytes.size())
            heads.append({{winner.origin, counter}, winner.hlc, basedOn, winner.valueKey});
        return heads;
    }
    const QCborArray list = QCborValue::fromCbor(bytes).toArray();
    for (const QCborValue &item : list) {
        const QCborArray h = item.toArray();
        // Written before schema 5, without a value key: rebuildConflicts
        // replaces such entries, so they never reach the merge rules.
        if (h.size() < 5)
            continue;
        const QByteArray key = h.at(4).toByteArray();
        heads.append({{h.at(0).toByteArray(), quint64(h.at(1).toInteger())},
                      quint64(h.at(2).toInteger()),
                      quint64(h.at(3).toInteger()),
                      key.isEmpty() ? winner.valueKey : key});
    }
    return heads;
}

} // namespace

Projector::Projector(Database &db)
    : m_db(db)
    , m_search(db)
{}

Projector::~Projector() = default;

Statement Projector::cached(const char *sql)
{
    return Statement(m_db.statements(), QByteArray::fromRawData(sql, qstrlen(sql)));
}

Statement Projector::cached(const QByteArray &sql)
{
    return Statement(m_db.statements(), sql);
}

Status Projector::check(int rc, const char *what)
{
    if (rc == SQLITE_DONE || rc == SQLITE_OK || rc == SQLITE_ROW)
        return {};
    // `what` is marked with QT_TRANSLATE_NOOP at each call.
    return m_db.errorFor(rc, QCoreApplication::translate("vigia::Projector", what));
}

Status Projector::apply(const Op &op, bool supersedesPrivate)
{
    const QByteArray text = CanonicalCbor::textPayload(op.value);
    // Most ops set a key for the first time; inserting first spares a lookup.
    Statement ins = cached("INSERT INTO field_values(entity, row, field, value, hlc, origin, "
                           "heads, redacted_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                           "ON CONFLICT(entity, row, field) DO NOTHING");
    ins.bindText(1, op.entity).bind(2, op.row).bindText(3, op.field).bind(4, op.value);
    // The op is the winner: its value key is implied, so no hash is needed.
    const OpStamp first{op.id(), op.hlc, op.basedOn, QByteArray()};
    ins.bind(5, qint64(op.hlc))
        .bind(6, op.origin)
        .bind(7, encodeHeads({first}, {op.origin, op.hlc, QByteArray()}));
    // A value that arrived already redacted keeps its key here: the key of
    // the current value can no longer be computed from it.
    op.isRedacted() ? ins.bind(8, stampOf(op).valueKey) : ins.bindNull(8);
    if (Status s = check(ins.run(), QT_TRANSLATE_NOOP("vigia::Projector", "storing a value")); !s)
        return s;
    if (sqlite3_changes(m_db.handle()) == 0)
        return mergeExisting(op, text, supersedesPrivate);
    noteText(op, QByteArray(), text);
    return updateTyped(op, true);
}

Status Projector::mergeExisting(const Op &op, const QByteArray &text, bool supersedesPrivate)
{
    Statement sel = cached("SELECT hlc, origin, heads, value, redacted_key FROM "
                           "field_values WHERE entity = ?1 AND row = ?2 AND field = ?3");
    sel.bindText(1, op.entity).bind(2, op.row).bindText(3, op.field);
    const int rc = sel.step();
    if (rc != SQLITE_ROW) {
        sel.reset();
        return check(rc == SQLITE_DONE ? SQLITE_CORRUPT : rc,
                     QT_TRANSLATE_NOOP("vigia::Projector", "reading a value"));
    }
    const quint64 hlc = quint64(sel.columnInt64(0));
    const QByteArray origin = sel.columnBlob(1);
    const QByteArray oldValue = sel.columnBlob(3);
    const QByteArray oldKey =
        sel.columnIsNull(4) ? MergeRules::valueKey(oldValue) : sel.columnBlob(4);
    const QList<OpStamp> before = decodeHeads(sel.columnBlob(2), {origin, hlc, oldKey});
    const QByteArray oldText = CanonicalCbor::textPayload(oldValue);
    sel.reset();

    const OpStamp stamp = stampOf(op);
    // Once this device writes a key on a shared stream (finalizing a
    // reopened record publishes it), its private ops on the key are history
    // nobody else will ever hold: left in the heads, a remote write that
    // crossed the private one (another coordinator reopening and finalizing
    // the same record) would stay a conflict here only, forever.
    QList<OpStamp> kept = before;
    if (supersedesPrivate && !m_privateOrigin.isEmpty())
        kept.removeIf([this](const OpStamp &s) { return s.id.origin == m_privateOrigin; });
    const QList<OpStamp> after = MergeRules::keep(kept, stamp);
    const bool wins = MergeRules::beats(op.hlc, op.origin, hlc, origin);
    const QByteArray heads = encodeHeads(after, wins ? Winner{op.origin, op.hlc, stamp.valueKey}
                                                     : Winner{origin, hlc, oldKey});
    if (wins) {
        Statement up = cached("UPDATE field_values SET value = ?1, hlc = ?2, origin = ?3, "
                              "heads = ?4, redacted_key = ?5 WHERE entity = ?6 AND row = ?7 "
                              "AND field = ?8");
        up.bind(1, op.value).bind(2, qint64(op.hlc)).bind(3, op.origin).bind(4, heads);
        op.isRedacted() ? up.bind(5, stamp.valueKey) : up.bindNull(5);
        up.bindText(6, op.entity).bind(7, op.row).bindText(8, op.field);
        if (Status s = check(up.run(), QT_TRANSLATE_NOOP("vigia::Projector", "updating a value"));
            !s)
            return s;
        noteText(op, oldText, text);
    } else {
        Statement up = cached("UPDATE field_values SET heads = ?1 WHERE entity = ?2 AND "
                              "row = ?3 AND field = ?4");
        up.bind(1, heads).bindText(2, op.entity).bind(3, op.row).bindText(4, op.field);
        if (Status s = check(up.run(), QT_TRANSLATE_NOOP("vigia::Projector", "updating a value"));
            !s)
            return s;
    }
    const QList<OpId> wasOpen = MergeRules::openConflict(before);
    const QList<OpId> isOpen = MergeRules::openConflict(after);
    if (wasOpen != isOpen) {
        if (Status s = setConflict(op.entity, op.row, op.field, isOpen); !s)
            return s;
    }
    return updateTyped(op, wins);
}

void Projector::noteText(const Op &op, const QByteArray &oldText, const QByteArray &text)
{
    if (op.entity != QLatin1String("record") || op.field.startsWith(QLatin1Char('_')))
        return;
    if (oldText != text || oldText.isNull() != text.isNull())
        m_search.markChanged(op.row);
}

Status Projector::setConflict(const QString &entity, const QByteArray &row, const QString &field,
                              const QList<OpId> &ops)
{
    if (ops.isEmpty()) {
        Statement st =
            cached("DELETE FROM conflicts WHERE entity = ?1 AND row = ?2 AND field = ?3");
        st.bindText(1, entity).bind(2, row).bindText(3, field);
        return check(st.run(), QT_TRANSLATE_NOOP("vigia::Projector", "closing a conflict"));
    }
    QCborArray list;
    for (const OpId &id : ops)
        list.append(QCborArray{id.origin, qint64(id.counter)});
    Statement st = cached("INSERT OR REPLACE INTO conflicts(entity, row, field, ops) "
                          "VALUES (?1, ?2, ?3, ?4)");
    st.bindText(1, entity).bind(2, row).bindText(3, field).bind(4, CanonicalCbor::encode(list));
    return check(st.run(), QT_TRANSLATE_NOOP("vigia::Projector", "recording a conflict"));
}

Status Projector::redact(const QString &entity, const QByteArray &row, const QString &field,
                         quint64 before)
{
    Statement sel = cached("SELECT hlc, origin, value FROM field_values WHERE "
                           "entity = ?1 AND row = ?2 AND field = ?3 AND redacted_key IS NULL");
    sel.bindText(1, entity).bind(2, row).bindText(3, field);
    const int rc = sel.step();
    if (rc != SQLITE_ROW) {
        sel.reset();
        return check(rc, QT_TRANSLATE_NOOP("vigia::Projector", "reading a value"));
    }
    Op current;
    current.entity = entity;
    current.row = row;
    current.field = field;
    current.hlc = quint64(sel.columnInt64(0));
    current.origin = sel.columnBlob(1);
    const QByteArray oldValue = sel.columnBlob(2);
    const QByteArray key = MergeRules::valueKey(oldValue);
    const QByteArray oldText = CanonicalCbor::textPayload(oldValue);
    sel.reset();
    if (current.hlc > before)
        return {}; // the current value is newer than what was removed
    current.value = Op::redactedValue();
    // The heads stay as they are: an empty key in them now means this key.
    Statement up = cached("UPDATE field_values SET value = ?1, redacted_key = ?2 "
                          "WHERE entity = ?3 AND row = ?4 AND field = ?5");
    up.bind(1, current.value).bind(2, key).bindText(3, entity).bind(4, row).bindText(5, field);
    if (Status s = check(up.run(), QT_TRANSLATE_NOOP("vigia::Projector", "updating a value")); !s)
        return s;
    noteText(current, oldText, QByteArray());
    return updateTyped(current, true);
}

Status Projector::rekeyValues(Database &db)
{
    // Every kept op's value key changes: start from none and fold the log.
    if (Status s = db.exec("UPDATE field_values SET heads = x'80', redacted_key = NULL"); !s)
        return s;
    return rebuildConflicts(db);
}

Status Projector::rebuildConflicts(Database &db)
{
    Projector p(db);
    if (Status s = db.exec("DELETE FROM conflicts"); !s)
        return s;
    // The log's own order: no sort over every op. Each key's kept ops are few.
    // Folding an op into kept ops that already account for it changes
    // nothing, and legacy entries decode as none, so no reset pass is needed.
    Statement ops(db.handle(), "SELECT origin, counter, hlc, based_on, value, entity, row, "
                               "field FROM ops");
    Statement sel = p.cached("SELECT heads, value, origin, hlc FROM field_values "
                             "WHERE entity = ?1 AND row = ?2 AND field = ?3");
    Statement up = p.cached("UPDATE field_values SET heads = ?1 WHERE entity = ?2 AND "
                            "row = ?3 AND field = ?4");
    int rc = SQLITE_OK;
    while ((rc = ops.step()) == SQLITE_ROW) {
        const OpStamp stamp{{ops.columnBlob(0), quint64(ops.columnInt64(1))},
                            quint64(ops.columnInt64(2)),
                            quint64(ops.columnInt64(3)),
                            MergeRules::valueKey(ops.columnBlob(4))};
        sel.bindText(1, ops.columnText(5))
            .bind(2, ops.columnBlob(6))
            .bindText(3, ops.columnText(7));
        const int found = sel.step();
        if (found != SQLITE_ROW) {
            sel.reset();
            // Every stored op has its key projected; a missing one means damage.
            return p.check(found == SQLITE_DONE ? SQLITE_CORRUPT : found,
                           QT_TRANSLATE_NOOP("vigia::Projector", "reading a value"));
        }
        // The winner is already final, so each op is compared with its value.
        const Winner winner{sel.columnBlob(2), quint64(sel.columnInt64(3)),
                            MergeRules::valueKey(sel.columnBlob(1))};
        const QList<OpStamp> kept = MergeRules::keep(decodeHeads(sel.columnBlob(0), winner), stamp);
        sel.reset();
        up.bind(1, encodeHeads(kept, winner))
            .bindText(2, ops.columnText(5))
            .bind(3, ops.columnBlob(6))
            .bindText(4, ops.columnText(7));
        if (Status s = p.check(up.run(), QT_TRANSLATE_NOOP("vigia::Projector", "updating a value"));
            !s)
            return s;
    }
    if (Status s = p.check(rc, QT_TRANSLATE_NOOP("vigia::Projector", "reading a value")); !s)
        return s;

    Statement keys(db.handle(), "SELECT entity, row, field, heads, value, origin, hlc "
                                "FROM field_values");
    while ((rc = keys.step()) == SQLITE_ROW) {
        // A key with one kept op (CBOR array head 0x81, or the short form)
        // has no conflict.
        const QByteArray heads = keys.columnBlob(3);
        if (heads.startsWith('\x81') || isShortForm(heads))
            continue;
        const QList<OpId> open = MergeRules::openConflict(
            decodeHeads(heads, {keys.columnBlob(5), quint64(keys.columnInt64(6)),
                                MergeRules::valueKey(keys.columnBlob(4))}));
        if (open.isEmpty())
            continue;
        if (Status s =
                p.setConflict(keys.columnText(0), keys.columnBlob(1), keys.columnText(2), open);
            !s)
            return s;
    }
    return p.check(rc, QT_TRANSLATE_NOOP("vigia::Projector", "reading a value"));
}

} // namespace vigia
