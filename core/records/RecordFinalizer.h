#pragma once

#include "common/Result.h"
#include "records/RecordDraft.h"
#include "store/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QUuid>

namespace vigia {

class Workspace;

// Finalizing a record, as the editor and `vigiactl record finalize` do it:
// in one write transaction the draft is read as stored, `values` are
// assigned to it, its form version judges it, the answers finalizing
// changes (non-relevant ones emptied, calculated ones stored) are written
// and the record is published (RecordStore::finalize). Another writer can
// change nothing in between, and an answer the form version does not know
// is left as it is (RecordDraft::finalized).
// A record a coordinator sent back with "needs changes" becomes "received"
// again in the same transaction (ReviewStore::resubmit).
class RecordFinalizer
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RecordFinalizer)

public:
    // `language` is the form's (messages, choice labels), `locale` reads
    // decimal commas in `values`.
    RecordFinalizer(Workspace &ws, QString language, QLocale locale);

    // A Validation error when the record cannot be finalized; issues() then
    // lists every problem, one per field. The store is unchanged on failure.
    [[nodiscard]] Status finalize(const QUuid &id, const RecordStore::Values &values = {});

    [[nodiscard]] const QList<RecordDraft::Issue> &issues() const { return m_issues; }
    // The answers the last successful finalize() wrote besides the status.
    [[nodiscard]] const RecordStore::Values &written() const { return m_written; }

private:
    [[nodiscard]] Result<RecordStore::Values> prepare(const Record &current,
                                                      const RecordStore::Values &values);

    Workspace &m_ws;
    QString m_language;
    QLocale m_locale;
    QList<RecordDraft::Issue> m_issues;
    RecordStore::Values m_written;
};

} // namespace vigia
