#pragma once

// Private to the PostgreSQL backend's files, like PgHubStore_p.h: it names
// the backend's connection.

#include "common/Result.h"
#include "hub/CommitQueue.h"
#include "hub/PgHubStore.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace pqxx {
class transaction_base;
}

namespace vigia {

// Group commit of bundle stores for one hub database inside this process,
// as SqliteCommitGroup is for SQLite. A store locks its project's row so
// that seqs commit in order, and holds that lock through its commit's WAL
// flush: one bundle per flush per project, whatever the number of
// connections (about 290 bundles/s on this machine's disk). Here a leader
// takes every store that queued up while the previous transaction
// committed and runs them in one transaction on its own connection, each in
// a savepoint so that one that fails takes no other down, under one lock
// and one flush. Every caller returns once its work is committed, so an
// acknowledged bundle is still durable. Several hub processes each group
// their own; the project's row lock still orders them.
class PgCommitGroup
{
public:
    using Connection = PgHubStore::Connection;
    // One caller's work, run on the leader's connection inside `t` (a
    // savepoint of the shared transaction); it may run more than once when
    // the server asks for the transaction again (a deadlock), so it sets
    // its outputs afresh each time.
    using Work = std::function<Status(pqxx::transaction_base &t, Connection &c)>;

    // The group of the database at `uri`, shared by every store of this
    // process that opens it.
    [[nodiscard]] static PgCommitGroup &of(const QString &uri);

    // Runs `work` with the work other threads submit meanwhile; `order` (the
    // project id) sorts a batch so that two processes lock projects in the
    // same order. Returns the work's own error, or the commit's.
    [[nodiscard]] Status run(Connection &c, const QByteArray &order, const Work &work);

    // For tests: transactions committed by run(), and how many callers wait
    // for the next one.
    [[nodiscard]] quint64 commits() const { return m_queue.commits(); }
    [[nodiscard]] int waiting() const { return m_queue.waiting(); }

private:
    using Queue = CommitQueue<Work>;

    [[nodiscard]] Status commit(Connection &c, Queue::Batch &batch);

    Queue m_queue;
};

} // namespace vigia
