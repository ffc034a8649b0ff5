#include "db/Statement.h"

#include "db/StatementCache.h"

#include <sqlite3.h>

namespace vigia {

Statement::Statement(sqlite3 *db, const char *sql)
{
    m_prepareRc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_prepareRc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::Statement(StatementCache &cache, QByteArrayView sql)
    : m_cache(&cache)
{
    m_stmt = cache.take(sql, &m_slot, &m_prepareRc);
}

Statement::~Statement()
{
    if (m_cache)
        m_cache->giveBack(m_slot, m_stmt);
    else
        sqlite3_finalize(m_stmt);
}

bool Statement::keep(const QByteArray &bytes)
{
    // Bytes from fromRawData (no capacity of their own) belong to someone
    // else, who may free them before the step: those SQLite copies.
    if (bytes.capacity() == 0)
        return false;
    m_kept.append(bytes);
    return true;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, QByteArrayView blob)
{
    // An empty blob must stay a blob, not NULL, so give SQLite a valid pointer.
    static const char empty = 0;
    sqlite3_bind_blob(m_stmt, index, blob.isEmpty() ? &empty : blob.data(), int(blob.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isEmpty() || !keep(blob))
        return bind(index, QByteArrayView(blob));
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindText(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || !keep(utf8))
        return bindTextUtf8(index, utf8);
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindTextUtf8(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

int Statement::step()
{
    if (!m_stmt)
        return m_prepareRc != SQLITE_OK ? m_prepareRc : SQLITE_MISUSE;
    return sqlite3_step(m_stmt);
}

int Statement::run()
{
    int rc;
    while ((rc = step()) == SQLITE_ROW) {
    }
    reset();
    return rc;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_kept.clear();
}

qint64 Statement::columnInt64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::columnDouble(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QByteArray Statement::columnBlob(int col) const
{
    const void *data = sqlite3_column_blob(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    return QByteArray(static_cast<const char *>(data), n);
}

QString Statement::columnText(int col) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return QString::fromUtf8(data, n);
}

QByteArrayView Statement::columnView(int col) const
{
    const void *data = sqlite3_column_blob(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    return {static_cast<const char *>(data), n};
}

bool Statement::columnIsNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

int Statement::columnType(int col) const
{
    return sqlite3_column_type(m_stmt, col);
}

} // namespace vigia
