#include "FormSession.h"

#include "ExprEvaluator.h"
#include "ExprParser.h"
#include "FormSessionTypeCheck.h"

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

Result<FormSession> FormSession::start(const FormDefinition &definition, const QDateTime &now)
{
    FormSession session;
    session.m_definition = definition;
    session.m_language = definition.defaultLanguage();
    session.m_now = now;
    if (auto added = session.addRows(definition.rows(), {}); !added)
        return added.error();
    if (auto built = session.m_graph.build(); !built) {
        return Error(ErrorCode::Validation,
                     tr("The form cannot be filled in: %1.").arg(built.error().message()));
    }
    session.applyDefaults(false);
    session.evaluateAll();
    session.applyDefaults(true);
    session.m_evaluations = 0;
    return session;
}

Status FormSession::addRows(const QList<FormRow> &rows, const QString &parent)
{
    for (const FormRow &row : rows) {
        const QString &name = row.name();
        if (row.type().kind() == FormType::Kind::Repeat) {
            return Error(ErrorCode::Validation,
                         tr("Field %1 is a repeat; filling in forms with repeats is not "
                            "supported yet.")
                             .arg(name));
        }
        if (name.isEmpty() || m_rows.contains(name)) {
            return Error(ErrorCode::Validation,
                         tr("The form has a row without a name or a name used twice (%1); check "
                            "it with 'vigiactl forms validate'.")
                             .arg(name));
        }
        m_position.insert(name, int(m_order.size()));
        m_order.append(name);
        m_rows.insert(name, row);
        FieldState state;
        state.required = row.required() == u"yes";
        state.readOnly = row.readOnly() == u"yes";
        m_state.insert(name, state);
        if (!parent.isEmpty()) {
            m_parent.insert(name, parent);
            const int id = m_graph.add(name, QSet<QString>{parent}, ExprGraph::Role::Value);
            Q_ASSERT(id == m_expressions.size());
            m_expressions.append({name, Column::Enclosing, {}});
        }
        const std::pair<QString, Column> columns[] = {
            {QStringLiteral("relevant"), Column::Relevant},
            {QStringLiteral("calculation"), Column::Calculation},
            {QStringLiteral("required"), Column::Required},
            {QStringLiteral("read_only"), Column::ReadOnly},
            {QStringLiteral("constraint"), Column::Constraint},
        };
        for (const auto &[column, kind] : columns) {
            if (auto added = addExpression(row, column, kind); !added)
                return added;
        }
        if (row.type().isContainer()) {
            if (auto added = addRows(row.children(), name); !added)
                return added;
        }
    }
    return {};
}

Status FormSession::addExpression(const FormRow &row, const QString &column, Column kind)
{
    const QString source = row.property(column);
    const bool flag = kind == Column::Required || kind == Column::ReadOnly;
    if (source.isEmpty() || (flag && FormRow::isConstantFlag(source)))
        return {};
    auto tree = ExprParser::parse(source);
    if (!tree) {
        return Error(ErrorCode::Validation,
                     tr("Field %1, column %2: %3").arg(row.name(), column, tree.error().message()));
    }
    const bool value = kind == Column::Relevant || kind == Column::Calculation;
    const int id = m_graph.add(row.name(), *tree.value(),
                               value ? ExprGraph::Role::Value : ExprGraph::Role::Check);
    Q_ASSERT(id == m_expressions.size());
    m_expressions.append({row.name(), kind, tree.value()});
    return {};
}

void FormSession::applyDefaults(bool expressions)
{
    for (const QString &name : std::as_const(m_order)) {
        const FormRow &row = *m_rows.constFind(name);
        if (!row.type().isCollected() || isComputed(row))
            continue;
        if (!expressions && row.type().kind() == FormType::Kind::Start)
            m_values.insert(name, now().toString(Qt::ISODateWithMs));
        if (!expressions && row.type().kind() == FormType::Kind::Today)
            m_values.insert(name, now().date().toString(Qt::ISODate));
        const QString source = row.defaultValue();
        if (source.isEmpty() || !m_values.value(name).isEmpty() ||
            isExpressionDefault(source) != expressions)
            continue;
        if (!expressions) {
            m_values.insert(name, source);
            continue;
        }
        // FormValidator does not parse defaults, so a bad one is reported
        // with the field instead of refusing the whole form.
        auto tree = ExprParser::parse(source);
        Result<ExprValue> result = tree ? Result<ExprValue>(ExprValue()) : tree.error();
        if (tree) {
            ++m_evaluations;
            m_current = name;
            result = ExprEvaluator(*this).evaluate(*tree.value());
            m_current.clear();
        }
        if (!result) {
            m_state[name].errors.insert(int(Column::Default), result.error().message());
            continue;
        }
        if (result.value().isEmpty())
            continue;
        m_values.insert(name, result.value().toString());
        evaluate(m_graph.dependents(name));
    }
}

void FormSession::evaluateAll()
{
    // Value expressions in the graph's order, each after what it reads; then
    // the checks, which only judge the values now in place.
    QHash<QString, int> rank;
    const QStringList order = m_graph.order();
    for (int i = 0; i < order.size(); ++i)
        rank.insert(order[i], i);
    QList<int> values;
    QList<int> checks;
    for (int id = 0; id < m_expressions.size(); ++id) {
        const Column column = m_expressions[id].column;
        const bool value = column == Column::Relevant || column == Column::Calculation ||
                           column == Column::Enclosing;
        (value ? values : checks).append(id);
    }
    std::stable_sort(values.begin(), values.end(), [&](int a, int b) {
        return rank.value(m_expressions[a].owner) < rank.value(m_expressions[b].owner);
    });
    evaluate(values);
    evaluate(checks);
}

void FormSession::evaluate(const QList<int> &ids)
{
    for (int id : ids)
        evaluate(id);
}

void FormSession::evaluate(int id)
{
    const Expression &e = m_expressions[id];
    if (e.column == Column::Enclosing)
        return;
    ++m_evaluations;
    m_current = e.owner;
    const Result<ExprValue> result = ExprEvaluator(*this).evaluate(*e.tree);
    m_current.clear();
    FieldState &state = m_state[e.owner];
    if (result)
        state.errors.remove(int(e.column));
    else
        state.errors.insert(int(e.column), result.error().message());
    const bool truth = result && result.value().toBoolean();
    switch (e.column) {
    case Column::Relevant:
        // A relevance that cannot be evaluated keeps the field shown, so that
        // the error is reported with it instead of the field vanishing.
        state.selfRelevant = result ? truth : true;
        break;
    case Column::Calculation:
        m_computed.insert(e.owner, result ? result.value() : ExprValue());
        break;
    case Column::Required:
        state.required = truth;
        break;
    case Column::ReadOnly:
        state.readOnly = truth;
        break;
    case Column::Constraint:
        // An error is reported as such, not also as a broken constraint.
        state.constraintHolds = result ? truth : true;
        break;
    case Column::Default:
    case Column::Enclosing:
        break;
    }
}

Result<QStringList> FormSession::setValue(const QString &field, const QString &value)
{
    const auto it = m_rows.constFind(field);
    if (it == m_rows.cend())
        return Error(ErrorCode::NotFound, tr("The form has no field %1.").arg(field));
    if (!it->type().isCollected()) {
        return Error(ErrorCode::Validation,
                     tr("Field %1 holds no answer; only questions can be set.").arg(field));
    }
    if (isComputed(*it)) {
        return Error(ErrorCode::Validation,
                     tr("Field %1 is calculated by the form and cannot be set.").arg(field));
    }
    if (m_state.value(field).readOnly)
        return Error(ErrorCode::Validation, tr("Field %1 is read-only.").arg(field));
    if (m_values.value(field) == value)
        return QStringList();

    const QList<int> ids = m_graph.dependents(field);
    QHash<QString, Snapshot> before;
    before.insert(field, snapshot(field));
    for (int id : ids) {
        const QString &owner = m_expressions[id].owner;
        if (!before.contains(owner))
            before.insert(owner, snapshot(owner));
    }
    if (value.isEmpty())
        m_values.remove(field);
    else
        m_values.insert(field, value);
    evaluate(ids);

    QStringList changed;
    for (auto b = before.cbegin(); b != before.cend(); ++b) {
        if (snapshot(b.key()) != b.value())
            changed.append(b.key());
    }
    std::sort(changed.begin(), changed.end(), [this](const QString &a, const QString &b) {
        return m_position.value(a) < m_position.value(b);
    });
    return changed;
}

FormSession::Snapshot FormSession::snapshot(const QString &field) const
{
    const FieldState state = m_state.value(field);
    return {isRelevant(field),
            state.required,
            state.readOnly,
            m_values.value(field).isEmpty() || state.constraintHolds,
            m_computed.value(field).toString(),
            state.errors};
}

QString FormSession::text(const QString &field) const
{
    const auto computed = m_computed.constFind(field);
    return computed != m_computed.cend() ? computed->toString() : m_values.value(field);
}

bool FormSession::isRelevant(const QString &field) const
{
    for (QString f = field; !f.isEmpty(); f = m_parent.value(f)) {
        if (!m_state.value(f).selfRelevant)
            return false;
    }
    return true;
}

bool FormSession::isRequired(const QString &field) const
{
    return m_state.value(field).required;
}

bool FormSession::isReadOnly(const QString &field) const
{
    return m_state.value(field).readOnly;
}

bool FormSession::isComputed(const FormRow &row) const
{
    return row.type().kind() == FormType::Kind::Calculate || !row.calculation().isEmpty();
}

QString FormSession::columnName(int column) const
{
    switch (Column(column)) {
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
    case Column::Enclosing:
        break;
    }
    return {};
}

QList<FieldIssue> FormSession::validateAll() const
{
    QList<FieldIssue> issues;
    const QString &fallback = m_definition.defaultLanguage();
    for (const QString &name : m_order) {
        if (!isRelevant(name))
            continue;
        const FormRow &row = *m_rows.constFind(name);
        const FieldState &state = *m_state.constFind(name);
        for (auto e = state.errors.cbegin(); e != state.errors.cend(); ++e) {
            issues.append({name, FieldIssue::Kind::Evaluation,
                           tr("The form could not evaluate the %1 of this field: %2")
                               .arg(columnName(e.key()), e.value())});
        }
        if (!row.type().isCollected() || isComputed(row))
            continue;
        const QString answer = m_values.value(name);
        if (answer.trimmed().isEmpty()) {
            if (state.required) {
                QString message =
                    row.text(QStringLiteral("required_message")).text(m_language, fallback);
                if (message.isEmpty())
                    message = tr("This field is required.");
                issues.append({name, FieldIssue::Kind::Required, message});
            }
            continue;
        }
        const QString problem = FormSessionTypeCheck::problem(row, answer, m_definition, m_locale);
        if (!problem.isEmpty()) {
            issues.append({name, FieldIssue::Kind::Type, problem});
            continue;
        }
        if (!state.constraintHolds) {
            QString message =
                row.text(QStringLiteral("constraint_message")).text(m_language, fallback);
            if (message.isEmpty())
                message = tr("This answer is not allowed here; check it against the question.");
            issues.append({name, FieldIssue::Kind::Constraint, message});
        }
    }
    return issues;
}

QMap<QString, QString> FormSession::finalizedValues() const
{
    QMap<QString, QString> values;
    for (const QString &name : m_order) {
        const FormRow &row = *m_rows.constFind(name);
        if (!row.type().isCollected() || !isRelevant(name))
            continue;
        const QString answer = row.type().kind() == FormType::Kind::End
                                   ? now().toString(Qt::ISODateWithMs)
                                   : text(name);
        if (!answer.isEmpty())
            values.insert(name, answer);
    }
    return values;
}

int FormSession::dependentExpressions(const QString &field) const
{
    const QList<int> ids = m_graph.dependents(field);
    return int(std::count_if(ids.cbegin(), ids.cend(), [this](int id) {
        return m_expressions[id].column != Column::Enclosing;
    }));
}

int FormSession::expressionCount() const
{
    return int(std::count_if(m_expressions.cbegin(), m_expressions.cend(),
                             [](const Expression &e) { return e.column != Column::Enclosing; }));
}

ExprValue FormSession::value(const QString &name) const
{
    if (!m_rows.contains(name) || !isRelevant(name))
        return {};
    return fieldValue(name);
}

ExprValue FormSession::currentValue() const
{
    return fieldValue(m_current);
}

ExprValue FormSession::fieldValue(const QString &field) const
{
    const auto computed = m_computed.constFind(field);
    if (computed != m_computed.cend())
        return computed.value();
    const auto row = m_rows.constFind(field);
    if (row == m_rows.cend())
        return {};
    return FormSessionTypeCheck::toValue(*row, m_values.value(field), m_locale);
}

QString FormSession::choiceLabel(const QString &field, const QString &choice) const
{
    const auto row = m_rows.constFind(field);
    if (row == m_rows.cend())
        return {};
    for (const FormChoice &c : m_definition.choices()) {
        if (c.listName() == row->listName() && c.name() == choice)
            return c.label().text(m_language, m_definition.defaultLanguage());
    }
    return {};
}

QDateTime FormSession::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

} // namespace vigia
