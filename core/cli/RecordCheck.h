#pragma once

#include "FormDefinition.h"
#include "FormSession.h"
#include "RecordStore.h"
#include "Result.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QString>

namespace vigia {

// vigiactl's view of one record against its form version: a FormSession fed
// with the stored answers, plus the rules of the command line (which fields a
// person may set, how answers are written down). Answers are stored as CBOR
// text in a canonical spelling (see normalized()); an emptied answer as null.
class RecordCheck
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RecordCheck)

public:
    // One failing field. `kind` is a stable word for scripts: unknown,
    // not_a_question, automatic, calculated, read_only, type, constraint,
    // required, evaluation, invalid.
    struct Issue
    {
        QString field;
        QString kind;
        QString message;
    };

    // Starts the session in `language` (messages, choice labels) and
    // `locale` (the decimal separator accepted besides '.'), then loads the
    // stored answers; answers to fields the form does not have, or cannot
    // take, are left out of the session.
    [[nodiscard]] static Result<RecordCheck> start(const FormDefinition &form,
                                                   const QMap<QString, QCborValue> &stored,
                                                   const QString &language, const QLocale &locale);

    // Applies `assignments` (CBOR text). Returns, one per field and in that
    // order, the problems of the fields set and of the fields whose state
    // the change affected; missing required answers are left to finalize.
    [[nodiscard]] QList<Issue> assign(const RecordStore::Values &assignments);
    // Every problem of the record, missing required answers included, one per field.
    [[nodiscard]] QList<Issue> finalIssues() const;

    // The assignments as they are to be stored.
    [[nodiscard]] const RecordStore::Values &assigned() const { return m_assigned; }
    // What the form filled in when the session started (start and today
    // metadata, defaults) and no assignment replaced: stored with a new record.
    [[nodiscard]] RecordStore::Values automatic() const;
    // The writes that turn `stored` into the finalized answers: relevant
    // answers and calculated values (FormSession::finalizedValues), null for
    // every other stored answer.
    [[nodiscard]] RecordStore::Values finalized(const QMap<QString, QCborValue> &stored) const;

    // The canonical spelling of `text` for `row`: trimmed (except free
    // text), decimals with '.', select_multiple names one space apart.
    [[nodiscard]] static QString normalized(const FormRow &row, const QString &text,
                                            const QLocale &locale);
    // An answer as the session reads it; numbers stored by other tools as text.
    [[nodiscard]] static QString textOf(const QCborValue &value);
    [[nodiscard]] static QJsonArray toJson(const QList<Issue> &issues);

private:
    RecordCheck(FormSession session, const FormDefinition &form, const QLocale &locale);

    [[nodiscard]] QString refusal(const QString &field, QString *kind) const;
    // The form row an answer's name or repeat address (members[2]/age) is for.
    [[nodiscard]] const FormRow *rowOf(const QString &address) const;
    [[nodiscard]] QList<Issue> sessionIssues(const QSet<QString> &fields, bool withRequired) const;

    FormSession m_session;
    QString m_formId;
    QString m_version;
    QLocale m_locale;
    QHash<QString, FormRow> m_rows;
    QStringList m_order;
    RecordStore::Values m_assigned;
};

} // namespace vigia
