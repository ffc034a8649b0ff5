#pragma once

#include "common/Result.h"
#include "hub/CommitQueue.h"

#include <QRecursiveMutex>
#include <QString>

#include <functional>

namespace vigia {

class Database;

// Group commit for one SQLite hub database inside this process
// (docs/hub-api.md, "Storage"). Every write of the hub takes the file's
// writer lock first (SQLite lets one connection write at a time, and a
// mutex wakes a waiter sooner than SQLite's busy handler). Bundle
// completions go through run(): while one thread (the leader) holds the
// lock and commits, the completions that arrive meanwhile queue up, and
// the next leader commits all of them in one transaction, one fsync, each
// in a savepoint of its own so one that fails takes no other down. Every
// caller returns only once its work is committed, so an acknowledged bundle
// is still durable; under load the fsyncs per bundle fall below one.
class SqliteCommitGroup
{
public:
    // The work of one caller, run on the leader's connection (`db`) inside
    // the shared transaction. It must use only `db`.
    using Work = std::function<Status(Database &db)>;

    // The group of the database file at `path`, shared by every store that
    // opens it in this process.
    [[nodiscard]] static SqliteCommitGroup &of(const QString &path);

    [[nodiscard]] QRecursiveMutex *writer() { return &m_writer; }
    // Runs `work` in a transaction shared with the work other threads
    // submitted meanwhile; returns once that transaction is committed (or
    // the work's own error, or the commit's).
    [[nodiscard]] Status run(Database &db, const Work &work);

    // For tests and statistics: transactions committed by run(), and how
    // many callers are waiting for the next one.
    [[nodiscard]] quint64 commits() const { return m_queue.commits(); }
    [[nodiscard]] int waiting() const { return m_queue.waiting(); }

private:
    using Queue = CommitQueue<Work>;

    [[nodiscard]] Status commit(Database &db, const Queue::Batch &batch);

    QRecursiveMutex m_writer;
    Queue m_queue;
};

} // namespace vigia
