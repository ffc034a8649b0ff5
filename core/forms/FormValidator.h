#pragma once

#include "common/Result.h"
#include "forms/FormDefinition.h"

#include <QCoreApplication>
#include <QStringList>

namespace vigia {

// Static checks of a form definition (not of record values): names are
// present and unique, types are known, select lists exist, every expression
// parses, references point to existing fields, and no calculation or
// relevance depends on itself. Messages name the row as precisely as the
// definition allows: "survey row 14, column constraint: …" for an imported
// workbook, "field age, column constraint: …" otherwise.
class FormValidator
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FormValidator)

public:
    // Every problem, one translated line each, in form order; empty when the
    // definition is sound.
    [[nodiscard]] static QStringList problems(const FormDefinition &definition);
    // ErrorCode::Validation with all problems, one per line.
    [[nodiscard]] static Status validate(const FormDefinition &definition);

private:
    explicit FormValidator(const FormDefinition &definition)
        : m_definition(definition)
    {}

    void checkSettings();
    void checkRows();
    void checkRow(const FormRow &row);
    void checkTextReferences(const FormRow &row);
    void checkChoices();
    void checkExpressions();
    [[nodiscard]] QString where(const FormRow &row, const QString &column) const;

    const FormDefinition &m_definition;
    QStringList m_problems;
};

} // namespace vigia
