#pragma once

#include "common/Result.h"

namespace vigia {

class Database;

// A write transaction taken with BEGIN IMMEDIATE, so writers from the app and
// vigiactl serialize at the start instead of failing at commit. Rolls back
// unless commit() succeeded.
//
// Taken while another Transaction of the same connection is open, it is a
// SAVEPOINT inside it: the inner work can be undone alone, and nothing is
// durable before the outermost commit. That lets one bundle import (checks,
// OpLog::apply, recording the bundle) be one transaction although each part
// also works alone.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] const Status &begun() const { return m_begun; }
    [[nodiscard]] Status commit();
    // Whether this is a savepoint inside an outer transaction.
    [[nodiscard]] bool isNested() const { return m_nested; }

private:
    Database &m_db;
    Status m_begun;
    bool m_open = false;
    bool m_nested = false;
};

} // namespace vigia
