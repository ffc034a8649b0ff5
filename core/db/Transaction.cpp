#include "db/Transaction.h"

#include "db/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace vigia {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    const int rc = sqlite3_exec(db.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        m_begun =
            db.errorFor(rc, QCoreApplication::translate("vigia::Transaction", "starting a change"));
        return;
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status() : m_begun;
    const int rc = sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return m_db.errorFor(
            rc, QCoreApplication::translate("vigia::Transaction", "saving the change"));
    m_open = false;
    return {};
}

} // namespace vigia
