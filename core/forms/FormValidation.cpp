#include "forms/FormValidation.h"

#include "forms/FormSessionTypeCheck.h"

namespace vigia {

QList<FieldIssue> FormValidation::issues(const FormAnswers &answers, const QString &language,
                                         const QLocale &locale)
{
    FormValidation validation(answers, language, locale);
    for (const auto &[field, chain] : answers.occurrences())
        validation.check(field, chain);
    return validation.m_issues;
}

void FormValidation::check(const QString &field, const FormAnswers::Chain &chain)
{
    const FormAnswers::Slot *s = m_answers.slot(field, chain);
    // The field's own relevance is in its slot; then its groups'.
    if (!s || !s->state.selfRelevant || !m_answers.relevantAt(m_form.parent(field), chain))
        return;
    // Most fields have nothing to say: their address is written only for
    // an issue (it was most of a full validation's time).
    QString address;
    const auto name = [&]() -> const QString & {
        if (address.isEmpty())
            address = m_answers.address(field, chain);
        return address;
    };
    const FormRow &row = m_form.row(field);
    const FormAnswers::FieldState &state = s->state;
    for (auto e = state.errors.cbegin(); e != state.errors.cend(); ++e) {
        m_issues.append(
            {name(), FieldIssue::Kind::Evaluation,
             tr("The form could not evaluate the %1 of this field: %2")
                 .arg(CompiledForm::columnName(CompiledForm::Column(e.key())), e.value())});
    }
    if (!row.type().isCollected() || CompiledForm::isComputed(row))
        return;
    const QString &fallback = m_form.definition().defaultLanguage();
    const QString &answer = s->value;
    if (answer.trimmed().isEmpty()) {
        if (state.required) {
            QString message =
                row.text(QStringLiteral("required_message")).text(m_language, fallback);
            if (message.isEmpty())
                message = tr("This field is required.");
            m_issues.append({name(), FieldIssue::Kind::Required, message});
        }
        return;
    }
    const QString problem =
        FormSessionTypeCheck::problem(row, answer, m_form.definition(), m_locale);
    if (!problem.isEmpty()) {
        m_issues.append({name(), FieldIssue::Kind::Type, problem});
        return;
    }
    if (state.filtered) {
        // The choice was available when picked, but an answer it depends on
        // has changed since.
        for (const QString &choice : answer.split(u' ', Qt::SkipEmptyParts)) {
            if (state.available.contains(choice) || (row.orOther() && choice == u"other"))
                continue;
            m_issues.append({name(), FieldIssue::Kind::Type,
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
        m_issues.append({name(), FieldIssue::Kind::Constraint, message});
    }
}

} // namespace vigia
