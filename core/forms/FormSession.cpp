#include "FormSession.h"

#include "ExprDependencies.h"
#include "ExprEvaluator.h"
#include "ExprParser.h"
#include "FormSessionTypeCheck.h"

#include <QSet>

#include <cmath>
#include <functional>

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

// A repeat_count must be a whole number of instances within the limit.
int instancesFor(const ExprValue &value)
{
    const double n = value.toNumber();
    if (!(n > 0))
        return 0;
    return int(std::min(double(FormSession::kMaxInstances), std::floor(n)));
}

} // namespace

Result<FormSession> FormSession::start(const FormDefinition &definition, const QDateTime &now)
{
    FormSession session;
    session.m_definition = definition;
    session.m_language = definition.defaultLanguage();
    session.m_now = now;
    if (auto added = session.addRows(definition.rows(), {}, {}); !added)
        return added.error();
    if (auto built = session.m_graph.build(); !built) {
        return Error(ErrorCode::Validation,
                     tr("The form cannot be filled in: %1.").arg(built.error().message()));
    }
    const QStringList order = session.m_graph.order();
    for (int i = 0; i < order.size(); ++i)
        session.m_rank.insert(order[i], i);
    session.initInstance(session.m_root, {});
    session.applyDefaults({}, {}, false);
    session.evaluateSubtree({}, {});
    session.applyDefaults({}, {}, true);
    session.m_evaluations = 0;
    return session;
}

Status FormSession::addRows(const QList<FormRow> &rows, const QString &parent,
                            const QStringList &scope)
{
    for (const FormRow &row : rows) {
        const QString &name = row.name();
        if (name.isEmpty() || m_rows.contains(name)) {
            return Error(ErrorCode::Validation,
                         tr("The form has a row without a name or a name used twice (%1); check "
                            "it with 'vigiactl forms validate'.")
                             .arg(name));
        }
        const bool repeat = row.type().kind() == FormType::Kind::Repeat;
        const QStringList rowScope = repeat ? scope + QStringList{name} : scope;
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
            if (auto added = addExpression(row, column, kind); !added)
                return added;
        }
        if (row.type().isContainer()) {
            if (auto added = addRows(row.children(), name, rowScope); !added)
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
    const int id = m_graph.add(row.name(), *tree.value(), role);
    Q_ASSERT(id == m_expressions.size());
    // The same reads as the graph's, so that propagate() follows its edges.
    const ExprDependencies deps(*tree.value());
    QSet<QString> reads = deps.fields();
    if (deps.usesCurrent() && role == ExprGraph::Role::Check)
        reads.insert(row.name());
    QStringList scope = m_scope.value(row.name());
    if (kind == Column::RepeatCount)
        scope.removeLast();
    m_expressions.append(
        {row.name(), kind, tree.value(), scope, QStringList(reads.begin(), reads.end())});
    return {};
}

void FormSession::initInstance(Instance &instance, const QStringList &scope) const
{
    for (const QString &name : m_order) {
        const QStringList &s = *m_scope.constFind(name);
        const FormRow &row = *m_rows.constFind(name);
        const bool repeat = row.type().kind() == FormType::Kind::Repeat;
        // A repeat has a slot in each of its instances (its relevance) and
        // one in the instance that holds it (its repeat_count).
        if (s != scope && !(repeat && s.mid(0, s.size() - 1) == scope))
            continue;
        Slot slot;
        slot.state.required = row.required() == u"yes";
        slot.state.readOnly = row.readOnly() == u"yes";
        instance.answers.insert(name, slot);
        if (repeat && s != scope)
            instance.repeats.insert(name, {});
    }
}

int FormSession::commonDepth(const QStringList &a, const QStringList &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

const FormSession::Instance *FormSession::instance(const QStringList &scope,
                                                   const Chain &chain) const
{
    const Instance *at = &m_root;
    for (int i = 0; i < chain.size() && i < scope.size(); ++i) {
        const auto it = at->repeats.constFind(scope[i]);
        if (it == at->repeats.cend() || chain[i] < 0 || size_t(chain[i]) >= it->size())
            return nullptr;
        at = &(*it)[size_t(chain[i])];
    }
    return at;
}

FormSession::Instance *FormSession::instance(const QStringList &scope, const Chain &chain)
{
    return const_cast<Instance *>(std::as_const(*this).instance(scope, chain));
}

const FormSession::Slot *FormSession::slot(const QString &field, const Chain &chain) const
{
    const Instance *in = instance(m_scope.value(field), chain);
    if (!in)
        return nullptr;
    const auto it = in->answers.constFind(field);
    return it == in->answers.cend() ? nullptr : &*it;
}

FormSession::Slot *FormSession::slot(const QString &field, const Chain &chain)
{
    return const_cast<Slot *>(std::as_const(*this).slot(field, chain));
}

int FormSession::count(const QString &repeat, const Chain &parent) const
{
    const Instance *in = instance(m_scope.value(repeat), parent);
    if (!in)
        return 0;
    const auto it = in->repeats.constFind(repeat);
    return it == in->repeats.cend() ? 0 : int(it->size());
}

QList<FormSession::Chain> FormSession::chains(const QStringList &scope, const Chain &prefix) const
{
    QList<Chain> out;
    if (!instance(scope, prefix))
        return out;
    QList<Chain> frontier{prefix};
    for (qsizetype depth = prefix.size(); depth < scope.size(); ++depth) {
        QList<Chain> next;
        for (const Chain &c : std::as_const(frontier)) {
            const int n = count(scope[depth], c);
            for (int i = 0; i < n; ++i)
                next.append(c + Chain{i});
        }
        frontier = next;
    }
    return frontier;
}

bool FormSession::hasRepeatCount(const QString &repeat) const
{
    return !m_rows.value(repeat).repeatCount().isEmpty();
}

void FormSession::applyDefaults(const QStringList &scope, const Chain &prefix, bool expressions)
{
    for (const QString &name : std::as_const(m_order)) {
        const FormRow &row = *m_rows.constFind(name);
        const QStringList &fieldScope = *m_scope.constFind(name);
        if (!row.type().isCollected() || isComputed(row) ||
            commonDepth(fieldScope, scope) < scope.size())
            continue;
        const QString source = row.defaultValue();
        for (const Chain &chain : chains(fieldScope, prefix)) {
            Slot *s = slot(name, chain);
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
            if (source.isEmpty() || !s->value.isEmpty() ||
                isExpressionDefault(source) != expressions)
                continue;
            if (!expressions) {
                s->value = source;
                continue;
            }
            // FormValidator does not parse defaults, so a bad one is reported
            // with the field instead of refusing the whole form.
            auto tree = ExprParser::parse(source);
            Result<ExprValue> result = tree ? Result<ExprValue>(ExprValue()) : tree.error();
            if (tree) {
                ++m_evaluations;
                m_current = name;
                m_currentScope = fieldScope;
                m_currentChain = chain;
                result = ExprEvaluator(*this).evaluate(*tree.value());
                m_current.clear();
                m_currentScope.clear();
                m_currentChain.clear();
            }
            if (!result) {
                s->state.errors.insert(int(Column::Default), result.error().message());
                continue;
            }
            if (result.value().isEmpty())
                continue;
            s->value = result.value().toString();
            propagate({{name, {chain}}}, m_graph.dependents(name));
        }
    }
}

void FormSession::evaluateSubtree(const QStringList &scope, const Chain &prefix)
{
    // Value expressions in the graph's order, each after what it reads; then
    // the checks, which only judge the values now in place.
    QList<int> values;
    QList<int> checks;
    for (int id = 0; id < m_expressions.size(); ++id) {
        const Expression &e = m_expressions.at(id);
        if (commonDepth(e.scope, scope) < scope.size())
            continue;
        const bool value = e.column == Column::Relevant || e.column == Column::Calculation ||
                           e.column == Column::Enclosing || e.column == Column::RepeatCount;
        (value ? values : checks).append(id);
    }
    std::stable_sort(values.begin(), values.end(), [&](int a, int b) {
        return m_rank.value(m_expressions.at(a).owner) < m_rank.value(m_expressions.at(b).owner);
    });
    for (const QList<int> *ids : {&values, &checks}) {
        for (int id : *ids) {
            // Counted afresh for each expression: a repeat_count evaluated
            // before may have added instances.
            const QList<Chain> targets = chains(m_expressions.at(id).scope, prefix);
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
        const Expression e = m_expressions.at(id);
        QList<Chain> targets;
        QSet<Chain> seen;
        for (const QString &read : e.reads) {
            const auto it = dirty.constFind(read);
            if (it == dirty.cend())
                continue;
            const int common = commonDepth(e.scope, m_scope.value(read));
            for (const Chain &changed : *it) {
                const Chain prefix = changed.mid(0, std::min(int(changed.size()), common));
                for (const Chain &chain : chains(e.scope, prefix)) {
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
    const Expression &e = m_expressions.at(id);
    Slot *s = slot(e.owner, chain);
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
    ++m_evaluations;
    m_current = e.owner;
    m_currentScope = e.scope;
    m_currentChain = chain;
    if (e.column == Column::ChoiceFilter) {
        evaluateFilter(e, s->state);
        m_current.clear();
        m_currentScope.clear();
        m_currentChain.clear();
        return false;
    }
    const Result<ExprValue> result = ExprEvaluator(*this).evaluate(*e.tree);
    m_current.clear();
    m_currentScope.clear();
    m_currentChain.clear();
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
        const int n = result ? instancesFor(result.value()) : count(e.owner, chain);
        if (n == count(e.owner, chain))
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
    const QString listName = m_rows.value(e.owner).listName();
    state.filtered = true;
    state.available.clear();
    state.errors.remove(int(Column::ChoiceFilter));
    const ExprEvaluator evaluator(*this);
    for (const FormChoice &choice : m_definition.choices()) {
        if (choice.listName() != listName)
            continue;
        m_choice = &choice;
        const Result<ExprValue> result = evaluator.evaluate(*e.tree);
        if (!result) {
            // A broken filter leaves every choice: better than none.
            state.errors.insert(int(Column::ChoiceFilter), result.error().message());
            state.filtered = false;
            state.available.clear();
            break;
        }
        if (result.value().toBoolean())
            state.available.append(choice.name());
    }
    m_choice = nullptr;
}

QList<FormSession::Chain> FormSession::resize(const QString &repeat, const Chain &parent, int n)
{
    const QStringList &scope = *m_scope.constFind(repeat);
    Instance *holder = instance(scope, parent);
    if (!holder)
        return {};
    std::vector<Instance> &instances = holder->repeats[repeat];
    const int before = int(instances.size());
    // Only a repeat_count shrinks a repeat here: what it takes away is kept, so
    // that retyping the count ("3", backspace, "2") gives the answers back.
    std::vector<Instance> &trimmed = m_trimmed[address(repeat, parent)];
    if (n < before) {
        trimmed.insert(trimmed.begin(), std::make_move_iterator(instances.begin() + n),
                       std::make_move_iterator(instances.end()));
    }
    instances.resize(size_t(n));
    QList<Chain> added;
    for (int i = before; i < n; ++i) {
        if (!trimmed.empty()) {
            instances[size_t(i)] = std::move(trimmed.front());
            trimmed.erase(trimmed.begin());
            continue;
        }
        initInstance(instances[size_t(i)], scope);
        added.append(parent + Chain{i});
    }
    for (const Chain &chain : std::as_const(added))
        applyDefaults(scope, chain, false);
    return added;
}

void FormSession::structureChanged(const QString &repeat, const Chain &parent,
                                   const QList<Chain> &added, bool dependents)
{
    if (m_before) {
        const QString key = address(repeat, parent);
        if (!m_before->contains(key))
            m_before->insert(key, {repeat, parent, {}, true});
    }
    const QStringList &scope = *m_scope.constFind(repeat);
    evaluateSubtree(scope, parent);
    for (const Chain &chain : added)
        applyDefaults(scope, chain, true);
    if (dependents)
        propagate({{repeat, {parent}}}, m_graph.dependents(repeat));
}

void FormSession::rememberSubtree(const QString &field, const Chain &chain)
{
    if (!m_before)
        return;
    remember(field, chain);
    const FormRow row = m_rows.value(field);
    for (const FormRow &child : row.children()) {
        if (child.type().kind() != FormType::Kind::Repeat) {
            rememberSubtree(child.name(), chain);
            continue;
        }
        const int n = count(child.name(), chain);
        for (int i = 0; i < n; ++i)
            rememberSubtree(child.name(), chain + Chain{i});
    }
}

void FormSession::remember(const QString &field, const Chain &chain)
{
    if (!m_before)
        return;
    const QString key = address(field, chain);
    if (!m_before->contains(key))
        m_before->insert(key, {field, chain, snapshot(field, chain), false});
}

bool FormSession::resolve(const QString &path, QString &field, Chain &chain) const
{
    const QList<FormPath::Step> steps = FormPath::parse(path);
    if (steps.isEmpty() || !m_rows.contains(steps.last().name))
        return false;
    field = steps.last().name;
    const QStringList &scope = *m_scope.constFind(field);
    const bool repeat = m_rows.value(field).type().kind() == FormType::Kind::Repeat;
    // Every enclosing repeat named with an instance number; a repeat itself
    // may be named with one (an instance) or without (the whole repeat).
    if (steps.size() != scope.size() + (repeat ? 0 : 1))
        return false;
    chain.clear();
    for (int i = 0; i < scope.size(); ++i) {
        if (steps[i].name != scope[i])
            return false;
        const bool last = i == scope.size() - 1;
        if (steps[i].index == 0 && !(repeat && last))
            return false;
        if (steps[i].index > 0)
            chain.append(steps[i].index - 1);
    }
    return repeat || steps.last().index == 0;
}

QString FormSession::address(const QString &field, const Chain &chain) const
{
    const QStringList &scope = *m_scope.constFind(field);
    QList<FormPath::Step> steps;
    for (int i = 0; i < chain.size() && i < scope.size(); ++i)
        steps.append({scope[i], chain[i] + 1});
    if (chain.size() < scope.size() || m_rows.value(field).type().kind() != FormType::Kind::Repeat)
        steps.append({field, 0});
    return FormPath::format(steps);
}

QList<int> FormSession::orderKey(const QString &field, const Chain &chain) const
{
    const QStringList &scope = *m_scope.constFind(field);
    QList<int> key;
    for (int i = 0; i < chain.size() && i < scope.size(); ++i)
        key << m_position.value(scope[i]) << chain[i];
    key << m_position.value(field);
    return key;
}

Status FormSession::ensureInstances(const QStringList &scope, const Chain &chain)
{
    for (int depth = 0; depth < chain.size() && depth < scope.size(); ++depth) {
        const QString &repeat = scope[depth];
        const Chain parent = chain.mid(0, depth);
        const int n = count(repeat, parent);
        if (chain[depth] < n)
            continue;
        if (hasRepeatCount(repeat)) {
            return Error(ErrorCode::NotFound,
                         tr("%1 has %2 instances, as its repeat count decides; there is no "
                            "instance %3.")
                             .arg(address(repeat, parent))
                             .arg(n)
                             .arg(chain[depth] + 1));
        }
        if (chain[depth] >= kMaxInstances) {
            return Error(ErrorCode::TooLarge, tr("%1 can have at most %2 instances.")
                                                  .arg(address(repeat, parent))
                                                  .arg(kMaxInstances));
        }
        const QList<Chain> added = resize(repeat, parent, chain[depth] + 1);
        structureChanged(repeat, parent, added, true);
    }
    return {};
}

Result<QStringList> FormSession::setValue(const QString &path, const QString &value)
{
    QString field;
    Chain chain;
    if (!resolve(path, field, chain)) {
        if (m_rows.contains(path) && !m_scope.value(path).isEmpty()) {
            return Error(ErrorCode::NotFound,
                         tr("Field %1 is inside a repeat; name the instance, as in %2.")
                             .arg(path, address(path, Chain(m_scope.value(path).size(), 0))));
        }
        return Error(ErrorCode::NotFound, tr("The form has no field %1.").arg(path));
    }
    const FormRow &row = *m_rows.constFind(field);
    if (!row.type().isCollected()) {
        return Error(ErrorCode::Validation,
                     tr("Field %1 holds no answer; only questions can be set.").arg(path));
    }
    if (isComputed(row)) {
        return Error(ErrorCode::Validation,
                     tr("Field %1 is calculated by the form and cannot be set.").arg(path));
    }
    const Slot *current = slot(field, chain);
    if (!current && value.isEmpty())
        return QStringList();
    if (current && current->state.readOnly)
        return Error(ErrorCode::Validation, tr("Field %1 is read-only.").arg(path));
    if (current && current->value == value)
        return QStringList();

    QHash<QString, Pending> before;
    m_before = &before;
    if (Status made = ensureInstances(m_scope.value(field), chain); !made) {
        m_before = nullptr;
        return made.error();
    }
    Slot *target = slot(field, chain);
    Q_ASSERT(target);
    if (target->state.readOnly) {
        m_before = nullptr;
        return Error(ErrorCode::Validation, tr("Field %1 is read-only.").arg(path));
    }
    remember(field, chain);
    target->value = value;
    propagate({{field, {chain}}}, m_graph.dependents(field));
    m_before = nullptr;

    QList<const Pending *> changed;
    for (const Pending &p : std::as_const(before)) {
        if (p.structural || (slot(p.field, p.chain) && snapshot(p.field, p.chain) != p.before))
            changed.append(&p);
    }
    std::sort(changed.begin(), changed.end(), [this](const Pending *a, const Pending *b) {
        return orderKey(a->field, a->chain) < orderKey(b->field, b->chain);
    });
    QStringList out;
    for (const Pending *p : std::as_const(changed))
        out.append(address(p->field, p->chain));
    return out;
}

void FormSession::setDeviceId(const QString &deviceId)
{
    m_deviceId = deviceId;
    for (const QString &name : std::as_const(m_order)) {
        if (m_rows.value(name).type().kind() != FormType::Kind::DeviceId)
            continue;
        const QStringList &scope = *m_scope.constFind(name);
        for (const Chain &chain : chains(scope, {})) {
            Slot *s = slot(name, chain);
            if (!s || s->value == deviceId)
                continue;
            s->value = deviceId;
            propagate({{name, {chain}}}, m_graph.dependents(name));
        }
    }
}

int FormSession::instanceCount(const QString &repeatPath) const
{
    QString field;
    Chain chain;
    if (!resolve(repeatPath, field, chain) ||
        m_rows.value(field).type().kind() != FormType::Kind::Repeat ||
        chain.size() != m_scope.value(field).size() - 1)
        return 0;
    return count(field, chain);
}

Result<QString> FormSession::addInstance(const QString &repeatPath)
{
    QString field;
    Chain parent;
    if (!resolve(repeatPath, field, parent) ||
        m_rows.value(field).type().kind() != FormType::Kind::Repeat ||
        parent.size() != m_scope.value(field).size() - 1 || !instance(m_scope[field], parent)) {
        return Error(ErrorCode::NotFound,
                     tr("The form has no repeat %1; name a repeat and the instances around it, "
                        "as in members[2]/children.")
                         .arg(repeatPath));
    }
    if (hasRepeatCount(field)) {
        return Error(ErrorCode::Validation,
                     tr("The number of instances of %1 follows from its repeat count; change the "
                        "answers it depends on instead.")
                         .arg(repeatPath));
    }
    const int n = count(field, parent);
    if (n >= kMaxInstances) {
        return Error(ErrorCode::TooLarge,
                     tr("%1 can have at most %2 instances.").arg(repeatPath).arg(kMaxInstances));
    }
    const QList<Chain> added = resize(field, parent, n + 1);
    structureChanged(field, parent, added, true);
    return address(field, parent + Chain{n});
}

Status FormSession::removeInstance(const QString &instancePath)
{
    QString field;
    Chain chain;
    if (!resolve(instancePath, field, chain) ||
        m_rows.value(field).type().kind() != FormType::Kind::Repeat ||
        chain.size() != m_scope.value(field).size() || !instance(m_scope[field], chain)) {
        return Error(
            ErrorCode::NotFound,
            tr("There is no repeat instance %1; name it as in members[2].").arg(instancePath));
    }
    if (hasRepeatCount(field)) {
        return Error(ErrorCode::Validation,
                     tr("The number of instances of %1 follows from its repeat count; change the "
                        "answers it depends on instead.")
                         .arg(address(field, chain.mid(0, chain.size() - 1))));
    }
    const Chain parent = chain.mid(0, chain.size() - 1);
    std::vector<Instance> &instances = instance(m_scope[field], parent)->repeats[field];
    instances.erase(instances.begin() + chain.last());
    // Addresses after the removed instance shift: kept instances would come
    // back under another instance.
    m_trimmed.clear();
    structureChanged(field, parent, {}, true);
    return {};
}

void FormSession::refresh()
{
    evaluateSubtree({}, {});
}

FormSession::Snapshot FormSession::snapshot(const QString &field, const Chain &chain) const
{
    const Slot *s = slot(field, chain);
    if (!s)
        return {};
    const FieldState &state = s->state;
    return {relevantAt(field, chain),
            state.required,
            state.readOnly,
            s->value.isEmpty() || state.constraintHolds,
            s->hasComputed ? s->computed.toString() : QString(),
            state.available,
            state.errors};
}

QString FormSession::textAt(const QString &field, const Chain &chain) const
{
    const Slot *s = slot(field, chain);
    if (!s)
        return {};
    return s->hasComputed ? s->computed.toString() : s->value;
}

QString FormSession::text(const QString &path) const
{
    QString field;
    Chain chain;
    return resolve(path, field, chain) ? textAt(field, chain) : QString();
}

bool FormSession::relevantAt(const QString &field, const Chain &chain) const
{
    for (QString f = field; !f.isEmpty(); f = m_parent.value(f)) {
        const Slot *s = slot(f, chain.mid(0, m_scope.value(f).size()));
        if (!s || !s->state.selfRelevant)
            return false;
    }
    return true;
}

bool FormSession::isRelevant(const QString &path) const
{
    QString field;
    Chain chain;
    return resolve(path, field, chain) && relevantAt(field, chain);
}

bool FormSession::isRequired(const QString &path) const
{
    QString field;
    Chain chain;
    const Slot *s = resolve(path, field, chain) ? slot(field, chain) : nullptr;
    return s && s->state.required;
}

bool FormSession::isReadOnly(const QString &path) const
{
    QString field;
    Chain chain;
    const Slot *s = resolve(path, field, chain) ? slot(field, chain) : nullptr;
    return s && s->state.readOnly;
}

bool FormSession::isComputed(const FormRow &row) const
{
    return row.type().kind() == FormType::Kind::Calculate || !row.calculation().isEmpty();
}

QList<FormSession::Choice> FormSession::availableChoices(const QString &path) const
{
    QString field;
    Chain chain;
    if (!resolve(path, field, chain))
        return {};
    const FormRow &row = *m_rows.constFind(field);
    const Slot *s = slot(field, chain);
    if (!row.type().isSelect() || !s)
        return {};
    QList<Choice> out;
    bool hasOther = false;
    for (const FormChoice &c : m_definition.choices()) {
        if (c.listName() != row.listName())
            continue;
        hasOther = hasOther || c.name() == u"other";
        if (s->state.filtered && !s->state.available.contains(c.name()))
            continue;
        out.append({c.name(), c.label().text(m_language, m_definition.defaultLanguage())});
    }
    if (row.orOther() && !hasOther)
        out.append({QStringLiteral("other"), tr("Other")});
    return out;
}

QList<std::pair<QString, FormSession::Chain>> FormSession::occurrences() const
{
    // Depth first through the instances, so that members[1]/… comes before
    // members[2]/…: the order a person reads the record in.
    QList<std::pair<QString, Chain>> out;
    std::function<void(const QList<FormRow> &, const Chain &)> walk =
        [&](const QList<FormRow> &rows, const Chain &chain) {
            for (const FormRow &row : rows) {
                if (row.type().kind() != FormType::Kind::Repeat) {
                    out.append({row.name(), chain});
                    if (row.type().isContainer())
                        walk(row.children(), chain);
                    continue;
                }
                out.append({row.name(), chain}); // the repeat as a whole
                const int n = count(row.name(), chain);
                for (int i = 0; i < n; ++i) {
                    const Chain inner = chain + Chain{i};
                    out.append({row.name(), inner});
                    walk(row.children(), inner);
                }
            }
        };
    walk(m_definition.rows(), {});
    return out;
}

QStringList FormSession::fieldPaths() const
{
    QStringList out;
    for (const auto &[field, chain] : occurrences()) {
        const FormRow &row = *m_rows.constFind(field);
        if (row.type().isCollected() || isComputed(row))
            out.append(address(field, chain));
    }
    return out;
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
    case Column::ChoiceFilter:
        return QStringLiteral("choice_filter");
    case Column::RepeatCount:
        return QStringLiteral("repeat_count");
    case Column::Enclosing:
        break;
    }
    return {};
}

QList<FieldIssue> FormSession::validateAll() const
{
    QList<FieldIssue> issues;
    for (const auto &[field, chain] : occurrences())
        validateAt(field, chain, issues);
    return issues;
}

void FormSession::validateAt(const QString &field, const Chain &chain,
                             QList<FieldIssue> &issues) const
{
    const Slot *s = slot(field, chain);
    if (!s || !relevantAt(field, chain))
        return;
    const QString name = address(field, chain);
    const FormRow &row = *m_rows.constFind(field);
    const FieldState &state = s->state;
    for (auto e = state.errors.cbegin(); e != state.errors.cend(); ++e) {
        issues.append({name, FieldIssue::Kind::Evaluation,
                       tr("The form could not evaluate the %1 of this field: %2")
                           .arg(columnName(e.key()), e.value())});
    }
    if (!row.type().isCollected() || isComputed(row))
        return;
    const QString &fallback = m_definition.defaultLanguage();
    const QString &answer = s->value;
    if (answer.trimmed().isEmpty()) {
        if (state.required) {
            QString message =
                row.text(QStringLiteral("required_message")).text(m_language, fallback);
            if (message.isEmpty())
                message = tr("This field is required.");
            issues.append({name, FieldIssue::Kind::Required, message});
        }
        return;
    }
    const QString problem = FormSessionTypeCheck::problem(row, answer, m_definition, m_locale);
    if (!problem.isEmpty()) {
        issues.append({name, FieldIssue::Kind::Type, problem});
        return;
    }
    if (state.filtered) {
        // The choice was available when picked, but an answer it depends on
        // has changed since.
        for (const QString &choice : answer.split(u' ', Qt::SkipEmptyParts)) {
            if (state.available.contains(choice) || (row.orOther() && choice == u"other"))
                continue;
            issues.append({name, FieldIssue::Kind::Type,
                           tr("'%1' is no longer one of the choices here, after the answers "
                              "above changed; pick another.")
                               .arg(choice)});
            return;
        }
    }
    if (!state.constraintHolds) {
        QString message = row.text(QStringLiteral("constraint_message")).text(m_language, fallback);
        if (message.isEmpty())
            message = tr("This answer is not allowed here; check it against the question.");
        issues.append({name, FieldIssue::Kind::Constraint, message});
    }
}

QMap<QString, QString> FormSession::finalizedValues() const
{
    QMap<QString, QString> values;
    for (const auto &[field, chain] : occurrences()) {
        const FormRow &row = *m_rows.constFind(field);
        if (!relevantAt(field, chain))
            continue;
        if (row.type().kind() == FormType::Kind::Repeat) {
            if (chain.size() < m_scope.value(field).size() && count(field, chain) > 0)
                values.insert(address(field, chain), QString::number(count(field, chain)));
            continue;
        }
        if (!row.type().isCollected())
            continue;
        const QString answer = row.type().kind() == FormType::Kind::End
                                   ? now().toString(Qt::ISODateWithMs)
                                   : textAt(field, chain);
        if (!answer.isEmpty())
            values.insert(address(field, chain), answer);
    }
    return values;
}

int FormSession::dependentExpressions(const QString &field) const
{
    const QList<int> ids = m_graph.dependents(field);
    return int(std::count_if(ids.cbegin(), ids.cend(), [this](int id) {
        return m_expressions.at(id).column != Column::Enclosing;
    }));
}

int FormSession::expressionCount() const
{
    return int(std::count_if(m_expressions.cbegin(), m_expressions.cend(),
                             [](const Expression &e) { return e.column != Column::Enclosing; }));
}

ExprValue FormSession::valueAt(const QString &field, const Chain &chain) const
{
    const Slot *s = slot(field, chain);
    if (!s)
        return {};
    if (s->hasComputed)
        return s->computed;
    return FormSessionTypeCheck::toValue(*m_rows.constFind(field), s->value, m_locale);
}

ExprValue FormSession::value(const QString &name) const
{
    const auto scope = m_scope.constFind(name);
    if (scope == m_scope.cend())
        return {};
    const int common = commonDepth(m_currentScope, *scope);
    if (common == scope->size()) {
        const Chain chain = m_currentChain.mid(0, common);
        return relevantAt(name, chain) ? valueAt(name, chain) : ExprValue();
    }
    // A field of a repeat read from outside it: every instance.
    const QList<ExprValue> all = repeatValues(name);
    return all.size() == 1 ? all.first() : ExprValue::nodeSet(all);
}

QList<ExprValue> FormSession::repeatValues(const QString &name) const
{
    const auto scope = m_scope.constFind(name);
    if (scope == m_scope.cend())
        return {};
    const int common = commonDepth(m_currentScope, *scope);
    const bool repeat = m_rows.value(name).type().kind() == FormType::Kind::Repeat;
    QList<ExprValue> out;
    for (const Chain &chain : chains(*scope, m_currentChain.mid(0, common))) {
        // Non-relevant instances and fields are left out of aggregates.
        if (!relevantAt(name, chain))
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
    const QStringList scope = m_scope.value(name);
    const int depth = int(scope.size());
    if (depth == 0 || commonDepth(m_currentScope, scope) < depth || m_currentChain.size() < depth)
        return 0;
    return m_currentChain[depth - 1] + 1;
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

ExprValue FormSession::choiceColumn(const QString &column) const
{
    if (!m_choice)
        return {};
    QString text;
    if (column == u"name")
        text = m_choice->name();
    else if (column == u"label")
        text = m_choice->label().text(m_language, m_definition.defaultLanguage());
    else
        text = m_choice->attributes().value(column);
    return text.isEmpty() ? ExprValue() : ExprValue::string(text);
}

QDateTime FormSession::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

} // namespace vigia
