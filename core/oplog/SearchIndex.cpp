#include "oplog/SearchIndex.h"

#include "common/CanonicalCbor.h"
#include "db/Database.h"
#include "db/Statement.h"

#include <QCoreApplication>
#include <QList>

#include <sqlite3.h>

namespace vigia {

namespace {

struct TextAnswer
{
    QByteArray field;
    QByteArray text; // UTF-8, never empty
};

struct RecordText
{
    QByteArray summary; // null: no text answer at all
    QByteArray other;   // null: no second text answer
    [[nodiscard]] bool isNull() const { return summary.isNull() && other.isNull(); }
    bool operator==(const RecordText &o) const = default;
};

qsizetype characters(const QByteArray &utf8)
{
    qsizetype n = 0;
    for (const char c : utf8)
        n += (uchar(c) & 0xC0) != 0x80;
    return n;
}

// `answers` come by field name. The narrative is the summary when it has
// text; otherwise the longest answer (the first of equals) stands for the
// record.
RecordText compose(const QList<TextAnswer> &answers)
{
    qsizetype pick = -1;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (answers[i].field == "narrative") {
            pick = i;
            break;
        }
    }
    if (pick < 0) {
        qsizetype longest = 0;
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const qsizetype n = characters(answers[i].text);
            if (n > longest) {
                longest = n;
                pick = i;
            }
        }
    }
    RecordText out;
    if (pick < 0)
        return out;
    out.summary = answers[pick].text;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (i == pick)
            continue;
        if (!out.other.isNull())
            out.other += '\n';
        out.other += answers[i].text;
    }
    return out;
}

QByteArray nullable(const Statement &st, int col)
{
    return st.columnIsNull(col) ? QByteArray() : st.columnBlob(col);
}

void bindNullable(Statement &st, int index, const QByteArray &utf8)
{
    utf8.isNull() ? st.bindNull(index) : st.bindTextUtf8(index, utf8);
}

} // namespace

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
    , m_indexable(db)
{}

Status SearchIndex::check(int rc) const
{
    if (rc == SQLITE_DONE || rc == SQLITE_OK || rc == SQLITE_ROW)
        return {};
    return m_db.errorFor(
        rc, QCoreApplication::translate("vigia::SearchIndex", "updating the search index"));
}

Status SearchIndex::flush()
{
    Status result;
    for (const QByteArray &row : std::as_const(m_changed)) {
        result = update(row);
        if (!result)
            break;
    }
    m_changed.clear();
    m_indexable.forget();
    return result;
}

Status SearchIndex::update(const QByteArray &row)
{
    qint64 rowid = 0;
    RecordText old;
    {
        Statement st(m_db.statements(), "SELECT rowid, summary, other_text, form_id, "
                                        "form_version FROM records WHERE id = ?1");
        st.bind(1, row);
        const int rc = st.step();
        if (rc == SQLITE_DONE)
            return {}; // not a record row yet: nothing lists or finds it
        if (rc != SQLITE_ROW)
            return check(rc);
        rowid = st.columnInt64(0);
        old = {nullable(st, 1), nullable(st, 2)};
        if (Status s = m_indexable.load(st.columnBlob(3), st.columnBlob(4)); !s)
            return s;
    }
    QList<TextAnswer> answers;
    {
        Statement st(m_db.statements(),
                     "SELECT field, value FROM field_values WHERE entity = 'record' AND "
                     "row = ?1 AND substr(field, 1, 1) <> '_' ORDER BY field");
        st.bind(1, row);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            const QByteArray text = CanonicalCbor::textPayload(st.columnBlob(1));
            if (!text.isEmpty() && m_indexable.allows(st.columnBlob(0)))
                answers.append({st.columnBlob(0), text});
        }
        if (rc != SQLITE_DONE)
            return check(rc);
    }
    const RecordText now = compose(answers);
    if (now == old)
        return {};
    // External content: removing an entry needs the text it was indexed with,
    // which is exactly what the row holds until the update below.
    if (!old.isNull()) {
        Statement del(m_db.statements(), "INSERT INTO record_text(record_text, rowid, summary, "
                                         "other_text) VALUES ('delete', ?1, ?2, ?3)");
        del.bind(1, rowid);
        bindNullable(del, 2, old.summary);
        bindNullable(del, 3, old.other);
        if (Status s = check(del.run()); !s)
            return s;
    }
    {
        Statement up(m_db.statements(),
                     "UPDATE records SET summary = ?1, other_text = ?2 WHERE rowid = ?3");
        bindNullable(up, 1, now.summary);
        bindNullable(up, 2, now.other);
        up.bind(3, rowid);
        if (Status s = check(up.run()); !s)
            return s;
    }
    if (now.isNull())
        return {};
    Statement ins(m_db.statements(),
                  "INSERT INTO record_text(rowid, summary, other_text) VALUES (?1, ?2, ?3)");
    ins.bind(1, rowid);
    bindNullable(ins, 2, now.summary);
    bindNullable(ins, 3, now.other);
    return check(ins.run());
}

Status SearchIndex::rebuild(Database &db)
{
    SearchIndex index(db);
    Statement rows(db.handle(), "SELECT id FROM records");
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW)
        index.markChanged(rows.columnBlob(0));
    if (Status s = index.check(rc); !s)
        return s;
    return index.flush();
}

} // namespace vigia
