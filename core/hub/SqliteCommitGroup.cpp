#include "hub/SqliteCommitGroup.h"

#include "common/LogCategories.h"
#include "db/Transaction.h"

#include <QFileInfo>

#include <map>
#include <memory>

namespace vigia {

SqliteCommitGroup &SqliteCommitGroup::of(const QString &path)
{
    static QMutex registry;
    static std::map<QString, std::unique_ptr<SqliteCommitGroup>> groups;
    const QMutexLocker lock(&registry);
    std::unique_ptr<SqliteCommitGroup> &group = groups[QFileInfo(path).absoluteFilePath()];
    if (!group)
        group = std::make_unique<SqliteCommitGroup>();
    return *group;
}

Status SqliteCommitGroup::run(Database &db, const Work &work)
{
    return m_queue.run(work, {}, [&](const auto &take) {
        // Lead: wait for the writer lock first, so that what queues up while
        // the previous writer finishes goes into this one transaction.
        const QMutexLocker writer(&m_writer);
        return commit(db, take());
    });
}

Status SqliteCommitGroup::commit(Database &db, const Queue::Batch &batch)
{
    Transaction group(db);
    if (!group.begun())
        return group.begun();
    for (Queue::Item *item : batch) {
        Transaction one(db); // a savepoint: a failure undoes this work only
        if (!one.begun()) {
            item->result = one.begun();
            continue;
        }
        item->result = (*item->work)(db);
        if (item->result)
            item->result = one.commit();
    }
    if (batch.size() > 1)
        qCDebug(lcHub) << "committed" << batch.size() << "bundle completions together";
    return group.commit();
}

} // namespace vigia
