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
    enum class Nesting
    {
        // Inside another transaction: a SAVEPOINT, undone alone on failure.
        Savepoint,
        // Inside another transaction: part of it, without a savepoint.
        // commit() does nothing; a failure (destroyed without commit) rolls
        // back the whole outer transaction, whose commit then fails, so no
        // part of it is ever kept. For bulk work whose callers give up on
        // any failure: within a savepoint SQLite copies every page it
        // changes into the statement journal and walks that journal at the
        // end of each statement that needs a journal of its own (an upsert
        // with triggers), which grows with the savepoint's work.
        Join,
    };

    explicit Transaction(Database &db, Nesting nesting = Nesting::Savepoint);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] const Status &begun() const { return m_begun; }
    [[nodiscard]] Status commit();
    // Whether this is inside an outer transaction (a savepoint or joined).
    [[nodiscard]] bool isNested() const { return m_nested; }

private:
    Database &m_db;
    Status m_begun;
    bool m_open = false;
    bool m_nested = false;
    bool m_joined = false;
};

} // namespace vigia
