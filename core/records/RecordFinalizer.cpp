#include "records/RecordFinalizer.h"

#include "db/Transaction.h"
#include "store/FormStore.h"
#include "store/ReviewStore.h"
#include "store/Workspace.h"

#include <algorithm>

namespace vigia {

RecordFinalizer::RecordFinalizer(Workspace &ws, QString language, QLocale locale)
    : m_ws(ws)
    , m_language(std::move(language))
    , m_locale(std::move(locale))
{}

Status RecordFinalizer::finalize(const QUuid &id, const RecordStore::Values &values)
{
    m_issues.clear();
    m_written.clear();
    RecordStore::Values written;
    // One transaction: a record that needed changes is back to "received"
    // exactly when it is finalized again.
    Transaction txn(m_ws.database());
    if (!txn.begun())
        return txn.begun();
    Status done = m_ws.records().finalize(id, [&](const Record &current) {
        auto writes = prepare(current, values);
        if (writes)
            written = writes.value();
        return writes;
    });
    if (!done)
        return done;
    auto resubmitted = ReviewStore(m_ws.database(), m_ws.oplog(), m_ws.role()).resubmit(id);
    if (!resubmitted)
        return resubmitted.error();
    if (Status s = txn.commit(); !s)
        return s;
    m_written = written;
    return {};
}

Result<RecordStore::Values> RecordFinalizer::prepare(const Record &current,
                                                     const RecordStore::Values &values)
{
    auto form = m_ws.forms().get(current.formId, current.formVersion);
    if (!form) {
        if (form.error().code() != ErrorCode::NotFound)
            return form.error();
        return Error(ErrorCode::NotFound,
                     tr("Form %1 version %2 is not in this workspace, so record %3 cannot be "
                        "checked or finalized. Import that form version first.")
                         .arg(current.formId, current.formVersion,
                              current.id.toString(QUuid::WithoutBraces)));
    }
    auto draft = RecordDraft::start(form.value(), current.values, m_language, m_locale,
                                    m_ws.deviceId().toString(QUuid::WithoutBraces));
    if (!draft)
        return draft.error();
    RecordDraft &d = draft.value();
    m_issues = d.assign(values);
    for (const RecordDraft::Issue &issue : d.issues(true)) {
        const bool known = std::any_of(m_issues.cbegin(), m_issues.cend(),
                                       [&](const auto &i) { return i.field == issue.field; });
        if (!known)
            m_issues.append(issue);
    }
    if (!m_issues.isEmpty())
        return Error(
            ErrorCode::Validation,
            tr("Record %1 cannot be finalized: %n answer(s) need attention. The first: "
               "%2",
               nullptr, int(m_issues.size()))
                .arg(current.id.toString(QUuid::WithoutBraces),
                     m_issues.first().field + QStringLiteral(": ") + m_issues.first().message));
    // The assigned answers are among the finalized ones (or emptied, when
    // not relevant): finalized() compares the session with what is stored.
    RecordStore::Values writes = d.finalized(current.values);
    return writes;
}

} // namespace vigia
