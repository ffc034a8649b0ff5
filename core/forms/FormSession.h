#pragma once

#include "common/Result.h"
#include "forms/CompiledForm.h"
#include "forms/expr/ExprContext.h"
#include "forms/expr/ExprGraph.h"
#include "forms/expr/ExprNode.h"
#include "forms/FieldIssue.h"
#include "forms/FormAnswers.h"
#include "forms/FormDefinition.h"
#include "forms/FormPath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QStringList>

#include <vector>

namespace vigia {

// One record being filled in against a form: the validation engine. It keeps
// the answers (FormAnswers), and the state the form's expressions derive from
// them (relevance, calculated values, required, read-only, constraint
// results, the choices a choice_filter leaves), and after each change
// re-evaluates only the expressions that depend on the changed field
// (ExprGraph::dependents), so that long forms stay responsive. What follows
// from the form alone (rows, parsed expressions, the graph) is a CompiledForm
// shared by every session of the form version; validateAll() is
// FormValidation's.
//
// Addresses (FormPath, docs/form-format.md "Addressing answers"): a field
// outside repeats is its name ("age"); inside a repeat every enclosing repeat
// instance is named with its 1-based number: "members[2]/age",
// "members[2]/children[1]/name". "members" alone is the repeat as a whole
// (instanceCount, addInstance) and "members[2]" one instance (its relevance,
// removeInstance). Groups appear in addresses only when a repeat level uses
// a name twice ("members[2]/respondent/age"); ${x} only reads a name used
// once in the form.
//
// As in ODK, a field that is not relevant (its own `relevant` or that of an
// enclosing group or repeat instance is false) reads as empty in every
// expression, is ignored by validation and is dropped by finalizedValues().
// Inside a repeat, ${x} means x of the same instance; outside it, ${x} means
// every instance (sum(), count(), max(), min() aggregate them).
class FormSession : public ExprContext
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FormSession)

public:
    // A choice as a person sees it: its name and its label in the session's
    // language.
    struct Choice
    {
        QString name;
        QString label;
        friend bool operator==(const Choice &, const Choice &) = default;
    };

    // More instances than this in one repeat is refused (a typo such as
    // "members[20000]/age" must not build a huge record).
    static constexpr int kMaxInstances = 1000;

    // Builds the session, applies defaults and the start/today metadata, and
    // evaluates every expression once. The form is compiled once per
    // definition and cached (CompiledForm::get). `now` fixes the clock (tests); when
    // invalid, the session reads the system clock. Repeats start with the
    // instances their repeat_count asks for, else with none.
    [[nodiscard]] static Result<FormSession> start(const FormDefinition &definition,
                                                   const QDateTime &now = {});

    // The language of messages and choice labels; falls back to the form's
    // default language, then to any language present.
    void setLanguage(const QString &language) { m_language = language; }
    [[nodiscard]] const QString &language() const { return m_language; }
    // Decides the decimal separator accepted besides '.'.
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // The id of this device, stored in every `deviceid` metadata field (and
    // re-evaluating what reads them).
    void setDeviceId(const QString &deviceId);

    // Stores an answer ("" clears it) and returns, in form order, the
    // addresses whose derived state changed (relevance, required, read-only,
    // calculated value, constraint result, available choices, evaluation
    // errors). Refuses unknown fields, fields without an answer (groups,
    // notes), calculated and read-only ones. Repeat instances named by the
    // address that do not exist yet are added (so that stored values load
    // in any order), unless a repeat_count decides their number.
    [[nodiscard]] Result<QStringList> setValue(const QString &path, const QString &value);
    // The answer as entered, or the calculated value as text.
    [[nodiscard]] QString text(const QString &path) const;

    [[nodiscard]] bool isRelevant(const QString &path) const;
    [[nodiscard]] bool isRequired(const QString &path) const;
    [[nodiscard]] bool isReadOnly(const QString &path) const;

    // Repeats. `repeatPath` names the repeat inside its enclosing instances
    // ("members", "members[2]/children"). Adding and removing are refused for
    // a repeat whose repeat_count decides the number of instances.
    [[nodiscard]] int instanceCount(const QString &repeatPath) const;
    // Appends an instance and returns its address ("members[3]").
    [[nodiscard]] Result<QString> addInstance(const QString &repeatPath);
    // Removes an instance ("members[2]"); the later ones move up one number.
    [[nodiscard]] Status removeInstance(const QString &instancePath);
    // Every address of a field that holds an answer or a calculated value,
    // in form order, instance by instance: what an editor shows.
    [[nodiscard]] QStringList fieldPaths() const;

    // The choices of a select field that its choice_filter leaves (all of
    // them without a filter), in list order, then "other" when the field has
    // or_other; labels in the session's language.
    [[nodiscard]] QList<Choice> availableChoices(const QString &path) const;

    // Every problem of every relevant field, in form order; issues name the
    // field's address ("members[2]/age").
    [[nodiscard]] QList<FieldIssue> validateAll() const;
    // The answers to keep when the record is finalized, keyed by address:
    // relevant fields only, calculated values included, empty answers left
    // out, `end` set to now; and for every repeat with instances, its address
    // ("members", "members[1]/children") → the number of instances, so that
    // an instance with no answers still counts.
    [[nodiscard]] QMap<QString, QString> finalizedValues() const;
    // Re-evaluates every expression: after the clock moved on (today() and
    // now() are not dependencies), or to measure a full validation.
    void refresh();

    // How many expressions have been evaluated since start() returned or the
    // last reset (an expression inside a repeat counts once per instance);
    // the benchmark compares it with dependentExpressions().
    [[nodiscard]] int evaluationCount() const { return m_evaluations; }
    void resetEvaluationCount() { m_evaluations = 0; }
    // How many expressions of the form a change of field `field` (a name,
    // not an address) re-evaluates, counting each once.
    [[nodiscard]] int dependentExpressions(const QString &field) const;
    // How many expressions the form has.
    [[nodiscard]] int expressionCount() const;

    // ExprContext
    [[nodiscard]] ExprValue value(const QString &name) const override;
    [[nodiscard]] ExprValue currentValue() const override;
    [[nodiscard]] QList<ExprValue> repeatValues(const QString &name) const override;
    [[nodiscard]] QString choiceLabel(const QString &field, const QString &choice) const override;
    [[nodiscard]] ExprValue choiceColumn(const QString &column) const override;
    [[nodiscard]] int position(const QString &name) const override;
    [[nodiscard]] QDateTime now() const override;

private:
    using Chain = FormAnswers::Chain;
    using Column = CompiledForm::Column;
    using Expression = CompiledForm::Expression;
    using FieldState = FormAnswers::FieldState;
    using Slot = FormAnswers::Slot;

    // What setValue() compares to tell which addresses changed.
    struct Snapshot
    {
        bool relevant;
        bool required;
        bool readOnly;
        bool constraintHolds;
        QString computed;
        QStringList available;
        QMap<int, QString> errors;
        friend bool operator==(const Snapshot &, const Snapshot &) = default;
    };

    // While setValue() runs: the state of an address before it was
    // re-evaluated, to report what changed.
    struct Pending
    {
        QString field;
        Chain chain;
        Snapshot before;
        bool structural = false; // a repeat that gained or lost instances
    };

    explicit FormSession(CompiledForm::Ptr form);

    [[nodiscard]] const CompiledForm &form() const { return *m_form; }
    void applyDefaults(const QStringList &scope, const Chain &prefix, bool expressions);
    void evaluateSubtree(const QStringList &scope, const Chain &prefix);
    void propagate(QHash<QString, QList<Chain>> dirty, const QList<int> &ids);
    // Evaluates expression `id` in the instance `chain`; true when the
    // number of instances of a repeat changed.
    bool evaluate(int id, const Chain &chain);
    void evaluateFilter(const Expression &e, FieldState &state);
    // Evaluates `tree` as `field`'s in the instance `chain`.
    [[nodiscard]] Result<ExprValue> evaluateAs(const ExprNode &tree, const QString &field,
                                               const QStringList &scope, const Chain &chain);
    // Sets the number of instances (FormAnswers::resize) and fills the
    // literal defaults and metadata of those created new.
    QList<Chain> resize(const QString &repeat, const Chain &parent, int count);
    // After instances were added or removed: re-evaluates the repeat's
    // instances (positions moved), fills the new ones' defaults and, when
    // `dependents`, what reads the repeat's fields.
    void structureChanged(const QString &repeat, const Chain &parent, const QList<Chain> &added,
                          bool dependents);
    void remember(const QString &field, const Chain &chain);
    void rememberSubtree(const QString &field, const Chain &chain);
    [[nodiscard]] Status ensureInstances(const QStringList &scope, const Chain &chain);
    [[nodiscard]] Snapshot snapshot(const QString &field, const Chain &chain) const;
    [[nodiscard]] ExprValue valueAt(const QString &field, const Chain &chain) const;

    // Shared with every session of the same form version (CompiledForm::get).
    CompiledForm::Ptr m_form;
    FormAnswers m_answers;
    QString m_language;
    QLocale m_locale;
    QDateTime m_now;
    // What is being evaluated: the expression's owner, scope and instance,
    // and the choice a filter is testing.
    QString m_current;
    QStringList m_currentScope;
    Chain m_currentChain;
    const FormChoice *m_choice = nullptr;
    // While setValue() runs: every address re-evaluated, keyed by address.
    QHash<QString, Pending> *m_before = nullptr;
    QString m_deviceId;
    int m_evaluations = 0;
};

} // namespace vigia
