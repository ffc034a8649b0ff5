#pragma once

#include "common/Result.h"
#include "store/Comment.h"
#include "store/Role.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

namespace vigia {

class Database;
class OpLog;

// Comment threads on records (entity "comment", row = a fresh id; fields
// `record`, `field` and `text` written in one OpLog::append), synced like any
// entity. A coordinator comments on any record; a record's author on its own
// records only (mayWrite(), here and on import: FeedbackCheck). The thread
// is read from the typed projection `comments` (record, field) and the
// text, author and time of each comment's `text` op in field_values.
class CommentStore
{
    Q_DECLARE_TR_FUNCTIONS(vigia::CommentStore)

public:
    static constexpr const char *kEntity = "comment";
    static constexpr const char *kRecord = "record";
    static constexpr const char *kField = "field";
    static constexpr const char *kText = "text";
    static constexpr int kMaxLength = 10000;

    CommentStore(Database &db, OpLog &log, Role role);

    [[nodiscard]] static bool mayWrite(Role role, bool isAuthor)
    {
        return role == Role::Coordinator || isAuthor;
    }

    // Device id (16 bytes) -> a name people know it by, for Comment::authorName
    // (the project's manifest lives above this layer). Unknown devices read
    // as the first group of their id.
    void setDeviceNames(QHash<QByteArray, QString> names) { m_names = std::move(names); }

    // `field`: a form field's name, or empty for the whole record. Returns
    // the comment's id.
    [[nodiscard]] Result<QUuid> add(const QUuid &record, const QString &field, const QString &text);
    // The record's thread, oldest first.
    [[nodiscard]] Result<QList<Comment>> list(const QUuid &record);
    // Comments per record, for records that have any.
    [[nodiscard]] Result<QHash<QUuid, int>> counts();

private:
    [[nodiscard]] QString nameOf(const QByteArray &device) const;

    Database &m_db;
    OpLog &m_log;
    Role m_role;
    QHash<QByteArray, QString> m_names;
};

} // namespace vigia
