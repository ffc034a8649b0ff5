#include "Projector.h"

#include "CanonicalCbor.h"
#include "Database.h"
#include "Op.h"
#include "Statement.h"

#include <QCborArray>
#include <QCoreApplication>

#include <sqlite3.h>

#include <cstring>

namespace vigia {

namespace {

struct FieldColumn
{
    const char *entity;
    const char *field;
    const char *table;
    const char *column;
};

// Fields promoted to typed columns so lists can filter and sort with indexes.
// Every other field lives only in field_values.
constexpr FieldColumn kColumns[] = {
    {"record", "_form", "records", "form_id"},
    {"record", "_form_version", "records", "form_version"},
    {"record", "_status", "records", "status"},
    {"record", "_deleted", "records", "deleted"},
    {"record", "country", "records", "country"},
    {"record", "date", "records", "event_date"},
    {"code", "parent", "codes", "parent"},
    {"code", "name_en", "codes", "name_en"},
    {"code", "name_es", "codes", "name_es"},
    {"code", "name_pt", "codes", "name_pt"},
    {"code", "color", "codes", "color"},
    {"code", "description", "codes", "description"},
    {"code", "_deleted", "codes", "deleted"},
    {"coding", "record", "codings", "record_id"},
    {"coding", "field", "codings", "field"},
    {"coding", "code", "codings", "code_id"},
    {"coding", "start", "codings", "start_pos"},
    {"coding", "end", "codings", "end_pos"},
    {"coding", "quote", "codings", "quote"},
    {"coding", "memo", "codings", "memo"},
    {"coding", "_deleted", "codings", "deleted"},
    {"comment", "record", "comments", "record_id"},
    {"comment", "field", "comments", "field"},
    {"comment", "body", "comments", "body"},
    {"comment", "author", "comments", "author"},
    {"comment", "_deleted", "comments", "deleted"},
    {"review", "state", "review_states", "state"},
    {"review", "note", "review_states", "note"},
    {"review", "reviewer", "review_states", "reviewer"},
    {"device", "name", "devices", "name"},
    {"device", "role", "devices", "role"},
    {"device", "sign_pk", "devices", "sign_pk"},
    {"device", "box_pk", "devices", "box_pk"},
    {"device", "country_scope", "devices", "country_scope"},
    {"device", "approved", "devices", "approved"},
    {"device", "_deleted", "devices", "deleted"},
};

constexpr FieldColumn kTables[] = {
    {"record", nullptr, "records", nullptr},       {"code", nullptr, "codes", nullptr},
    {"coding", nullptr, "codings", nullptr},       {"comment", nullptr, "comments", nullptr},
    {"review", nullptr, "review_states", nullptr}, {"device", nullptr, "devices", nullptr},
};

// The plain text of a CBOR text value, or a null QString for any other type.
QString textOf(const QByteArray &cbor)
{
    if (cbor.isEmpty() || (quint8(cbor.at(0)) >> 5) != 3)
        return {};
    return QCborValue::fromCbor(cbor).toString();
}

void bindCbor(Statement &st, int index, const QByteArray &cbor)
{
    const QCborValue v = QCborValue::fromCbor(cbor);
    switch (v.type()) {
    case QCborValue::Integer:
        st.bind(index, v.toInteger());
        break;
    case QCborValue::False:
    case QCborValue::True:
        st.bind(index, qint64(v.toBool() ? 1 : 0));
        break;
    case QCborValue::Double:
        st.bindDouble(index, v.toDouble());
        break;
    case QCborValue::String:
        st.bindText(index, v.toString());
        break;
    case QCborValue::ByteArray:
        st.bind(index, v.toByteArray());
        break;
    case QCborValue::Null:
    case QCborValue::Undefined:
        st.bindNull(index);
        break;
    default:
        st.bind(index, cbor);
        break;
    }
}

} // namespace

Projector::Projector(Database &db)
    : m_db(db)
{}

Projector::~Projector() = default;

Projector::Column Projector::columnFor(const QString &entity, const QString &field)
{
    const QByteArray e = entity.toUtf8();
    const QByteArray f = field.toUtf8();
    for (const FieldColumn &c : kColumns) {
        if (e == c.entity && f == c.field)
            return {c.table, c.column};
    }
    for (const FieldColumn &t : kTables) {
        if (e == t.entity)
            return {t.table, nullptr};
    }
    return {nullptr, nullptr};
}

Statement &Projector::cached(const QByteArray &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<Statement>(m_db.handle(), sql.constData()));
    return **it;
}

Status Projector::check(int rc, const char *what)
{
    if (rc == SQLITE_DONE || rc == SQLITE_OK || rc == SQLITE_ROW)
        return {};
    return m_db.errorFor(rc, QString::fromLatin1(what));
}

Result<Projector::Winner> Projector::winner(const QString &entity, const QByteArray &row,
                                            const QString &field)
{
    Statement &st = cached("SELECT hlc, origin, rowid FROM field_values "
                           "WHERE entity = ?1 AND row = ?2 AND field = ?3");
    st.bindText(1, entity).bind(2, row).bindText(3, field);
    Winner w;
    const int rc = st.step();
    if (rc == SQLITE_ROW) {
        w.exists = true;
        w.hlc = quint64(st.columnInt64(0));
        w.origin = st.columnBlob(1);
        w.rowid = st.columnInt64(2);
    }
    st.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return check(rc, "reading a value").error();
    return w;
}

Status Projector::setWinner(const Op &op, const Winner &previous)
{
    const QString text = textOf(op.value);
    qint64 rowid = previous.rowid;
    if (previous.exists) {
        Statement &st = cached("UPDATE field_values SET value = ?1, text = ?2, hlc = ?3, "
                               "origin = ?4 WHERE rowid = ?5");
        st.bind(1, op.value);
        text.isNull() ? st.bindNull(2) : st.bindText(2, text);
        st.bind(3, qint64(op.hlc)).bind(4, op.origin).bind(5, rowid);
        if (Status s = check(st.run(), "updating a value"); !s)
            return s;
    } else {
        Statement &st = cached("INSERT INTO field_values(entity, row, field, value, text, hlc, "
                               "origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        st.bindText(1, op.entity).bind(2, op.row).bindText(3, op.field).bind(4, op.value);
        text.isNull() ? st.bindNull(5) : st.bindText(5, text);
        st.bind(6, qint64(op.hlc)).bind(7, op.origin);
        if (Status s = check(st.run(), "storing a value"); !s)
            return s;
        rowid = sqlite3_last_insert_rowid(m_db.handle());
    }

    if (op.entity == QLatin1String("record") && !op.field.startsWith(QLatin1Char('_'))) {
        if (previous.exists) {
            Statement &del = cached("DELETE FROM record_text WHERE rowid = ?1");
            del.bind(1, rowid);
            if (Status s = check(del.run(), "updating the search index"); !s)
                return s;
        }
        if (!text.isEmpty()) {
            Statement &ins = cached("INSERT INTO record_text(rowid, text) VALUES (?1, ?2)");
            ins.bind(1, rowid).bindText(2, text);
            if (Status s = check(ins.run(), "updating the search index"); !s)
                return s;
        }
    }
    return updateTyped(op, true);
}

Status Projector::touch(const Op &op)
{
    return updateTyped(op, false);
}

Status Projector::updateTyped(const Op &op, bool winner)
{
    const Column c = columnFor(op.entity, op.field);
    if (!c.table)
        return {};
    const bool setColumn = winner && c.column;
    const bool creation = setColumn && std::strcmp(c.column, "form_id") == 0;
    QByteArray sql = QByteArray("INSERT INTO ") + c.table + "(id, updated_hlc";
    if (setColumn)
        sql += QByteArray(", ") + c.column;
    if (creation)
        sql += ", created_hlc, author";
    sql += ") VALUES (?1, ?2";
    if (setColumn)
        sql += ", ?3";
    if (creation)
        sql += ", ?2, ?4";
    sql += ") ON CONFLICT(id) DO UPDATE SET updated_hlc = max(updated_hlc, excluded.updated_hlc)";
    if (setColumn)
        sql += QByteArray(", ") + c.column + " = excluded." + c.column;
    if (creation)
        sql += ", created_hlc = excluded.created_hlc, author = excluded.author";

    Statement &st = cached(sql);
    st.bind(1, op.row).bind(2, qint64(op.hlc));
    if (setColumn)
        bindCbor(st, 3, op.value);
    if (creation)
        st.bind(4, op.origin);
    return check(st.run(), "updating a projection");
}

Status Projector::setConflict(const QString &entity, const QByteArray &row, const QString &field,
                              const QList<OpId> &ops)
{
    if (ops.isEmpty()) {
        Statement &st =
            cached("DELETE FROM conflicts WHERE entity = ?1 AND row = ?2 AND field = ?3");
        st.bindText(1, entity).bind(2, row).bindText(3, field);
        return check(st.run(), "closing a conflict");
    }
    QCborArray list;
    for (const OpId &id : ops)
        list.append(QCborArray{id.origin, qint64(id.counter)});
    Statement &st = cached("INSERT OR REPLACE INTO conflicts(entity, row, field, ops) "
                           "VALUES (?1, ?2, ?3, ?4)");
    st.bindText(1, entity).bind(2, row).bindText(3, field).bind(4, CanonicalCbor::encode(list));
    return check(st.run(), "recording a conflict");
}

} // namespace vigia
