#pragma once

#include "common/Result.h"

namespace vigia {

class Database;

// A write transaction taken with BEGIN IMMEDIATE, so writers from the app and
// vigiactl serialize at the start instead of failing at commit. Rolls back
// unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] const Status &begun() const { return m_begun; }
    [[nodiscard]] Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace vigia
