#pragma once

#include "common/Result.h"
#include "oplog/IndexableFields.h"

#include <QByteArray>
#include <QSet>

namespace vigia {

class Database;

// Keeps each record's list text and its full-text entry. A record's text
// answers are split in two columns of `records`: `summary` (the narrative,
// else the longest text answer: the line the Records list shows) and
// `other_text` (every other text answer, by field name, one per line).
// `record_text` indexes both as one FTS5 entry per record, with the record's
// row id, so a search finds records without a lookup per matched value.
// Answers to fields the record's form marks sensitive are left out of all
// three (IndexableFields).
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);

    // A text answer of the record with this op-log row changed (or may have).
    void markChanged(const QByteArray &row) { m_changed.insert(row); }
    // Rewrites the text columns and index entries of the changed records.
    // Call inside the transaction, once their `records` rows exist.
    [[nodiscard]] Status flush();
    // Forgets the changed records: the transaction was rolled back.
    void discard() { m_changed.clear(); }

    // Fills the text columns of every record and rebuilds the index from
    // them (schema 6). The caller holds the transaction.
    [[nodiscard]] static Status rebuild(Database &db);

private:
    [[nodiscard]] Status update(const QByteArray &row);
    [[nodiscard]] Status check(int rc) const;

    Database &m_db;
    QSet<QByteArray> m_changed;
    IndexableFields m_indexable;
};

} // namespace vigia
