#pragma once

#include "common/Result.h"
#include "forms/FormDefinition.h"
#include "records/RecordDraft.h"
#include "store/RecordStore.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>

namespace vigia {

// vigiactl's view of one record against its form version: a RecordDraft
// (the rules the desktop editor follows too, so both store the same bytes),
// with the issues put in words scripts can rely on.
class RecordCheck
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RecordCheck)

public:
    // One failing field. `kind` is a stable word for scripts (kindWord()).
    struct Issue
    {
        QString field;
        QString kind;
        QString message;
    };

    // See RecordDraft::start.
    [[nodiscard]] static Result<RecordCheck> start(const FormDefinition &form,
                                                   const QMap<QString, QCborValue> &stored,
                                                   const QString &language, const QLocale &locale,
                                                   const QString &deviceId = {});

    // See RecordDraft::assign; missing required answers are left to finalize.
    [[nodiscard]] QList<Issue> assign(const RecordStore::Values &assignments);
    // Every problem of the record, missing required answers included, one per field.
    [[nodiscard]] QList<Issue> finalIssues() const;

    [[nodiscard]] const RecordStore::Values &assigned() const { return m_draft.assigned(); }
    [[nodiscard]] RecordStore::Values automatic() const { return m_draft.automatic(); }
    [[nodiscard]] RecordStore::Values finalized(const QMap<QString, QCborValue> &stored) const
    {
        return m_draft.finalized(stored);
    }

    // unknown, not_a_question, automatic, calculated, read_only, type,
    // constraint, required, evaluation, invalid.
    [[nodiscard]] static QString kindWord(RecordDraft::IssueKind kind);
    [[nodiscard]] static QJsonArray toJson(const QList<Issue> &issues);
    // The draft's issues as the command line reports them.
    [[nodiscard]] static QList<Issue> inWords(const FormDefinition &form,
                                              const QList<RecordDraft::Issue> &issues);

private:
    explicit RecordCheck(RecordDraft draft)
        : m_draft(std::move(draft))
    {}

    [[nodiscard]] QList<Issue> inWords(const QList<RecordDraft::Issue> &issues) const
    {
        return inWords(m_draft.form(), issues);
    }

    RecordDraft m_draft;
};

} // namespace vigia
