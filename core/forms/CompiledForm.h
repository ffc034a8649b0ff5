#pragma once

#include "common/Result.h"
#include "forms/expr/ExprGraph.h"
#include "forms/expr/ExprNode.h"
#include "forms/FormDefinition.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace vigia {

// What the validation engine derives from a form definition alone: every row
// by its id (below) with its place in the form, its enclosing group or repeat and the
// repeats around it; every expression parsed once (relevant, calculation,
// required, read_only, constraint, choice_filter, repeat_count and the
// defaults that are expressions); the dependency graph and its order; the
// choices of each list. Building it parses every expression of the form, so
// it is built once per form version and shared: immutable after compile(),
// one instance serves every record of the form, on any thread. FormSession
// takes it from get(), which caches it (CompiledFormCache).
//
// Rows are known by an id. A name may be used again in another group or
// repeat (docs/form-format.md, "Names"), so the id is the name when the form
// uses it once, which is every row of most forms, and otherwise the
// enclosing repeats and the row's key ("members/name" beside a top-level
// "name"). The key is what an address ends with: the name, or the group
// path when the repeat level uses the name twice ("respondent/age"). Repeats
// and every name a ${…} reads are used once, so there all three are the same.
class CompiledForm
{
    // The messages were written for FormSession and are translated under
    // its name; keeping the context keeps the translations.
    Q_DECLARE_TR_FUNCTIONS(vigia::FormSession)

public:
    using Ptr = std::shared_ptr<const CompiledForm>;

    // What an expression decides for its owner. Also the key of the
    // evaluation errors of a field (FormAnswers::FieldState::errors), so
    // this order is the order they are reported in.
    enum class Column
    {
        Relevant,
        Calculation,
        Required,
        ReadOnly,
        Constraint,
        Default, // only for errors: defaults are evaluated once per instance
        // Not an expression: ties a field to its group or repeat in the
        // graph, so that a change of relevance or of the number of instances
        // flows on to what reads the field.
        Enclosing,
        ChoiceFilter,
        RepeatCount, // evaluated in the instance that holds the repeat
    };

    // One expression of the form; its index in expressions() is its id in
    // the graph.
    struct Expression
    {
        QString owner;
        Column column;
        ExprNode::Ptr tree; // null for Enclosing
        QStringList scope;  // the repeats whose instances it is evaluated in
        QStringList reads;
    };

    // A default that reads a field or calls a function. FormValidator does
    // not parse defaults, so one that does not parse keeps its message, to
    // be reported with the field instead of refusing the whole form.
    struct DefaultExpression
    {
        ExprNode::Ptr tree;
        QString error;
    };

    CompiledForm(const CompiledForm &) = delete;
    CompiledForm &operator=(const CompiledForm &) = delete;

    // Compiles `definition` afresh. Refuses (ErrorCode::Validation) a
    // definition with a row without a name, a name used twice in one group,
    // a repeat name used twice, a ${…} naming a name used twice, an
    // expression that does not parse, or values that depend on themselves.
    [[nodiscard]] static Result<Ptr> compile(const FormDefinition &definition);
    // The same through the process-wide cache: a definition equal to one
    // compiled recently gives the same instance.
    [[nodiscard]] static Result<Ptr> get(const FormDefinition &definition);

    [[nodiscard]] const FormDefinition &definition() const { return m_definition; }
    // Every row id, in form order (containers before their rows).
    [[nodiscard]] const QStringList &order() const { return m_order; }
    [[nodiscard]] bool contains(const QString &name) const { return m_rows.contains(name); }
    // The id of the row with key `key` in repeat `repeat` (`repeat` empty:
    // outside repeats); empty when none.
    [[nodiscard]] QString idOf(const QString &repeat, const QString &key) const
    {
        return m_ids.value(repeat + u'/' + key);
    }
    // What the addresses of row `id` end with: its name, or its group path.
    [[nodiscard]] QString key(const QString &id) const { return m_keys.value(id); }
    // The ids of the rows directly in group or repeat `id` (`id` empty: the
    // top level), in form order.
    [[nodiscard]] QStringList children(const QString &id) const { return m_children.value(id); }
    // The row called `name`; an empty row for an unknown name.
    [[nodiscard]] const FormRow &row(const QString &name) const;
    // The index of `name` in order(); 0 for an unknown name.
    [[nodiscard]] int position(const QString &name) const { return m_position.value(name); }
    // The group or repeat directly around `name`; empty at the top level.
    [[nodiscard]] QString parent(const QString &name) const { return m_parent.value(name); }
    // The repeats around `name`, outermost first; a repeat lists itself last.
    [[nodiscard]] const QStringList &scope(const QString &name) const;
    // The place of `name` in the graph's evaluation order.
    [[nodiscard]] int rank(const QString &name) const { return m_rank.value(name); }
    [[nodiscard]] bool isRepeat(const QString &name) const;
    // Whether the row's value comes from the form (type calculate, or a
    // calculation), never from a person.
    [[nodiscard]] static bool isComputed(const FormRow &row);
    [[nodiscard]] bool hasRepeatCount(const QString &repeat) const;
    // The parsed default of `name`, or nullptr when its default (if any) is a
    // literal ("0", "yes", "2024-01-01") or the row takes no answer.
    [[nodiscard]] const DefaultExpression *defaultExpression(const QString &name) const;
    // The choices of list `listName`, in list order; they point into
    // definition().
    [[nodiscard]] const QList<const FormChoice *> &choices(const QString &listName) const;

    // Expressions by graph id.
    [[nodiscard]] const QList<Expression> &expressions() const { return m_expressions; }
    // The ids of the expressions to re-evaluate after `field` changed, in
    // evaluation order (ExprGraph::dependents).
    [[nodiscard]] QList<int> dependents(const QString &field) const
    {
        return m_graph.dependents(field);
    }
    // How many expressions a change of `field` re-evaluates, and how many the
    // form has; the Enclosing links are not expressions and do not count.
    [[nodiscard]] int dependentExpressions(const QString &field) const;
    [[nodiscard]] int expressionCount() const;
    // The column as XLSForm authors write it ("read_only"), for messages.
    [[nodiscard]] static QString columnName(Column column);

private:
    explicit CompiledForm(const FormDefinition &definition)
        : m_definition(definition)
    {}

    // `groups` is the group path in the repeat level, with a final '/';
    // `shared` the level's names used twice (FormRowFinder::sharedNames).
    [[nodiscard]] Status addRows(const QList<FormRow> &rows, const QString &parent,
                                 const QStringList &scope, const QString &groups,
                                 const QSet<QString> &shared);
    [[nodiscard]] Status addExpression(const FormRow &row, const QString &id, const QString &column,
                                       Column kind);
    void addDefault(const FormRow &row, const QString &id);
    // One of `reads` that more than one row uses as its name; empty if none.
    [[nodiscard]] QString sharedName(const QSet<QString> &reads) const;

    FormDefinition m_definition;
    QStringList m_order;                    // every row name, in form order
    QHash<QString, int> m_position;         // name → index in m_order
    QHash<QString, FormRow> m_rows;         // name → row (children included)
    QHash<QString, QString> m_parent;       // name → enclosing group or repeat
    QHash<QString, QStringList> m_scope;    // name → enclosing repeats (a repeat: itself too)
    QHash<QString, QString> m_ids;          // innermost repeat + '/' + key → id
    QHash<QString, QString> m_keys;         // id → key
    QHash<QString, QStringList> m_children; // id ('' for the top) → the ids directly in it
    QHash<QString, int> m_uses;             // name → how many rows use it
    ExprGraph m_graph;
    QList<Expression> m_expressions; // by graph id
    QHash<QString, int> m_rank;      // name → place in the graph's order
    QHash<QString, DefaultExpression> m_defaults;
    QHash<QString, QList<const FormChoice *>> m_choices; // list name → its choices
};

} // namespace vigia
