#include "db/Transaction.h"

#include "db/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace vigia {

namespace {
// One name serves every level: SQLite releases or rolls back to the most
// recent savepoint of that name, which is always this object's.
constexpr const char *kSavepoint = "SAVEPOINT vigia_nested";
constexpr const char *kRelease = "RELEASE vigia_nested";
constexpr const char *kRollbackTo = "ROLLBACK TO vigia_nested";
} // namespace

Transaction::Transaction(Database &db, Nesting nesting)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
    , m_joined(m_nested && nesting == Nesting::Join)
{
    if (m_joined) {
        m_open = true;
        return;
    }
    const int rc = sqlite3_exec(db.handle(), m_nested ? kSavepoint : "BEGIN IMMEDIATE", nullptr,
                                nullptr, nullptr);
    if (rc != SQLITE_OK) {
        m_begun =
            db.errorFor(rc, QCoreApplication::translate("vigia::Transaction", "starting a change"));
        return;
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_joined) {
        // No savepoint to go back to: nothing of the outer transaction may
        // be kept. Its own commit then fails ("no transaction is active").
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    } else if (m_nested) {
        // ROLLBACK TO keeps the savepoint open; RELEASE then removes it
        // without committing anything of the outer transaction.
        sqlite3_exec(m_db.handle(), kRollbackTo, nullptr, nullptr, nullptr);
        sqlite3_exec(m_db.handle(), kRelease, nullptr, nullptr, nullptr);
    } else {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status() : m_begun;
    if (m_joined) {
        m_open = false;
        return {};
    }
    const int rc =
        sqlite3_exec(m_db.handle(), m_nested ? kRelease : "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return m_db.errorFor(
            rc, QCoreApplication::translate("vigia::Transaction", "saving the change"));
    m_open = false;
    return {};
}

} // namespace vigia
