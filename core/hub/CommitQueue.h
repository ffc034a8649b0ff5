#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <utility>

namespace vigia {

// The queue behind a group commit (SqliteCommitGroup, PgCommitGroup): the
// callers that arrive while one of them (the leader) commits wait in it,
// and the next leader takes all of them into one transaction. Every caller
// returns only once its own work is committed or has failed.
template <typename Work> class CommitQueue
{
public:
    struct Item
    {
        const Work *work = nullptr;
        QByteArray order; // how a batch may be sorted (PgCommitGroup: the project)
        Status result;    // the work's own outcome, set by the leader
        bool done = false;
    };
    using Batch = QList<Item *>;

    // Queues `work` and waits until it is done. When this caller leads, it
    // calls lead(take) without the queue's lock: `lead` calls take() once it
    // may write (it gets every item queued until then, this one included),
    // commits them, sets each item's result and returns the commit's
    // status; an item of a failed commit gets that failure.
    template <typename Lead> Status run(const Work &work, const QByteArray &order, Lead &&lead)
    {
        Item mine;
        mine.work = &work;
        mine.order = order;
        QMutexLocker lock(&m_mutex);
        m_queue.append(&mine);
        while (!mine.done) {
            if (m_leading) {
                m_finished.wait(&m_mutex);
                continue;
            }
            m_leading = true;
            lock.unlock();
            Batch batch;
            const auto take = [this, &batch]() -> Batch & {
                const QMutexLocker taking(&m_mutex);
                batch = std::exchange(m_queue, {});
                return batch;
            };
            const Status committed = lead(take);
            lock.relock();
            if (committed)
                ++m_commits;
            for (Item *item : batch) {
                if (!committed)
                    item->result = committed;
                item->done = true;
            }
            m_leading = false;
            m_finished.wakeAll();
        }
        return mine.result;
    }

    // Transactions committed, and callers waiting for the next one.
    [[nodiscard]] quint64 commits() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_commits;
    }
    [[nodiscard]] int waiting() const
    {
        const QMutexLocker lock(&m_mutex);
        return int(m_queue.size());
    }

private:
    mutable QMutex m_mutex; // guards everything below
    QWaitCondition m_finished;
    Batch m_queue;
    bool m_leading = false;
    quint64 m_commits = 0;
};

} // namespace vigia
