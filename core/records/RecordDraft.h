#pragma once

#include "common/Result.h"
#include "forms/FormDefinition.h"
#include "forms/FormSession.h"
#include "store/RecordStore.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vigia {

// One record being filled in against its form version: the use case the
// desktop editor (through RecordDocument) and `vigiactl` share, so that an
// answer typed in either is stored as the same bytes (equal values must be
// equal CBOR, or two devices open a conflict over nothing).
//
// A FormSession fed with the stored answers, plus the rules of editing:
// which fields a person may set, how an answer is written down (canonical(),
// docs/form-format.md "Stored values"), what the form fills in by itself
// (automatic()) and what finalizing writes (finalized()). Answers are stored
// as CBOR text; an emptied answer as null. Stored answers are read as they
// are; only answers assigned in this draft are respelled.
class RecordDraft
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RecordDraft)

public:
    // Why an answer was refused or what is wrong with it. The first five
    // refuse the assignment (isRefusal()), as does Invalid (the engine
    // refused it); the others are the engine's validation.
    enum class IssueKind
    {
        Unknown,      // the form has no such field
        NotAQuestion, // a note, group or repeat: holds no answer
        Automatic,    // metadata Vigia fills in (start, today, deviceid…)
        Calculated,   // the form calculates it
        ReadOnly,     // the form's read_only holds for it now
        Type,         // not of the field's type
        Constraint,   // breaks the field's constraint
        Required,     // missing, and needed to finalize
        Evaluation,   // one of the field's expressions failed
        Invalid,      // anything else the engine refused (a wrong repeat address…)
    };

    // One problem with one field; the message is in the draft's language.
    struct Issue
    {
        QString field;
        IssueKind kind = IssueKind::Invalid;
        QString message;
        friend bool operator==(const Issue &, const Issue &) = default;
    };

    // Starts the session in `language` (messages, choice labels) and
    // `locale` (the decimal separator accepted besides '.'), with `deviceId`
    // for deviceid fields and `now` for the clock (invalid: the system's),
    // then loads `stored` as it is: answers the form cannot take (renamed,
    // calculated) are left out of the session, and each repeat's stored
    // number of instances brings back instances that hold no answer.
    [[nodiscard]] static Result<RecordDraft> start(const FormDefinition &form,
                                                   const QMap<QString, QCborValue> &stored,
                                                   const QString &language, const QLocale &locale,
                                                   const QString &deviceId = {},
                                                   const QDateTime &now = {});

    [[nodiscard]] const FormDefinition &form() const { return m_form; }
    // The engine, for reading: relevance, choices, messages, instances.
    [[nodiscard]] const FormSession &session() const { return m_session; }
    [[nodiscard]] const QLocale &locale() const { return m_locale; }
    [[nodiscard]] const QString &language() const { return m_session.language(); }
    void setLanguage(const QString &language) { m_session.setLanguage(language); }

    // Sets one answer in its canonical spelling. Returns the addresses whose
    // state changed (FormSession::setValue), or why it was refused.
    [[nodiscard]] Result<QStringList> set(const QString &path, const QString &text);
    // Sets answers in order (CBOR text; other CBOR is read with textOf()).
    // Returns, one per field and in that order, the refusals and the
    // problems of the fields set and of the fields whose state the change
    // affected; missing required answers are left to finalizing.
    [[nodiscard]] QList<Issue> assign(const RecordStore::Values &answers);
    [[nodiscard]] QList<Issue> assign(const QString &path, const QString &text);
    // Puts an answer back exactly as it was (undoing the removal of a
    // repeat instance): not respelled, not counted as assigned.
    [[nodiscard]] Result<QStringList> restore(const QString &path, const QString &text);

    // Repeats ("members", "members[2]/children"); see FormSession.
    [[nodiscard]] Result<QString> addInstance(const QString &repeat);
    [[nodiscard]] Status removeInstance(const QString &instance);
    // Every repeat (under `repeat` and `repeat` itself, or all of them),
    // by address, with its number of instances.
    [[nodiscard]] QMap<QString, int> instanceCounts(const QString &repeat = {}) const;

    // Every problem of the record, one per field (the first found is the one
    // to fix first), with or without the missing required answers.
    [[nodiscard]] QList<Issue> issues(bool withRequired = true) const;

    // The assignments as they are to be stored, one per address, in the
    // order first assigned.
    [[nodiscard]] const RecordStore::Values &assigned() const { return m_assigned; }
    [[nodiscard]] bool isAssigned(const QString &path) const { return m_index.contains(path); }
    // What the form filled in (start and today metadata, deviceid, defaults)
    // that neither the stored answers nor an assignment gave: stored with a
    // new record.
    [[nodiscard]] RecordStore::Values automatic() const;
    // The writes that turn `stored` into the finalized answers: relevant
    // answers and calculated values (FormSession::finalizedValues), null for
    // every other stored answer to a field of this form. An answer to a field
    // the form does not have was never loaded and is left as it is. An answer
    // stored before and not assigned in this draft keeps its bytes when it
    // reads the same.
    [[nodiscard]] RecordStore::Values finalized(const QMap<QString, QCborValue> &stored) const;

    // The form row an answer's address (members[2]/age) is for; nullptr for
    // an instance address or a name the form does not have.
    [[nodiscard]] const FormRow *rowOf(const QString &address) const;
    // Whether `address` names a repeat as a whole ("members"), whose stored
    // value is its number of instances.
    [[nodiscard]] bool isRepeatAddress(const QString &address) const;

    [[nodiscard]] static bool isRefusal(IssueKind kind);
    // The one spelling of `text` as an answer to `row`, for every type
    // (docs/form-format.md, "Stored values"): free text as typed; the rest
    // trimmed, numbers in plain '.' decimal notation, lists one space apart,
    // dates and times in ISO 8601. What is not of the type stays as typed,
    // so that the engine reports it.
    [[nodiscard]] static QString canonical(const FormRow &row, const QString &text,
                                           const QLocale &locale);
    // A stored value as the engine reads it: text as it is, numbers other
    // tools stored as CBOR numbers in plain decimal notation.
    [[nodiscard]] static QString textOf(const QCborValue &value);
    // What storing `text` writes: the text, or null for an empty answer.
    [[nodiscard]] static QCborValue storedValue(const QString &text);

private:
    RecordDraft(FormSession session, const FormDefinition &form, const QLocale &locale);

    [[nodiscard]] Result<QStringList> apply(const QString &path, const QString &text,
                                            IssueKind *kind);
    [[nodiscard]] QString refusal(const QString &field, IssueKind *kind) const;
    [[nodiscard]] QList<Issue> sessionIssues(const QSet<QString> &fields, bool withRequired) const;
    [[nodiscard]] QMap<QString, int> countsOf(const QList<FormRow> &rows,
                                              const QString &prefix) const;

    FormSession m_session;
    FormDefinition m_form;
    QLocale m_locale;
    QSet<QString> m_loaded; // addresses that came from the store
    RecordStore::Values m_assigned;
    QHash<QString, qsizetype> m_index; // address → place in m_assigned
};

} // namespace vigia
