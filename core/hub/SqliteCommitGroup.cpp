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
    Item mine;
    mine.work = &work;
    QMutexLocker lock(&m_mutex);
    m_queue.append(&mine);
    while (!mine.done) {
        if (m_leading) {
            m_finished.wait(&m_mutex);
            continue;
        }
        // Lead: wait for the writer lock first, so that what queues up while
        // the previous writer finishes goes into this one transaction.
        m_leading = true;
        lock.unlock();
        {
            const QMutexLocker writer(&m_writer);
            lock.relock();
            const QList<Item *> batch = std::exchange(m_queue, {});
            lock.unlock();
            commit(db, batch);
        }
        lock.relock();
        m_leading = false;
        m_finished.wakeAll();
    }
    return mine.result;
}

void SqliteCommitGroup::commit(Database &db, const QList<Item *> &batch)
{
    const auto finish = [&](const Status &failure) {
        const QMutexLocker lock(&m_mutex);
        for (Item *item : batch) {
            if (!failure)
                item->result = failure;
            item->done = true;
        }
    };
    Transaction group(db);
    if (!group.begun())
        return finish(group.begun());
    for (Item *item : batch) {
        Transaction one(db); // a savepoint: a failure undoes this work only
        if (!one.begun()) {
            item->result = one.begun();
            continue;
        }
        item->result = (*item->work)(db);
        if (item->result)
            item->result = one.commit();
    }
    const Status committed = group.commit();
    if (committed) {
        const QMutexLocker lock(&m_mutex);
        ++m_commits;
    }
    if (batch.size() > 1)
        qCDebug(lcHub) << "committed" << batch.size() << "bundle completions together";
    finish(committed);
}

quint64 SqliteCommitGroup::commits() const
{
    const QMutexLocker lock(&m_mutex);
    return m_commits;
}

int SqliteCommitGroup::waiting() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

} // namespace vigia
