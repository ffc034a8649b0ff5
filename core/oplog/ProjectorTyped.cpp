// Projector's typed tables (records, codes, codings, comments, review
// states, devices): which fields have a column, and the one upsert per row
// and batch that flush() writes.
#include "oplog/Projector.h"
#include "oplog/ReservedFields.h"

#include "db/Statement.h"
#include "oplog/Op.h"

#include <QCborValue>
#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
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
    {"record", ReservedField::kForm.data(), "records", "form_id"},
    {"record", ReservedField::kFormVersion.data(), "records", "form_version"},
    {"record", ReservedField::kStatus.data(), "records", "status"},
    {"record", ReservedField::kDeleted.data(), "records", "deleted"},
    {"record", "country", "records", "country"},
    {"record", "date", "records", "event_date"},
    {"code", "parent", "codes", "parent"},
    {"code", "name_en", "codes", "name_en"},
    {"code", "name_es", "codes", "name_es"},
    {"code", "name_pt", "codes", "name_pt"},
    {"code", "color", "codes", "color"},
    {"code", "description", "codes", "description"},
    {"code", ReservedField::kDeleted.data(), "codes", "deleted"},
    {"coding", "record", "codings", "record_id"},
    {"coding", "field", "codings", "field"},
    {"coding", "code", "codings", "code_id"},
    {"coding", "start", "codings", "start_pos"},
    {"coding", "end", "codings", "end_pos"},
    {"coding", "quote", "codings", "quote"},
    {"coding", "memo", "codings", "memo"},
    {"coding", ReservedField::kDeleted.data(), "codings", "deleted"},
    {"comment", "record", "comments", "record_id"},
    {"comment", "field", "comments", "field"},
    {"comment", "body", "comments", "body"},
    {"comment", "author", "comments", "author"},
    {"comment", ReservedField::kDeleted.data(), "comments", "deleted"},
    {"review", "state", "review_states", "state"},
    {"review", "note", "review_states", "note"},
    {"review", "reviewer", "review_states", "reviewer"},
    {"device", "name", "devices", "name"},
    {"device", "role", "devices", "role"},
    {"device", "sign_pk", "devices", "sign_pk"},
    {"device", "box_pk", "devices", "box_pk"},
    {"device", "country_scope", "devices", "country_scope"},
    {"device", "approved", "devices", "approved"},
    {"device", ReservedField::kDeleted.data(), "devices", "deleted"},
};

constexpr FieldColumn kTables[] = {
    {"record", nullptr, "records", nullptr},       {"code", nullptr, "codes", nullptr},
    {"coding", nullptr, "codings", nullptr},       {"comment", nullptr, "comments", nullptr},
    {"review", nullptr, "review_states", nullptr}, {"device", nullptr, "devices", nullptr},
};

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

constexpr int kColumnCount = int(std::size(kColumns));
static_assert(kColumnCount <= 64, "a row's set columns are named by one bit each");

// The upsert of a row of `table` setting the columns in `mask` (one bit per
// place in kColumns; and, on a creation, who created the row and when), and
// its last-change time.
QByteArray upsertSql(const char *table, quint64 mask, bool creation)
{
    QByteArray names = "id";
    QByteArray params = "?1";
    QByteArray sets;
    int param = 1;
    const auto add = [&](const QByteArray &column) {
        names += ", " + column;
        params += ", ?" + QByteArray::number(++param);
    };
    for (int i = 0; i < kColumnCount; ++i) {
        if (!(mask & (quint64(1) << i)))
            continue;
        add(kColumns[i].column);
        sets += QByteArray(kColumns[i].column) + " = excluded." + kColumns[i].column + ", ";
    }
    if (creation) {
        add("created_hlc");
        add("author");
        // The earliest creation counts: a draft's form id is written again
        // when finalizing publishes it.
        sets += "created_hlc = min(coalesce(created_hlc, excluded.created_hlc), "
                "excluded.created_hlc), author = excluded.author, ";
    }
    add("updated_hlc");
    sets += "updated_hlc = max(updated_hlc, excluded.updated_hlc)";
    return QByteArray("INSERT INTO ") + table + "(" + names + ") VALUES (" + params +
           ") ON CONFLICT(id) DO UPDATE SET " + sets;
}

} // namespace

Projector::Column Projector::columnFor(const QString &entity, const QString &field)
{
    // Asked for every op: compared in place, without converting the names.
    for (int i = 0; i < kColumnCount; ++i) {
        const FieldColumn &c = kColumns[i];
        if (entity == QLatin1String(c.entity) && field == QLatin1String(c.field))
            return {c.table, c.column, i};
    }
    for (const FieldColumn &t : kTables) {
        if (entity == QLatin1String(t.entity))
            return {t.table, nullptr, -1};
    }
    return {nullptr, nullptr, -1};
}

Status Projector::updateTyped(const Op &op, bool winner)
{
    const Column c = columnFor(op.entity, op.field);
    if (!c.table)
        return {};
    PendingRow &row = m_pending[qMakePair(c.table, op.row)];
    row.touched = std::max(row.touched, op.hlc);
    if (!winner || !c.column)
        return {};
    // Later winners of a batch replace earlier ones, as one UPDATE after
    // another would; the row is written once, by flush().
    auto it = std::lower_bound(row.values.begin(), row.values.end(), c.index,
                               [](const auto &v, int index) { return v.first < index; });
    if (it != row.values.end() && it->first == c.index)
        it->second = op.value;
    else
        row.values.insert(it, {c.index, op.value});
    // Creation also records who created the row and when.
    if (std::strcmp(c.column, "form_id") == 0) {
        row.createdHlc = std::min(row.createdHlc.value_or(op.hlc), op.hlc);
        row.author = op.origin == m_privateOrigin ? m_privateAuthor : op.origin;
    }
    return {};
}

Status Projector::flush()
{
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it) {
        if (Status s = writeRow(it.key().first, it.key().second, it.value()); !s) {
            discard();
            return s;
        }
    }
    m_pending.clear();
    // After the rows exist: a record's first text arrives with its creation.
    return m_search.flush();
}

Status Projector::writeRow(const char *table, const QByteArray &id, const PendingRow &row)
{
    quint64 columns = 0;
    for (const auto &[index, value] : row.values)
        columns |= quint64(1) << index;
    const bool creation = row.createdHlc.has_value();
    const QByteArray key =
        QByteArray(table) + '|' + QByteArray::number(columns) + (creation ? "|created" : "");
    auto sql = m_columnSql.constFind(key);
    if (sql == m_columnSql.cend())
        sql = m_columnSql.insert(key, upsertSql(table, columns, creation));
    Statement st = cached(*sql);
    int param = 1;
    st.bind(param, id);
    for (const auto &[index, value] : row.values)
        bindCbor(st, ++param, value);
    if (creation) {
        st.bind(++param, qint64(*row.createdHlc));
        st.bind(++param, row.author);
    }
    st.bind(++param, qint64(row.touched));
    return check(st.run(), QT_TRANSLATE_NOOP("vigia::Projector", "updating a projection"));
}

} // namespace vigia
