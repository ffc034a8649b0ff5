#include "hub/PgCommitGroup.h"

#include "hub/PgHubStore_p.h"

#include <algorithm>
#include <map>
#include <memory>

namespace vigia {

PgCommitGroup &PgCommitGroup::of(const QString &uri)
{
    static QMutex registry;
    static std::map<QString, std::unique_ptr<PgCommitGroup>> groups;
    const QMutexLocker lock(&registry);
    std::unique_ptr<PgCommitGroup> &group = groups[uri];
    if (!group)
        group = std::make_unique<PgCommitGroup>();
    return *group;
}

Status PgCommitGroup::run(Connection &c, const QByteArray &order, const Work &work)
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
        QList<Item *> batch = std::exchange(m_queue, {});
        lock.unlock();
        commit(c, std::move(batch));
        lock.relock();
        m_leading = false;
        m_finished.wakeAll();
    }
    return mine.result;
}

void PgCommitGroup::commit(Connection &c, QList<Item *> batch)
{
    std::stable_sort(batch.begin(), batch.end(),
                     [](const Item *a, const Item *b) { return a->order < b->order; });
    const QString what = PgHubStore::tr("storing the bundle");
    const Status committed = c.transact<void>(what, [&](pqxx::work &t) -> Status {
        for (Item *item : batch) {
            // A savepoint each: an error undoes this work only. A deadlock
            // or a lost connection ends the whole transaction, which
            // transact() runs again or reports for every item.
            try {
                pqxx::subtransaction one(t);
                item->result = (*item->work)(one, c);
                if (item->result)
                    one.commit();
                else
                    one.abort();
            } catch (const pqxx::transaction_rollback &) {
                throw;
            } catch (const pqxx::broken_connection &) {
                throw;
            } catch (...) {
                item->result = c.failure(what);
            }
        }
        return {};
    });
    if (batch.size() > 1)
        qCDebug(lcHub) << "committed" << batch.size() << "bundle stores together";
    const QMutexLocker lock(&m_mutex);
    if (committed)
        ++m_commits;
    for (Item *item : batch) {
        if (!committed)
            item->result = committed;
        item->done = true;
    }
}

quint64 PgCommitGroup::commits() const
{
    const QMutexLocker lock(&m_mutex);
    return m_commits;
}

int PgCommitGroup::waiting() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

} // namespace vigia
