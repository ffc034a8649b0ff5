// FormSession, continued: the number of repeat instances (adding and removing
// them by hand, and as a repeat_count or a stored address asks), and what a
// change of that number re-evaluates. Kept apart so that FormSession.cpp
// stays readable in one sitting.
#include "forms/FormSession.h"

namespace vigia {

QList<FormSession::Chain> FormSession::resize(const QString &repeat, const Chain &parent, int n)
{
    const QList<Chain> added = m_answers.resize(repeat, parent, n);
    for (const Chain &chain : added)
        applyDefaults(form().scope(repeat), chain, false);
    return added;
}

void FormSession::structureChanged(const QString &repeat, const Chain &parent,
                                   const QList<Chain> &added, bool dependents)
{
    if (m_before) {
        const QString key = m_answers.address(repeat, parent);
        if (!m_before->contains(key))
            m_before->insert(key, {repeat, parent, {}, true});
    }
    const QStringList &scope = form().scope(repeat);
    evaluateSubtree(scope, parent);
    for (const Chain &chain : added)
        applyDefaults(scope, chain, true);
    if (dependents)
        propagate({{repeat, {parent}}}, form().dependents(repeat));
}

Status FormSession::ensureInstances(const QStringList &scope, const Chain &chain)
{
    for (int depth = 0; depth < chain.size() && depth < scope.size(); ++depth) {
        const QString &repeat = scope[depth];
        const Chain parent = chain.mid(0, depth);
        const int n = m_answers.count(repeat, parent);
        if (chain[depth] < n)
            continue;
        if (form().hasRepeatCount(repeat)) {
            return Error(ErrorCode::NotFound,
                         tr("%1 has %2 instances, as its repeat count decides; there is no "
                            "instance %3.")
                             .arg(m_answers.address(repeat, parent))
                             .arg(n)
                             .arg(chain[depth] + 1));
        }
        if (chain[depth] >= kMaxInstances) {
            return Error(ErrorCode::TooLarge, tr("%1 can have at most %2 instances.")
                                                  .arg(m_answers.address(repeat, parent))
                                                  .arg(kMaxInstances));
        }
        const QList<Chain> added = resize(repeat, parent, chain[depth] + 1);
        structureChanged(repeat, parent, added, true);
    }
    return {};
}

int FormSession::instanceCount(const QString &repeatPath) const
{
    QString field;
    Chain chain;
    if (!m_answers.resolve(repeatPath, field, chain) || !form().isRepeat(field) ||
        chain.size() != form().scope(field).size() - 1)
        return 0;
    return m_answers.count(field, chain);
}

Result<QString> FormSession::addInstance(const QString &repeatPath)
{
    QString field;
    Chain parent;
    if (!m_answers.resolve(repeatPath, field, parent) || !form().isRepeat(field) ||
        parent.size() != form().scope(field).size() - 1 ||
        !m_answers.instance(form().scope(field), parent)) {
        return Error(ErrorCode::NotFound,
                     tr("The form has no repeat %1; name a repeat and the instances around it, "
                        "as in members[2]/children.")
                         .arg(repeatPath));
    }
    if (form().hasRepeatCount(field)) {
        return Error(ErrorCode::Validation,
                     tr("The number of instances of %1 follows from its repeat count; change the "
                        "answers it depends on instead.")
                         .arg(repeatPath));
    }
    const int n = m_answers.count(field, parent);
    if (n >= kMaxInstances) {
        return Error(ErrorCode::TooLarge,
                     tr("%1 can have at most %2 instances.").arg(repeatPath).arg(kMaxInstances));
    }
    const QList<Chain> added = resize(field, parent, n + 1);
    structureChanged(field, parent, added, true);
    return m_answers.address(field, parent + Chain{n});
}

Status FormSession::removeInstance(const QString &instancePath)
{
    QString field;
    Chain chain;
    if (!m_answers.resolve(instancePath, field, chain) || !form().isRepeat(field) ||
        chain.size() != form().scope(field).size() ||
        !m_answers.instance(form().scope(field), chain)) {
        return Error(
            ErrorCode::NotFound,
            tr("There is no repeat instance %1; name it as in members[2].").arg(instancePath));
    }
    const Chain parent = chain.mid(0, chain.size() - 1);
    if (form().hasRepeatCount(field)) {
        return Error(ErrorCode::Validation,
                     tr("The number of instances of %1 follows from its repeat count; change the "
                        "answers it depends on instead.")
                         .arg(m_answers.address(field, parent)));
    }
    m_answers.remove(field, chain);
    structureChanged(field, parent, {}, true);
    return {};
}

} // namespace vigia
