#include "forms/expr/ExprGraph.h"

#include "forms/expr/ExprDependencies.h"

#include <algorithm>

namespace vigia {

int ExprGraph::fieldIndex(const QString &name)
{
    auto it = m_indexOf.constFind(name);
    if (it != m_indexOf.constEnd())
        return it.value();
    m_fields.append(name);
    m_indexOf.insert(name, int(m_fields.size() - 1));
    return int(m_fields.size() - 1);
}

int ExprGraph::add(const QString &owner, const QSet<QString> &reads, Role role)
{
    Expression e{fieldIndex(owner), {}, role};
    // Sorted, so that the order and any cycle reported do not depend on
    // QSet's iteration order.
    QStringList names(reads.begin(), reads.end());
    names.sort();
    const int id = int(m_expressions.size());
    for (const QString &name : names) {
        const int field = fieldIndex(name);
        e.reads.append(field);
        m_readers[field].append(id);
    }
    m_expressions.append(e);
    return id;
}

int ExprGraph::add(const QString &owner, const ExprNode &expression, Role role)
{
    const ExprDependencies deps(expression);
    QSet<QString> reads = deps.fields();
    if (deps.usesCurrent() && role == Role::Check)
        reads.insert(owner);
    return add(owner, reads, role);
}

Status ExprGraph::build()
{
    // Kahn's algorithm over "owner reads field" edges of Value expressions.
    const qsizetype n = m_fields.size();
    QList<QList<int>> next(n);
    QList<int> waiting(n, 0);
    for (const Expression &e : std::as_const(m_expressions)) {
        if (e.role != Role::Value)
            continue;
        for (int read : e.reads) {
            next[read].append(e.owner);
            ++waiting[e.owner];
        }
    }
    m_order.clear();
    for (int f = 0; f < n; ++f) {
        if (waiting[f] == 0)
            m_order.append(f);
    }
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        for (int owner : std::as_const(next[m_order[i]])) {
            if (--waiting[owner] == 0)
                m_order.append(owner);
        }
    }
    if (m_order.size() < n) {
        QList<bool> done(n, false);
        for (int f : std::as_const(m_order))
            done[f] = true;
        const QString cycle = describeCycle(done);
        m_order.clear();
        m_rank.clear();
        return Error(ErrorCode::Validation,
                     tr("these fields depend on each other in a circle: %1; a calculation or "
                        "relevance condition cannot read, even indirectly, the field it decides")
                         .arg(cycle));
    }
    m_rank = QList<int>(n, 0);
    for (qsizetype i = 0; i < n; ++i)
        m_rank[m_order[i]] = int(i);
    return {};
}

// Every field left over by Kahn's algorithm reads some other leftover field,
// so walking from reader to read field must come back to a field already seen.
QString ExprGraph::describeCycle(const QList<bool> &done) const
{
    const qsizetype n = m_fields.size();
    QList<QList<int>> reads(n);
    for (const Expression &e : m_expressions) {
        if (e.role != Role::Value)
            continue;
        for (int read : e.reads) {
            if (!done[read])
                reads[e.owner].append(read);
        }
    }
    for (QList<int> &r : reads)
        std::sort(r.begin(), r.end());

    int current = int(std::find(done.begin(), done.end(), false) - done.begin());
    QList<int> path;
    QHash<int, qsizetype> seenAt;
    while (!seenAt.contains(current) && !reads[current].isEmpty()) {
        seenAt.insert(current, path.size());
        path.append(current);
        current = reads[current].first();
    }
    QStringList names;
    for (qsizetype i = seenAt.value(current, 0); i < path.size(); ++i)
        names.append(m_fields[path[i]]);
    names.append(m_fields[current]);
    return names.join(QStringLiteral(" \u2192 "));
}

QStringList ExprGraph::order() const
{
    QStringList out;
    for (int f : m_order)
        out.append(m_fields[f]);
    return out;
}

QList<int> ExprGraph::dependents(const QString &field) const
{
    auto start = m_indexOf.constFind(field);
    if (start == m_indexOf.constEnd())
        return {};
    QList<int> changed{start.value()};
    QSet<int> seenFields{start.value()};
    QSet<int> found;
    QList<int> out;
    for (qsizetype i = 0; i < changed.size(); ++i) {
        for (int id : m_readers.value(changed[i])) {
            if (found.contains(id))
                continue;
            found.insert(id);
            out.append(id);
            const Expression &e = m_expressions[id];
            if (e.role == Role::Value && !seenFields.contains(e.owner)) {
                seenFields.insert(e.owner);
                changed.append(e.owner);
            }
        }
    }
    // A value expression runs at its owner's place in the order; a check runs
    // just after the last field it looks at has its value.
    const bool ranked = m_rank.size() == m_fields.size();
    auto key = [&](int id) {
        if (!ranked)
            return 0;
        const Expression &e = m_expressions[id];
        if (e.role == Role::Value)
            return 2 * m_rank[e.owner];
        int last = m_rank[e.owner];
        for (int read : e.reads)
            last = std::max(last, m_rank[read]);
        return 2 * last + 1;
    };
    std::sort(out.begin(), out.end(), [&](int a, int b) {
        const int ka = key(a);
        const int kb = key(b);
        return ka != kb ? ka < kb : a < b;
    });
    return out;
}

QString ExprGraph::owner(int id) const
{
    if (id < 0 || id >= m_expressions.size())
        return {};
    return m_fields[m_expressions[id].owner];
}

} // namespace vigia
