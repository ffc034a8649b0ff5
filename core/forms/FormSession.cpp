#include "forms/FormSession.h"

#include "forms/expr/ExprEvaluator.h"
#include "forms/FormSessionTypeCheck.h"
#include "forms/FormValidation.h"

#include <QSet>

#include <cmath>

#include <algorithm>

namespace vigia {

namespace {

// A repeat_count must be a whole number of instances within the limit.
int instancesFor(const ExprValue &value)
{
    const double n = value.toNumber();
    if (!(n > 0))
        return 0;
    return int(std::min(double(FormSession::kMaxInstances), std::floor(n)));
}

// How many repeats, from the outermost, two scopes share.
int commonDepth(const QStringList &a, const QStringList &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

} // namespace

FormSession::FormSession(CompiledForm::Ptr form)
    : m_form(form)
    , m_answers(std::move(form))
{}

Result<FormSession> FormSession::start(const FormDefinition &definition, const QDateTime &now)
{
    auto compiled = CompiledForm::get(definition);
    if (!compiled)
        return compiled.error();
    FormSession session(compiled.take());
    session.m_language = definition.defaultLanguage();
    session.m_now = now;
    session.applyDefaults({}, {}, false);
    session.evaluateSubtree({}, {});
    session.applyDefaults({}, {}, true);
    session.m_evaluations = 0;
    return session;
}

void FormSession::applyDefaults(const QStringList &scope, const Chain &prefix, bool expressions)
{
    for (const QString &name : form().order()) {
        const FormRow &row = form().row(name);
        const QStringList &fieldScope = form().scope(name);
        if (!row.type().isCollected() || CompiledForm::isComputed(row) ||
            commonDepth(fieldScope, scope) < scope.size())
            continue;
        const QString source = row.defaultValue();
        const CompiledForm::DefaultExpression *parsed = form().defaultExpression(name);
        for (const Chain &chain : m_answers.chains(fieldScope, prefix)) {
            Slot *s = m_answers.slot(name, chain);
            if (!s)
                continue;
            if (!expressions) {
                const FormType::Kind kind = row.type().kind();
                if (kind == FormType::Kind::Start)
                    s->value = now().toString(Qt::ISODateWithMs);
                else if (kind == FormType::Kind::Today)
                    s->value = now().date().toString(Qt::ISODate);
                else if (kind == FormType::Kind::DeviceId)
                    s->value = m_deviceId;
            }
            // Literal defaults first, then those that are expressions, once
            // the values they read are in place.
            if (source.isEmpty() || !s->value.isEmpty() || (parsed != nullptr) != expressions)
                continue;
            if (!expressions) {
                s->value = source;
                continue;
            }
            if (!parsed->tree) {
                s->state.errors.insert(int(Column::Default), parsed->error);
                continue;
            }
            const Result<ExprValue> result = evaluateAs(*parsed->tree, name, fieldScope, chain);
            if (!result) {
                s->state.errors.insert(int(Column::Default), result.error().message());
                continue;
            }
            if (result.value().isEmpty())
                continue;
            s->value = result.value().toString();
            propagate({{name, {chain}}}, form().dependents(name));
        }
    }
}

Result<ExprValue> FormSession::evaluateAs(const ExprNode &tree, const QString &field,
                                          const QStringList &scope, const Chain &chain)
{
    ++m_evaluations;
    m_current = field;
    m_currentScope = scope;
    m_currentChain = chain;
    Result<ExprValue> result = ExprEvaluator(*this).evaluate(tree);
    m_current.clear();
    m_currentScope.clear();
    m_currentChain.clear();
    return result;
}

void FormSession::evaluateSubtree(const QStringList &scope, const Chain &prefix)
{
    // Value expressions in the graph's order, each after what it reads; then
    // the checks, which only judge the values now in place.
    const QList<Expression> &expressions = form().expressions();
    QList<int> values;
    QList<int> checks;
    for (int id = 0; id < expressions.size(); ++id) {
        const Expression &e = expressions.at(id);
        if (commonDepth(e.scope, scope) < scope.size())
            continue;
        const bool value = e.column == Column::Relevant || e.column == Column::Calculation ||
                           e.column == Column::Enclosing || e.column == Column::RepeatCount;
        (value ? values : checks).append(id);
    }
    std::stable_sort(values.begin(), values.end(), [&](int a, int b) {
        return form().rank(expressions.at(a).owner) < form().rank(expressions.at(b).owner);
    });
    for (const QList<int> *ids : {&values, &checks}) {
        for (int id : *ids) {
            // Counted afresh for each expression: a repeat_count evaluated
            // before may have added instances.
            const QList<Chain> targets = m_answers.chains(expressions.at(id).scope, prefix);
            for (const Chain &chain : targets)
                evaluate(id, chain);
        }
    }
}

void FormSession::propagate(QHash<QString, QList<Chain>> dirty, const QList<int> &ids)
{
    // Each expression runs in the instances that see a changed field: a
    // change in members[2] re-evaluates expressions of members[2] and its
    // nested instances, and those outside the repeat (sum(), count()), not
    // those of members[1].
    for (int id : ids) {
        const Expression &e = form().expressions().at(id);
        QList<Chain> targets;
        QSet<Chain> seen;
        for (const QString &read : e.reads) {
            const auto it = dirty.constFind(read);
            if (it == dirty.cend())
                continue;
            const int common = commonDepth(e.scope, form().scope(read));
            for (const Chain &changed : *it) {
                const Chain prefix = changed.mid(0, std::min(int(changed.size()), common));
                for (const Chain &chain : m_answers.chains(e.scope, prefix)) {
                    if (!seen.contains(chain)) {
                        seen.insert(chain);
                        targets.append(chain);
                    }
                }
            }
        }
        for (const Chain &chain : std::as_const(targets)) {
            const bool structure = evaluate(id, chain);
            if (e.column == Column::RepeatCount) {
                if (!structure)
                    continue;
            } else if (e.column != Column::Relevant && e.column != Column::Calculation &&
                       e.column != Column::Enclosing) {
                continue;
            }
            dirty[e.owner].append(chain);
        }
    }
}

bool FormSession::evaluate(int id, const Chain &chain)
{
    const Expression &e = form().expressions().at(id);
    Slot *s = m_answers.slot(e.owner, chain);
    if (!s)
        return false;
    // A relevance decides that of everything inside, so all of it is
    // remembered before it changes.
    if (e.column == Column::Relevant)
        rememberSubtree(e.owner, chain);
    else if (e.column != Column::RepeatCount)
        remember(e.owner, chain);
    if (e.column == Column::Enclosing)
        return false;
    if (e.column == Column::ChoiceFilter) {
        ++m_evaluations;
        m_current = e.owner;
        m_currentScope = e.scope;
        m_currentChain = chain;
        evaluateFilter(e, s->state);
        m_current.clear();
        m_currentScope.clear();
        m_currentChain.clear();
        return false;
    }
    const Result<ExprValue> result = evaluateAs(*e.tree, e.owner, e.scope, chain);
    FieldState &state = s->state;
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
        s->hasComputed = true;
        s->computed = result ? result.value() : ExprValue();
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
    case Column::RepeatCount: {
        // An error keeps the instances there are, so that no answer is lost.
        const int n = result ? instancesFor(result.value()) : m_answers.count(e.owner, chain);
        if (n == m_answers.count(e.owner, chain))
            return false;
        const QList<Chain> added = resize(e.owner, chain, n);
        structureChanged(e.owner, chain, added, false);
        return true;
    }
    case Column::Default:
    case Column::Enclosing:
    case Column::ChoiceFilter:
        break;
    }
    return false;
}

void FormSession::evaluateFilter(const Expression &e, FieldState &state)
{
    state.filtered = true;
    state.available.clear();
    state.errors.remove(int(Column::ChoiceFilter));
    const ExprEvaluator evaluator(*this);
    for (const FormChoice *choice : form().choices(form().row(e.owner).listName())) {
        m_choice = choice;
        const Result<ExprValue> result = evaluator.evaluate(*e.tree);
        if (!result) {
            // A broken filter leaves every choice: better than none.
            state.errors.insert(int(Column::ChoiceFilter), result.error().message());
            state.filtered = false;
            state.available.clear();
            break;
        }
        if (result.value().toBoolean())
            state.available.append(choice->name());
    }
    m_choice = nullptr;
}

void FormSession::rememberSubtree(const QString &field, const Chain &chain)
{
    if (!m_before)
        return;
    remember(field, chain);
    for (const QString &child : form().children(field)) {
        if (!form().isRepeat(child)) {
            rememberSubtree(child, chain);
            continue;
        }
        const int n = m_answers.count(child, chain);
        for (int i = 0; i < n; ++i)
            rememberSubtree(child, chain + Chain{i});
    }
}

void FormSession::remember(const QString &field, const Chain &chain)
{
    if (!m_before)
        return;
    const QString key = m_answers.address(field, chain);
    if (!m_before->contains(key))
        m_before->insert(key, {field, chain, snapshot(field, chain), false});
}

Result<QStringList> FormSession::setValue(const QString &path, const QString &value)
{
    QString field;
    Chain chain;
    if (!m_answers.resolve(path, field, chain)) {
        if (form().contains(path) && !form().scope(path).isEmpty()) {
            return Error(
                ErrorCode::NotFound,
                tr("Field %1 is inside a repeat; name the instance, as in %2.")
                    .arg(path, m_answers.address(path, Chain(form().scope(path).size(), 0))));
        }
        return Error(ErrorCode::NotFound, tr("The form has no field %1.").arg(path));
    }
    const FormRow &row = form().row(field);
    if (!row.type().isCollected()) {
        return Error(ErrorCode::Validation,
                     tr("Field %1 holds no answer; only questions can be set.").arg(path));
    }
    if (CompiledForm::isComputed(row)) {
        return Error(ErrorCode::Validation,
                     tr("Field %1 is calculated by the form and cannot be set.").arg(path));
    }
    const Slot *current = m_answers.slot(field, chain);
    if (!current && value.isEmpty())
        return QStringList();
    if (current && current->state.readOnly)
        return Error(ErrorCode::Validation, tr("Field %1 is read-only.").arg(path));
    if (current && current->value == value)
        return QStringList();

    QHash<QString, Pending> before;
    m_before = &before;
    if (Status made = ensureInstances(form().scope(field), chain); !made) {
        m_before = nullptr;
        return made.error();
    }
    Slot *target = m_answers.slot(field, chain);
    Q_ASSERT(target);
    if (target->state.readOnly) {
        m_before = nullptr;
        return Error(ErrorCode::Validation, tr("Field %1 is read-only.").arg(path));
    }
    remember(field, chain);
    target->value = value;
    propagate({{field, {chain}}}, form().dependents(field));
    m_before = nullptr;

    QList<const Pending *> changed;
    for (const Pending &p : std::as_const(before)) {
        if (p.structural ||
            (m_answers.slot(p.field, p.chain) && snapshot(p.field, p.chain) != p.before))
            changed.append(&p);
    }
    std::sort(changed.begin(), changed.end(), [this](const Pending *a, const Pending *b) {
        return m_answers.orderKey(a->field, a->chain) < m_answers.orderKey(b->field, b->chain);
    });
    QStringList out;
    for (const Pending *p : std::as_const(changed))
        out.append(m_answers.address(p->field, p->chain));
    return out;
}

void FormSession::setDeviceId(const QString &deviceId)
{
    m_deviceId = deviceId;
    for (const QString &name : form().order()) {
        if (form().row(name).type().kind() != FormType::Kind::DeviceId)
            continue;
        for (const Chain &chain : m_answers.chains(form().scope(name), {})) {
            Slot *s = m_answers.slot(name, chain);
            if (!s || s->value == deviceId)
                continue;
            s->value = deviceId;
            propagate({{name, {chain}}}, form().dependents(name));
        }
    }
}

void FormSession::refresh()
{
    evaluateSubtree({}, {});
}

FormSession::Snapshot FormSession::snapshot(const QString &field, const Chain &chain) const
{
    const Slot *s = m_answers.slot(field, chain);
    if (!s)
        return {};
    const FieldState &state = s->state;
    return {m_answers.relevantAt(field, chain),
            state.required,
            state.readOnly,
            s->value.isEmpty() || state.constraintHolds,
            s->hasComputed ? s->computed.toString() : QString(),
            state.available,
            state.errors};
}

QString FormSession::text(const QString &path) const
{
    QString field;
    Chain chain;
    return m_answers.resolve(path, field, chain) ? m_answers.textAt(field, chain) : QString();
}

bool FormSession::isRelevant(const QString &path) const
{
    QString field;
    Chain chain;
    return m_answers.resolve(path, field, chain) && m_answers.relevantAt(field, chain);
}

bool FormSession::isRequired(const QString &path) const
{
    QString field;
    Chain chain;
    const Slot *s = m_answers.resolve(path, field, chain) ? m_answers.slot(field, chain) : nullptr;
    return s && s->state.required;
}

bool FormSession::isReadOnly(const QString &path) const
{
    QString field;
    Chain chain;
    const Slot *s = m_answers.resolve(path, field, chain) ? m_answers.slot(field, chain) : nullptr;
    return s && s->state.readOnly;
}

QList<FormSession::Choice> FormSession::availableChoices(const QString &path) const
{
    QString field;
    Chain chain;
    if (!m_answers.resolve(path, field, chain))
        return {};
    const FormRow &row = form().row(field);
    const Slot *s = m_answers.slot(field, chain);
    if (!row.type().isSelect() || !s)
        return {};
    const QString &fallback = form().definition().defaultLanguage();
    QList<Choice> out;
    bool hasOther = false;
    for (const FormChoice *c : form().choices(row.listName())) {
        hasOther = hasOther || c->name() == u"other";
        if (s->state.filtered && !s->state.available.contains(c->name()))
            continue;
        out.append({c->name(), c->label().text(m_language, fallback)});
    }
    if (row.orOther() && !hasOther)
        out.append({QStringLiteral("other"), tr("Other")});
    return out;
}

QStringList FormSession::fieldPaths() const
{
    return m_answers.fieldPaths();
}

QList<FieldIssue> FormSession::validateAll() const
{
    return FormValidation::issues(m_answers, m_language, m_locale);
}

QMap<QString, QString> FormSession::finalizedValues() const
{
    return m_answers.finalizedValues(now());
}

int FormSession::dependentExpressions(const QString &field) const
{
    return form().dependentExpressions(field);
}

int FormSession::expressionCount() const
{
    return form().expressionCount();
}

ExprValue FormSession::valueAt(const QString &field, const Chain &chain) const
{
    const Slot *s = m_answers.slot(field, chain);
    if (!s)
        return {};
    if (s->hasComputed)
        return s->computed;
    return FormSessionTypeCheck::toValue(form().row(field), s->value, m_locale);
}

ExprValue FormSession::value(const QString &name) const
{
    if (!form().contains(name))
        return {};
    const QStringList &scope = form().scope(name);
    const int common = commonDepth(m_currentScope, scope);
    if (common == scope.size()) {
        const Chain chain = m_currentChain.mid(0, common);
        return m_answers.relevantAt(name, chain) ? valueAt(name, chain) : ExprValue();
    }
    // A field of a repeat read from outside it: every instance.
    const QList<ExprValue> all = repeatValues(name);
    return all.size() == 1 ? all.first() : ExprValue::nodeSet(all);
}

QList<ExprValue> FormSession::repeatValues(const QString &name) const
{
    if (!form().contains(name))
        return {};
    const QStringList &scope = form().scope(name);
    const int common = commonDepth(m_currentScope, scope);
    const bool repeat = form().isRepeat(name);
    QList<ExprValue> out;
    for (const Chain &chain : m_answers.chains(scope, m_currentChain.mid(0, common))) {
        // Non-relevant instances and fields are left out of aggregates.
        if (!m_answers.relevantAt(name, chain))
            continue;
        out.append(repeat ? ExprValue::number(chain.last() + 1) : valueAt(name, chain));
    }
    return out;
}

ExprValue FormSession::currentValue() const
{
    return valueAt(m_current, m_currentChain);
}

int FormSession::position(const QString &name) const
{
    if (name.isEmpty())
        return m_currentChain.isEmpty() ? 0 : m_currentChain.last() + 1;
    const QStringList &scope = form().scope(name);
    const int depth = int(scope.size());
    if (depth == 0 || commonDepth(m_currentScope, scope) < depth || m_currentChain.size() < depth)
        return 0;
    return m_currentChain[depth - 1] + 1;
}

QString FormSession::choiceLabel(const QString &field, const QString &choice) const
{
    if (!form().contains(field))
        return {};
    for (const FormChoice *c : form().choices(form().row(field).listName())) {
        if (c->name() == choice)
            return c->label().text(m_language, form().definition().defaultLanguage());
    }
    return {};
}

ExprValue FormSession::choiceColumn(const QString &column) const
{
    if (!m_choice)
        return {};
    QString text;
    if (column == u"name")
        text = m_choice->name();
    else if (column == u"label")
        text = m_choice->label().text(m_language, form().definition().defaultLanguage());
    else
        text = m_choice->attributes().value(column);
    return text.isEmpty() ? ExprValue() : ExprValue::string(text);
}

QDateTime FormSession::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

} // namespace vigia
