#pragma once

#include "common/Result.h"
#include "forms/expr/ExprNode.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace vigia {

// Which expressions read which fields. Built once per form version, it
// refuses forms whose values depend on themselves, orders the fields so that
// calculations run after what they read, and tells the validation engine
// which expressions to re-evaluate after one field changes.
class ExprGraph
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ExprGraph)

public:
    enum class Role
    {
        // calculation, relevant, default, repeat_count: the owner's value (or
        // whether it has one) follows from the expression, so a change flows on.
        Value,
        // constraint, required, read_only, choice_filter: the expression judges
        // or presents its owner without changing its value.
        Check,
    };

    // Registers an expression owned by `owner` that reads `reads`; returns its
    // id, counting from 0 in the order of registration.
    int add(const QString &owner, const QSet<QString> &reads, Role role);
    // The same, with the reads taken from the tree. A check that reads `.`
    // reads its owner, so it is re-evaluated when the owner changes.
    int add(const QString &owner, const ExprNode &expression, Role role);

    // Detects cycles among Value expressions ("a → b → a" names the fields, each
    // reading the next) and computes the evaluation order.
    [[nodiscard]] Status build();

    // Every field, each after the fields its Value expressions read.
    [[nodiscard]] QStringList order() const;
    // The expressions to re-evaluate when `field` changes: those that read it,
    // and those that read a field whose value follows from them, transitively;
    // in evaluation order.
    [[nodiscard]] QList<int> dependents(const QString &field) const;
    [[nodiscard]] QString owner(int id) const;
    [[nodiscard]] int size() const { return int(m_expressions.size()); }

private:
    struct Expression
    {
        int owner;
        QList<int> reads;
        Role role;
    };

    int fieldIndex(const QString &name);
    [[nodiscard]] QString describeCycle(const QList<bool> &done) const;

    QStringList m_fields;
    QHash<QString, int> m_indexOf;
    QList<Expression> m_expressions;
    QHash<int, QList<int>> m_readers; // field → expressions that read it
    QList<int> m_order;               // field indexes in evaluation order
    QList<int> m_rank;                // field index → place in m_order
};

} // namespace vigia
