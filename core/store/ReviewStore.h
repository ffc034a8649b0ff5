#pragma once

#include "common/Result.h"
#include "store/Record.h"
#include "store/ReviewEntry.h"
#include "store/ReviewState.h"
#include "store/Role.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

#include <functional>
#include <optional>

namespace vigia {

class Database;
class OpLog;

// Review states of finalized records (entity "review", row = the record's
// id, one field "state"), written as ops through the OpLog, one transaction
// per call, so they travel like any synced entity. Read from the typed
// projection review_states; a finalized record with no review op is
// Received. A coordinator sets any state on any record; a record's author
// only Received on its own record (re-finalizing one that needs changes):
// mayWrite(), here and on import (FeedbackCheck).
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ReviewStore)

public:
    static constexpr const char *kEntity = "review";
    static constexpr const char *kState = "state";

    // `role`: this device's. The device is the op log's.
    ReviewStore(Database &db, OpLog &log, Role role);

    [[nodiscard]] static bool mayWrite(Role role, bool isAuthor, ReviewState state)
    {
        return role == Role::Coordinator || (isAuthor && state == ReviewState::Received);
    }

    [[nodiscard]] Status set(const QUuid &record, ReviewState state);
    // Several records in one transaction, all or none (bulk approve).
    // Returns how many states were written.
    [[nodiscard]] Result<int> setAll(const QList<QUuid> &records, ReviewState state);
    // Called when a record is finalized again, inside the finalizing
    // transaction: a record that needs changes becomes Received. True when a
    // state was written.
    [[nodiscard]] Result<bool> resubmit(const QUuid &record);

    // The state of a finalized record; Validation when it is not finalized.
    [[nodiscard]] Result<ReviewState> state(const QUuid &record);
    // The states of those of `records` that have one: finalized ones, and
    // reopened ones that were reviewed before.
    [[nodiscard]] Result<QHash<QUuid, ReviewState>> states(const QList<QUuid> &records);
    // Finalized, not deleted records, newest first; only those in `only`
    // when given.
    [[nodiscard]] Result<QList<ReviewEntry>> list(std::optional<ReviewState> only = {});
    // Calls `visit` with every finalized, not deleted record of `formId`
    // whose state is one of `states`, its answers read, in the order the
    // records were stored; stops at the first error. A page of records and
    // their answers takes two queries, not one per record: monitoring reads
    // every report of a form each time a view opens. The records carry no
    // conflicted fields. With `country`, only the records of that country;
    // with `field`, only those whose answer to it is the text `text` (the
    // others' answers are not read: monitoring's regional view wants one
    // indicator's reports of a form that holds every indicator's).
    [[nodiscard]] Status forEachIn(const QString &formId, const QList<ReviewState> &states,
                                   const std::function<Status(const Record &)> &visit,
                                   const QString &country = {}, int pageSize = 500,
                                   const QString &field = {}, const QString &text = {});
    // The countries of the records forEachIn() would visit, sorted.
    [[nodiscard]] Result<QStringList> countriesIn(const QString &formId,
                                                  const QList<ReviewState> &states);
    // How many of this device's own records (not deleted) are in `state`.
    [[nodiscard]] Result<int> countMine(ReviewState state);

private:
    [[nodiscard]] Status write(const QUuid &record, ReviewState state);

    Database &m_db;
    OpLog &m_log;
    Role m_role;
};

} // namespace vigia
