#include "forms/CompiledForm.h"

#include "forms/CompiledFormCache.h"
#include "forms/expr/ExprDependencies.h"
#include "forms/expr/ExprParser.h"
#include "forms/FormRowFinder.h"

#include <QSet>

#include <algorithm>

namespace vigia {

namespace {

// XLSForm authors mostly write literal defaults ("0", "yes", "2024-01-01"),
// which would misread as expressions ("2024-01-01" is a subtraction); as in
// pyxform, only a default that reads a field or calls a function is one.
bool isExpressionDefault(const QString &source)
{
    return source.contains(QStringLiteral("${")) || source.contains(u'(');
}

} // namespace

Result<CompiledForm::Ptr> CompiledForm::compile(const FormDefinition &definition)
{
    // Not make_shared: the constructor is private.
    std::shared_ptr<CompiledForm> form(new CompiledForm(definition));
    form->m_definition.forEachRow([&](const FormRow &row) { ++form->m_uses[row.name()]; });
    const QList<FormRow> &rows = std::as_const(form->m_definition).rows();
    if (auto added = form->addRows(rows, {}, {}, {}, FormRowFinder::sharedNames(rows)); !added)
        return added.error();
    if (auto built = form->m_graph.build(); !built) {
        return Error(ErrorCode::Validation,
                     tr("The form cannot be filled in: %1.").arg(built.error().message()));
    }
    const QStringList order = form->m_graph.order();
    for (int i = 0; i < order.size(); ++i)
        form->m_rank.insert(order[i], i);
    for (const FormChoice &choice : form->m_definition.choices())
        form->m_choices[choice.listName()].append(&choice);
    return Ptr(std::move(form));
}

Result<CompiledForm::Ptr> CompiledForm::get(const FormDefinition &definition)
{
    return CompiledFormCache::global().get(definition);
}

Status CompiledForm::addRows(const QList<FormRow> &rows, const QString &parent,
                             const QStringList &scope, const QString &groups,
                             const QSet<QString> &shared)
{
    for (const FormRow &row : rows) {
        const bool repeat = row.type().kind() == FormType::Kind::Repeat;
        // Addresses name repeats alone ("members[2]"), so a repeat's name
        // must be its own in the whole form.
        const bool unique = m_uses.value(row.name()) == 1;
        const QString key = shared.contains(row.name()) ? groups + row.name() : row.name();
        const QString name = unique            ? row.name()
                             : scope.isEmpty() ? key
                                               : scope.join(u'/') + u'/' + key;
        if (row.name().isEmpty() || m_rows.contains(name) || (repeat && !unique)) {
            return Error(ErrorCode::Validation,
                         tr("The form has a row without a name or a name used twice (%1); check "
                            "it with 'vigiactl forms validate'.")
                             .arg(row.name()));
        }
        const QStringList rowScope = repeat ? scope + QStringList{name} : scope;
        m_ids.insert((scope.isEmpty() ? QString() : scope.last()) + u'/' + key, name);
        m_keys.insert(name, key);
        m_children[parent].append(name);
        m_position.insert(name, int(m_order.size()));
        m_order.append(name);
        m_rows.insert(name, row);
        m_scope.insert(name, rowScope);
        if (!parent.isEmpty()) {
            m_parent.insert(name, parent);
            const int id = m_graph.add(name, QSet<QString>{parent}, ExprGraph::Role::Value);
            Q_ASSERT(id == m_expressions.size());
            m_expressions.append({name, Column::Enclosing, {}, rowScope, {parent}});
        }
        const std::pair<QString, Column> columns[] = {
            {QStringLiteral("relevant"), Column::Relevant},
            {QStringLiteral("calculation"), Column::Calculation},
            {QStringLiteral("required"), Column::Required},
            {QStringLiteral("read_only"), Column::ReadOnly},
            {QStringLiteral("constraint"), Column::Constraint},
            {QStringLiteral("choice_filter"), Column::ChoiceFilter},
            {QStringLiteral("repeat_count"), Column::RepeatCount},
        };
        for (const auto &[column, kind] : columns) {
            if (kind == Column::RepeatCount && !repeat)
                continue;
            if (auto added = addExpression(row, name, column, kind); !added)
                return added;
        }
        addDefault(row, name);
        if (repeat) {
            if (auto added = addRows(row.children(), name, rowScope, {},
                                     FormRowFinder::sharedNames(row.children()));
                !added)
                return added;
        } else if (row.type().isContainer()) {
            if (auto added =
                    addRows(row.children(), name, scope, groups + row.name() + u'/', shared);
                !added)
                return added;
        }
    }
    return {};
}

Status CompiledForm::addExpression(const FormRow &row, const QString &id, const QString &column,
                                   Column kind)
{
    const QString source = row.property(column);
    const bool flag = kind == Column::Required || kind == Column::ReadOnly;
    if (source.isEmpty() || (flag && FormRow::isConstantFlag(source)))
        return {};
    auto tree =
        ExprParser::parse(source, kind == Column::ChoiceFilter ? ExprParser::Mode::ChoiceFilter
                                                               : ExprParser::Mode::Field);
    if (!tree) {
        return Error(ErrorCode::Validation,
                     tr("Field %1, column %2: %3").arg(row.name(), column, tree.error().message()));
    }
    const bool value =
        kind == Column::Relevant || kind == Column::Calculation || kind == Column::RepeatCount;
    const ExprGraph::Role role = value ? ExprGraph::Role::Value : ExprGraph::Role::Check;
    // The same reads as the graph's, so that FormSession follows its edges.
    const ExprDependencies deps(*tree.value());
    QSet<QString> reads = deps.fields();
    if (const QString read = sharedName(reads); !read.isEmpty()) {
        return Error(ErrorCode::Validation,
                     tr("Field %1, column %2: ${%3} is the name of more than one field; "
                        "check the form with 'vigiactl forms validate'.")
                         .arg(row.name(), column, read));
    }
    [[maybe_unused]] const int index = m_graph.add(id, *tree.value(), role);
    Q_ASSERT(index == m_expressions.size());
    if (deps.usesCurrent() && role == ExprGraph::Role::Check)
        reads.insert(id);
    QStringList scope = m_scope.value(id);
    if (kind == Column::RepeatCount)
        scope.removeLast();
    m_expressions.append({id, kind, tree.value(), scope, QStringList(reads.begin(), reads.end())});
    return {};
}

void CompiledForm::addDefault(const FormRow &row, const QString &id)
{
    // Only answers a person gives have defaults.
    const QString source = row.defaultValue();
    if (!row.type().isCollected() || isComputed(row) || source.isEmpty() ||
        !isExpressionDefault(source))
        return;
    auto tree = ExprParser::parse(source);
    if (tree) {
        if (const QString read = sharedName(ExprDependencies(*tree.value()).fields());
            !read.isEmpty()) {
            m_defaults.insert(id, {{},
                                   tr("${%1} is the name of more than one field; check the form "
                                      "with 'vigiactl forms validate'.")
                                       .arg(read)});
            return;
        }
    }
    m_defaults.insert(id, tree ? DefaultExpression{tree.value(), {}}
                               : DefaultExpression{{}, tree.error().message()});
}

QString CompiledForm::sharedName(const QSet<QString> &reads) const
{
    // As in pyxform, ${x} names one row of the whole form: which of several
    // it would mean is a guess (FormValidator names them all).
    QString first; // the first in sort order, so that the message is stable
    for (const QString &read : reads) {
        if (m_uses.value(read) > 1 && (first.isEmpty() || read < first))
            first = read;
    }
    return first;
}

const FormRow &CompiledForm::row(const QString &name) const
{
    static const FormRow none;
    const auto it = m_rows.constFind(name);
    return it == m_rows.cend() ? none : *it;
}

const QStringList &CompiledForm::scope(const QString &name) const
{
    static const QStringList none;
    const auto it = m_scope.constFind(name);
    return it == m_scope.cend() ? none : *it;
}

const QList<const FormChoice *> &CompiledForm::choices(const QString &listName) const
{
    static const QList<const FormChoice *> none;
    const auto it = m_choices.constFind(listName);
    return it == m_choices.cend() ? none : *it;
}

bool CompiledForm::isRepeat(const QString &name) const
{
    return row(name).type().kind() == FormType::Kind::Repeat;
}

bool CompiledForm::isComputed(const FormRow &row)
{
    return row.type().kind() == FormType::Kind::Calculate || !row.calculation().isEmpty();
}

bool CompiledForm::hasRepeatCount(const QString &repeat) const
{
    return !row(repeat).repeatCount().isEmpty();
}

const CompiledForm::DefaultExpression *CompiledForm::defaultExpression(const QString &name) const
{
    const auto it = m_defaults.constFind(name);
    return it == m_defaults.cend() ? nullptr : &*it;
}

int CompiledForm::dependentExpressions(const QString &field) const
{
    const QList<int> ids = m_graph.dependents(field);
    return int(std::count_if(ids.cbegin(), ids.cend(), [this](int id) {
        return m_expressions.at(id).column != Column::Enclosing;
    }));
}

int CompiledForm::expressionCount() const
{
    return int(std::count_if(m_expressions.cbegin(), m_expressions.cend(),
                             [](const Expression &e) { return e.column != Column::Enclosing; }));
}

QString CompiledForm::columnName(Column column)
{
    switch (column) {
    case Column::Relevant:
        return QStringLiteral("relevant");
    case Column::Calculation:
        return QStringLiteral("calculation");
    case Column::Required:
        return QStringLiteral("required");
    case Column::ReadOnly:
        return QStringLiteral("read_only");
    case Column::Constraint:
        return QStringLiteral("constraint");
    case Column::Default:
        return QStringLiteral("default");
    case Column::ChoiceFilter:
        return QStringLiteral("choice_filter");
    case Column::RepeatCount:
        return QStringLiteral("repeat_count");
    case Column::Enclosing:
        break;
    }
    return {};
}

} // namespace vigia
