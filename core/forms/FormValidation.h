#pragma once

#include "forms/FieldIssue.h"
#include "forms/FormAnswers.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace vigia {

// Judges a record's answers as FormSession left them: the evaluation errors
// of each relevant field, then a missing required answer, an answer not of
// its field's type (FormSessionTypeCheck), a choice a choice_filter no longer
// leaves, and a broken constraint. Fields that are not relevant are ignored.
class FormValidation
{
    // The messages were written for FormSession and are translated under
    // its name; keeping the context keeps the translations.
    Q_DECLARE_TR_FUNCTIONS(vigia::FormSession)

public:
    // Every problem of every relevant field, in form order, instance by
    // instance; issues name the field's address ("members[2]/age").
    // Messages and the form's own texts are in `language` (else the form's
    // default language); decimals accept `locale`'s separator.
    [[nodiscard]] static QList<FieldIssue> issues(const FormAnswers &answers,
                                                  const QString &language, const QLocale &locale);

private:
    FormValidation(const FormAnswers &answers, const QString &language, const QLocale &locale)
        : m_answers(answers)
        , m_form(answers.form())
        , m_language(language)
        , m_locale(locale)
    {}

    void check(const QString &field, const FormAnswers::Chain &chain);

    const FormAnswers &m_answers;
    const CompiledForm &m_form;
    const QString &m_language;
    const QLocale &m_locale;
    QList<FieldIssue> m_issues;
};

} // namespace vigia
