#pragma once

#include "common/Result.h"
#include "store/Record.h"
#include "store/RecordFilter.h"
#include "store/RecordSummary.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUuid>

#include <functional>

namespace vigia {

class Database;
class OpLog;

// The records API. Every change is written as ops through the OpLog, one
// transaction per call, so a call either happens completely or not at all.
// Work on a draft (and on a reopened record) goes to the device's private
// chain and never leaves it; finalize() publishes the record's state, with
// its codings, onto the shared chain (docs/store.md, "Drafts are private").
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RecordStore)

public:
    using Values = QList<QPair<QString, QCborValue>>;
    // Called by finalize() inside its write transaction with the record as
    // stored at that moment: judges it and returns what finalizing writes
    // (non-relevant answers emptied, calculated ones stored), or why the
    // record cannot be finalized.
    using Finalizing = std::function<Result<Values>(const Record &current)>;

    RecordStore(Database &db, OpLog &log);

    [[nodiscard]] Result<QUuid> create(const QString &formId, const QString &formVersion,
                                       const Values &values = {}, bool finalize = false);
    [[nodiscard]] Status setValues(const QUuid &id, const Values &values);
    // Finalizes as stored, without judging the values: for callers that
    // have none to judge (imports of finalized data, tests).
    [[nodiscard]] Status finalize(const QUuid &id);
    // Reads the draft, lets `prepare` judge it and name the writes, writes
    // them and publishes the record, all in one write transaction: no other
    // writer can change the record between the judgement and the status.
    [[nodiscard]] Status finalize(const QUuid &id, const Finalizing &prepare);
    [[nodiscard]] Status reopen(const QUuid &id);
    [[nodiscard]] Status remove(const QUuid &id);
    [[nodiscard]] Status restore(const QUuid &id);

    [[nodiscard]] Result<Record> get(const QUuid &id);
    [[nodiscard]] Result<QList<Record>> list(const RecordFilter &filter);
    [[nodiscard]] Result<int> count(const RecordFilter &filter);
    // One page of list lines, ordered by filter.sort, for lazy views.
    [[nodiscard]] Result<QList<RecordSummary>> summaries(const RecordFilter &filter);
    // How many records summaries() finds with this filter, paging aside.
    // With `cap` > 0 counting stops after cap + 1: a word in most of 100 000
    // narratives takes half a second to count exactly, a tenth to bound.
    [[nodiscard]] Result<int> summaryCount(const RecordFilter &filter, int cap = 0);
    // Creates many records in one transaction: imports and test data.
    [[nodiscard]] Result<QList<QUuid>> createMany(const QString &formId, const QString &formVersion,
                                                  const QList<Values> &records,
                                                  bool finalize = false);
    // The words a search matches, as the full-text query reads them (each a
    // prefix): what a view highlights.
    [[nodiscard]] static QStringList searchWords(const QString &search);

    // A field name a form may use: a letter, then letters, digits, '_', '-'
    // or '.'; or a repeat address such as members[2]/age. Names starting with
    // '_' are reserved for Vigia's own fields.
    [[nodiscard]] static bool isValidFieldName(const QString &name);
    // Accepts a record id with or without braces.
    [[nodiscard]] static Result<QUuid> parseId(const QString &text);

private:
    enum class Need
    {
        Any,
        Draft,
        Finalized,
        Deleted,
        NotDeleted
    };
    // Where a change is written.
    enum class Chain
    {
        Private, // working state: drafts and reopened records
        Shared,  // leaves the device with the next bundle
        AsBefore // shared once the record has ever been shared, else private
    };
    [[nodiscard]] Status change(const QUuid &id, Need need, const Values &ops, Chain chain);
    // The record as it is now, if it meets `need`; call inside a Transaction.
    [[nodiscard]] Result<Record> check(const QUuid &id, Need need);
    [[nodiscard]] Status write(const QUuid &id, const Values &ops, Chain chain);
    [[nodiscard]] Status publishCodings(const QByteArray &record);
    [[nodiscard]] Status checkValues(const Values &values) const;
    // Reads the page of a search that matches few records from the
    // full-text index into `page`; false when it matches too many for that.
    // `query` is the filter's search as an FTS5 query.
    [[nodiscard]] Result<bool> indexFirstPage(const RecordFilter &filter, const QString &query,
                                              QList<RecordSummary> &page);
    [[nodiscard]] Status writeAll(const QByteArray &row, const Values &values, bool shared);

    Database &m_db;
    OpLog &m_log;
};

} // namespace vigia
