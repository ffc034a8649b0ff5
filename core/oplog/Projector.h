#pragma once

#include "common/Result.h"
#include "oplog/OpId.h"
#include "oplog/SearchIndex.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <memory>
#include <optional>

namespace vigia {

class Database;
class Statement;
struct Op;

// Keeps the projections of the op log up to date: field_values (the winner of
// every key), the typed tables (records, codes, codings, comments, review
// states, devices), the full-text index and the open conflicts. Called inside
// the transaction that stores the op, so a projection never lags its log.
class Projector
{
public:
    explicit Projector(Database &db);
    ~Projector();

    // Rows created on this device's private chain (OpLog::privateOrigin) name
    // the device itself as their author.
    void setPrivateAuthor(const QByteArray &privateOrigin, const QByteArray &author)
    {
        m_privateOrigin = privateOrigin;
        m_privateAuthor = author;
    }

    // Merges one stored op into every projection: the key's winner (greatest
    // (hlc, origin)), its heads and open conflict, the typed tables and the
    // full-text index. `supersedesPrivate`: the op is this device's own
    // shared write, which replaces on its key the device's private working
    // state (OpLog::write); see mergeExisting.
    [[nodiscard]] Status apply(const Op &op, bool supersedesPrivate = false);
    // Writes the rows' last-change times and the search text gathered by
    // apply(). Call before the transaction commits; a batch of ops on one
    // record costs one write.
    [[nodiscard]] Status flush();
    // Forgets what flush() would write: the transaction was rolled back.
    void discard()
    {
        m_pending.clear();
        m_search.discard();
    }

    // The value of (entity, row, field) was redacted for every op with
    // hlc <= before: if the current value is one of them, it becomes
    // Op::redactedValue() (its merge key kept in field_values.redacted_key),
    // its text leaves the search index and its typed column is cleared.
    [[nodiscard]] Status redact(const QString &entity, const QByteArray &row, const QString &field,
                                quint64 before);
    // Schema 8: value keys became digests (MergeRules::valueKey), so every
    // key's kept ops are recomputed from the log. Runs before any value was
    // redacted, like rebuildConflicts, which reads values from the log.
    [[nodiscard]] static Status rekeyValues(Database &db);
    // Recomputes every key's kept ops (field_values.heads) and open conflict
    // from the op log, for stores written under older merge rules. Reads
    // every op once; the caller holds the transaction.
    [[nodiscard]] static Status rebuildConflicts(Database &db);

private:
    struct Column
    {
        const char *table;
        const char *column; // nullptr: the field has no typed column
        int index;          // the column's place in the typed column list; -1 without
    };
    // What apply() changed on one typed row, written by flush() in one upsert:
    // a record's creation sets five indexed columns, and writing them one by
    // one moved its entry in each index several times.
    struct PendingRow
    {
        quint64 touched = 0; // greatest hlc applied
        // (Column::index, CBOR value) of the columns set, by index.
        QVarLengthArray<QPair<int, QByteArray>, 8> values;
        std::optional<quint64> createdHlc; // set when a creation op (the form id) is among them
        QByteArray author;
    };
    [[nodiscard]] static Column columnFor(const QString &entity, const QString &field);
    // Statements borrowed from the connection's cache (Database::statements);
    // `sql` is a literal, a generated one is kept alive by the cache's key.
    [[nodiscard]] Statement cached(const char *sql);
    [[nodiscard]] Statement cached(const QByteArray &sql);
    [[nodiscard]] Status mergeExisting(const Op &op, const QByteArray &text,
                                       bool supersedesPrivate);
    // Tells the search index that a record's text answer changed.
    // `oldText` and `text` are UTF-8; null means the value is not text.
    void noteText(const Op &op, const QByteArray &oldText, const QByteArray &text);
    [[nodiscard]] Status updateTyped(const Op &op, bool winner);
    [[nodiscard]] Status writeRow(const char *table, const QByteArray &id, const PendingRow &row);
    [[nodiscard]] Status setConflict(const QString &entity, const QByteArray &row,
                                     const QString &field, const QList<OpId> &ops);
    [[nodiscard]] Status check(int rc, const char *what);

    Database &m_db;
    // (table, row) -> what apply() changed on it since the last flush()
    QHash<QPair<const char *, QByteArray>, PendingRow> m_pending;
    QHash<QByteArray, QByteArray> m_columnSql; // "table|columns" -> its upsert
    SearchIndex m_search;
    QByteArray m_privateOrigin;
    QByteArray m_privateAuthor;
};

} // namespace vigia
