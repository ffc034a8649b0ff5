#pragma once

#include "ExprContext.h"
#include "ExprGraph.h"
#include "ExprNode.h"
#include "FieldIssue.h"
#include "FormDefinition.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QStringList>

namespace vigia {

// One record being filled in against a form: the validation engine. It keeps
// the answers, and the state the form's expressions derive from them
// (relevance, calculated values, required, read-only, constraint results),
// and after each change re-evaluates only the expressions that depend on the
// changed field (ExprGraph::dependents), so that long forms stay responsive.
//
// As in ODK, a field that is not relevant (its own `relevant` or that of an
// enclosing group is false) reads as empty in every expression, is ignored by
// validation and is dropped by finalizedValues().
//
// Not yet supported: repeats (start() refuses a form with one), choice
// filters, repeat_count, and the deviceid metadata.
class FormSession : public ExprContext
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FormSession)

public:
    // Builds the session, applies defaults and the start/today metadata, and
    // evaluates every expression once. `now` fixes the clock (tests); when
    // invalid, the session reads the system clock.
    [[nodiscard]] static Result<FormSession> start(const FormDefinition &definition,
                                                   const QDateTime &now = {});

    // The language of messages and choice labels; falls back to the form's
    // default language, then to any language present.
    void setLanguage(const QString &language) { m_language = language; }
    [[nodiscard]] const QString &language() const { return m_language; }
    // Decides the decimal separator accepted besides '.'.
    void setLocale(const QLocale &locale) { m_locale = locale; }

    // Stores an answer ("" clears it) and returns, in form order, the fields
    // whose derived state changed (relevance, required, read-only, calculated
    // value, constraint result, evaluation errors). Refuses unknown fields,
    // fields without an answer (groups, notes), calculated and read-only ones.
    [[nodiscard]] Result<QStringList> setValue(const QString &field, const QString &value);
    // The answer as entered, or the calculated value as text.
    [[nodiscard]] QString text(const QString &field) const;

    [[nodiscard]] bool isRelevant(const QString &field) const;
    [[nodiscard]] bool isRequired(const QString &field) const;
    [[nodiscard]] bool isReadOnly(const QString &field) const;

    // Every problem of every relevant field, in form order.
    [[nodiscard]] QList<FieldIssue> validateAll() const;
    // The answers to keep when the record is finalized: relevant fields only,
    // calculated values included, empty answers left out; `end` set to now.
    [[nodiscard]] QMap<QString, QString> finalizedValues() const;

    // How many expressions have been evaluated since start() returned or the
    // last reset; the benchmark compares it with dependentExpressions().
    [[nodiscard]] int evaluationCount() const { return m_evaluations; }
    void resetEvaluationCount() { m_evaluations = 0; }
    // How many expressions a change of `field` re-evaluates.
    [[nodiscard]] int dependentExpressions(const QString &field) const;
    // How many expressions the form has.
    [[nodiscard]] int expressionCount() const;

    // ExprContext
    [[nodiscard]] ExprValue value(const QString &name) const override;
    [[nodiscard]] ExprValue currentValue() const override;
    [[nodiscard]] QString choiceLabel(const QString &field, const QString &choice) const override;
    [[nodiscard]] QDateTime now() const override;

private:
    enum class Column
    {
        Relevant,
        Calculation,
        Required,
        ReadOnly,
        Constraint,
        Default, // only for errors: defaults are evaluated once, at start
        // Not an expression: ties a field to its group in the graph, so that
        // a change of the group's relevance flows on to what reads the field.
        Enclosing,
    };

    struct Expression
    {
        QString owner;
        Column column;
        ExprNode::Ptr tree;
    };

    // What the expressions decided for one field.
    struct FieldState
    {
        bool selfRelevant = true;
        bool required = false;
        bool readOnly = false;
        bool constraintHolds = true;
        QMap<int, QString> errors; // Column → message
    };

    // What setValue() compares to tell which fields changed.
    struct Snapshot
    {
        bool relevant;
        bool required;
        bool readOnly;
        bool constraintHolds;
        QString computed;
        QMap<int, QString> errors;
        friend bool operator==(const Snapshot &, const Snapshot &) = default;
    };

    FormSession() = default;

    [[nodiscard]] Status addRows(const QList<FormRow> &rows, const QString &parent);
    [[nodiscard]] Status addExpression(const FormRow &row, const QString &column, Column kind);
    void applyDefaults(bool expressions);
    void evaluateAll();
    void evaluate(int id);
    void evaluate(const QList<int> &ids);
    [[nodiscard]] ExprValue fieldValue(const QString &field) const;
    [[nodiscard]] Snapshot snapshot(const QString &field) const;
    [[nodiscard]] bool isComputed(const FormRow &row) const;
    [[nodiscard]] QString columnName(int column) const;

    FormDefinition m_definition;
    QStringList m_order;                  // every row name, in form order
    QHash<QString, int> m_position;       // name → index in m_order
    QHash<QString, FormRow> m_rows;       // name → row (children included)
    QHash<QString, QString> m_parent;     // name → enclosing group
    QHash<QString, QString> m_values;     // answers as entered
    QHash<QString, ExprValue> m_computed; // results of calculations
    QHash<QString, FieldState> m_state;
    ExprGraph m_graph;
    QList<Expression> m_expressions; // by graph id
    QString m_language;
    QLocale m_locale;
    QDateTime m_now;
    QString m_current; // the field whose expression is being evaluated
    int m_evaluations = 0;
};

} // namespace vigia
