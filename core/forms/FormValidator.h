#pragma once

#include "common/Result.h"
#include "forms/FormDefinition.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace vigia {

// Static checks of a form definition (not of record values): names are
// present and, as in pyxform, unique among the rows of a group or repeat,
// a repeat's name unique in the whole form, every ${x} naming a row used
// once in the form, types are known, select lists exist, every
// expression parses, references point to existing fields, and no calculation or relevance depends
// on itself. Messages name the row as precisely as the definition allows: "survey row 14, column
// constraint: …" for an imported workbook, "field age, column constraint: …" otherwise.
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
    // FormValidatorNames.cpp: where each name is used, and what is wrong
    // with a row's name; before the checks that read m_named.
    void indexNames(const QList<FormRow> &rows, const QString &container);
    void checkRepeatNames();
    // Problems of the ${…} `fields` read in `column` of `row`, in name
    // order: a name used by no row (when `missing`) or by several.
    [[nodiscard]] QStringList referenceProblems(const FormRow &row, const QString &column,
                                                QStringList fields, bool missing = true) const;
    [[nodiscard]] QString describe(const FormRow &row) const;
    void checkRows();
    void checkRow(const FormRow &row);
    void checkTextReferences(const FormRow &row);
    void checkChoices();
    void checkExpressions();
    [[nodiscard]] QString where(const FormRow &row, const QString &column) const;

    const FormDefinition &m_definition;
    QStringList m_problems;
    QHash<QString, QList<const FormRow *>> m_named; // name → its rows, in form order
    QHash<const FormRow *, QString> m_paths;        // row → enclosing groups/repeats/name
    QHash<const FormRow *, QString> m_nameProblems; // row → what is wrong with its name
};

} // namespace vigia
