#include "forms/FormAnswers.h"

#include "forms/FormPath.h"

#include <functional>

namespace vigia {

FormAnswers::FormAnswers(CompiledForm::Ptr form)
    : m_form(std::move(form))
{
    initInstance(m_root, {});
}

void FormAnswers::initInstance(Instance &instance, const QStringList &scope) const
{
    for (const QString &name : m_form->order()) {
        const QStringList &s = m_form->scope(name);
        const FormRow &row = m_form->row(name);
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

bool FormAnswers::resolve(const QString &path, QString &field, Chain &chain) const
{
    const QList<FormPath::Step> steps = FormPath::parse(path);
    if (steps.isEmpty())
        return false;
    // The enclosing instances, then the field's key in their repeat: its
    // name, or its group path when the level uses the name twice
    // ("members[2]/respondent/age"). A repeat's name is its own in the form.
    qsizetype instances = 0;
    while (instances < steps.size() && steps[instances].index > 0)
        ++instances;
    const QString &name = steps.last().name;
    const bool repeat = m_form->isRepeat(name);
    if (repeat) {
        field = name;
    } else {
        QStringList key;
        for (qsizetype i = instances; i < steps.size(); ++i)
            key << steps[i].name;
        field = m_form->idOf(instances > 0 ? steps[instances - 1].name : QString(), key.join(u'/'));
    }
    if (field.isEmpty())
        return false;
    const QStringList &scope = m_form->scope(field);
    // Every enclosing repeat named with an instance number; a repeat itself
    // may be named with one (an instance) or without (the whole repeat).
    if (repeat ? steps.size() != scope.size() : instances != scope.size())
        return false;
    const qsizetype enclosing = repeat ? scope.size() - 1 : scope.size();
    chain.clear();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (i < scope.size() && steps[i].name != scope[i])
            return false;
        if (i < enclosing && steps[i].index == 0)
            return false;
        if (i >= enclosing && !repeat && steps[i].index > 0)
            return false;
        if (steps[i].index > 0)
            chain.append(steps[i].index - 1);
    }
    return true;
}

QString FormAnswers::address(const QString &field, const Chain &chain) const
{
    const QStringList &scope = m_form->scope(field);
    QList<FormPath::Step> steps;
    for (int i = 0; i < chain.size() && i < scope.size(); ++i)
        steps.append({scope[i], chain[i] + 1});
    if (chain.size() < scope.size() || !m_form->isRepeat(field)) {
        for (const QString &part : m_form->key(field).split(u'/'))
            steps.append({part, 0});
    }
    return FormPath::format(steps);
}

QList<int> FormAnswers::orderKey(const QString &field, const Chain &chain) const
{
    const QStringList &scope = m_form->scope(field);
    QList<int> key;
    for (int i = 0; i < chain.size() && i < scope.size(); ++i)
        key << m_form->position(scope[i]) << chain[i];
    key << m_form->position(field);
    return key;
}

const FormAnswers::Instance *FormAnswers::instance(const QStringList &scope,
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

FormAnswers::Instance *FormAnswers::instance(const QStringList &scope, const Chain &chain)
{
    // Not the const version cast: the hashes are implicitly shared with any
    // copy of the record, and only non-const access detaches them before
    // the caller writes.
    Instance *at = &m_root;
    for (int i = 0; i < chain.size() && i < scope.size(); ++i) {
        const auto it = at->repeats.find(scope[i]);
        if (it == at->repeats.end() || chain[i] < 0 || size_t(chain[i]) >= it->size())
            return nullptr;
        at = &(*it)[size_t(chain[i])];
    }
    return at;
}

const FormAnswers::Slot *FormAnswers::slot(const QString &field, const Chain &chain) const
{
    // Outside any repeat the instance is the root whatever the field's scope:
    // no lookup of the scope for most fields.
    const Instance *in = chain.isEmpty() ? &m_root : instance(m_form->scope(field), chain);
    if (!in)
        return nullptr;
    const auto it = in->answers.constFind(field);
    return it == in->answers.cend() ? nullptr : &*it;
}

FormAnswers::Slot *FormAnswers::slot(const QString &field, const Chain &chain)
{
    Instance *in = chain.isEmpty() ? &m_root : instance(m_form->scope(field), chain);
    if (!in)
        return nullptr;
    const auto it = in->answers.find(field);
    return it == in->answers.end() ? nullptr : &*it;
}

int FormAnswers::count(const QString &repeat, const Chain &parent) const
{
    const Instance *in = instance(m_form->scope(repeat), parent);
    if (!in)
        return 0;
    const auto it = in->repeats.constFind(repeat);
    return it == in->repeats.cend() ? 0 : int(it->size());
}

QList<FormAnswers::Chain> FormAnswers::chains(const QStringList &scope, const Chain &prefix) const
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

QList<FormAnswers::Chain> FormAnswers::resize(const QString &repeat, const Chain &parent, int n)
{
    const QStringList &scope = m_form->scope(repeat);
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
    return added;
}

void FormAnswers::remove(const QString &repeat, const Chain &chain)
{
    const Chain parent = chain.mid(0, chain.size() - 1);
    Instance *holder = instance(m_form->scope(repeat), parent);
    if (!holder)
        return;
    std::vector<Instance> &instances = holder->repeats[repeat];
    if (chain.last() < 0 || size_t(chain.last()) >= instances.size())
        return;
    instances.erase(instances.begin() + chain.last());
    // Addresses after the removed instance shift: kept instances would come
    // back under another instance.
    m_trimmed.clear();
}

bool FormAnswers::relevantAt(const QString &field, const Chain &chain) const
{
    // slot() reads only as much of the chain as the field's scope is deep,
    // so each ancestor takes the whole chain: no copy per ancestor.
    for (QString f = field; !f.isEmpty(); f = m_form->parent(f)) {
        const Slot *s = slot(f, chain);
        if (!s || !s->state.selfRelevant)
            return false;
    }
    return true;
}

QString FormAnswers::textAt(const QString &field, const Chain &chain) const
{
    const Slot *s = slot(field, chain);
    if (!s)
        return {};
    return s->hasComputed ? s->computed.toString() : s->value;
}

QList<std::pair<QString, FormAnswers::Chain>> FormAnswers::occurrences() const
{
    // Depth first through the instances, so that members[1]/… comes before
    // members[2]/…: the order a person reads the record in.
    QList<std::pair<QString, Chain>> out;
    std::function<void(const QString &, const Chain &)> walk = [&](const QString &container,
                                                                   const Chain &chain) {
        for (const QString &field : m_form->children(container)) {
            const FormType &type = m_form->row(field).type();
            if (type.kind() != FormType::Kind::Repeat) {
                out.append({field, chain});
                if (type.isContainer()) // only groups hold rows: no lookup for the rest
                    walk(field, chain);
                continue;
            }
            out.append({field, chain}); // the repeat as a whole
            const int n = count(field, chain);
            for (int i = 0; i < n; ++i) {
                const Chain inner = chain + Chain{i};
                out.append({field, inner});
                walk(field, inner);
            }
        }
    };
    walk({}, {});
    return out;
}

QStringList FormAnswers::fieldPaths() const
{
    QStringList out;
    for (const auto &[field, chain] : occurrences()) {
        const FormRow &row = m_form->row(field);
        if (row.type().isCollected() || CompiledForm::isComputed(row))
            out.append(address(field, chain));
    }
    return out;
}

QMap<QString, QString> FormAnswers::finalizedValues(const QDateTime &end) const
{
    QMap<QString, QString> values;
    for (const auto &[field, chain] : occurrences()) {
        const FormRow &row = m_form->row(field);
        if (!relevantAt(field, chain))
            continue;
        if (row.type().kind() == FormType::Kind::Repeat) {
            if (chain.size() < m_form->scope(field).size() && count(field, chain) > 0)
                values.insert(address(field, chain), QString::number(count(field, chain)));
            continue;
        }
        if (!row.type().isCollected())
            continue;
        const QString answer = row.type().kind() == FormType::Kind::End
                                   ? end.toString(Qt::ISODateWithMs)
                                   : textAt(field, chain);
        if (!answer.isEmpty())
            values.insert(address(field, chain), answer);
    }
    return values;
}

} // namespace vigia
