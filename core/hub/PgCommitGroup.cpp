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
    return m_queue.run(work, order, [&](const auto &take) { return commit(c, take()); });
}

Status PgCommitGroup::commit(Connection &c, Queue::Batch &batch)
{
    std::stable_sort(batch.begin(), batch.end(), [](const Queue::Item *a, const Queue::Item *b) {
        return a->order < b->order;
    });
    const QString what = PgHubStore::tr("storing the bundle");
    const Status committed = c.transact<void>(what, [&](pqxx::work &t) -> Status {
        for (Queue::Item *item : batch) {
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
    return committed;
}

} // namespace vigia
