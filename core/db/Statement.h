#pragma once

#include "db/StatementCache.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

struct sqlite3;
struct sqlite3_stmt;

namespace vigia {

// A prepared statement on the raw connection. The hot paths (applying ops,
// saving records) use this rather than QSqlQuery: no QVariant per value, and
// statements prepared once and reset per row.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    // Borrows a prepared statement for `sql` from the connection's cache and
    // gives it back, reset, when destroyed: for queries run again and again.
    Statement(StatementCache &cache, QByteArrayView sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] int prepareResult() const { return m_prepareRc; }
    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, QByteArrayView blob);
    // Binds without a copy: the statement keeps `blob` (shared, not copied)
    // until it is reset. Values, hashes and ids are bound per op.
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindText(int index, const QString &text);
    Statement &bindTextUtf8(int index, QByteArrayView utf8);
    Statement &bindDouble(int index, double value);
    Statement &bindNull(int index);

    // Returns SQLITE_ROW, SQLITE_DONE or an error code.
    [[nodiscard]] int step();
    // Steps to completion; SQLITE_DONE on success.
    [[nodiscard]] int run();
    void reset();

    [[nodiscard]] qint64 columnInt64(int col) const;
    [[nodiscard]] double columnDouble(int col) const;
    [[nodiscard]] QByteArray columnBlob(int col) const;
    [[nodiscard]] QString columnText(int col) const;
    // The column's bytes without a copy: valid until the next step or reset.
    [[nodiscard]] QByteArrayView columnView(int col) const;
    [[nodiscard]] bool columnIsNull(int col) const;
    [[nodiscard]] int columnType(int col) const;

private:
    // True when `bytes` owns its buffer and was kept for the statement to
    // read in place; false when SQLite must copy it.
    bool keep(const QByteArray &bytes);

    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareRc = 0;
    StatementCache *m_cache = nullptr;
    StatementCache::Slot *m_slot = nullptr; // where the statement goes back
    QVarLengthArray<QByteArray, 12> m_kept; // bound in place, until reset
};

} // namespace vigia
