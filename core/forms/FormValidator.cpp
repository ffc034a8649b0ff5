#include "forms/FormValidator.h"

#include "forms/expr/ExprDependencies.h"
#include "forms/expr/ExprGraph.h"
#include "forms/expr/ExprParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace vigia {

QStringList FormValidator::problems(const FormDefinition &definition)
{
    FormValidator validator(definition);
    validator.indexNames(definition.rows(), {});
    validator.checkRepeatNames();
    validator.checkSettings();
    validator.checkRows();
    validator.checkChoices();
    validator.checkExpressions();
    return validator.m_problems;
}

Status FormValidator::validate(const FormDefinition &definition)
{
    const QStringList found = problems(definition);
    if (found.isEmpty())
        return {};
    return Error(ErrorCode::Validation, found.join(u'\n'));
}

QString FormValidator::where(const FormRow &row, const QString &column) const
{
    if (row.sourceRow() > 0) {
        return column.isEmpty() ? tr("survey row %1").arg(row.sourceRow())
                                : tr("survey row %1, column %2").arg(row.sourceRow()).arg(column);
    }
    return column.isEmpty() ? tr("field %1").arg(row.name())
                            : tr("field %1, column %2").arg(row.name(), column);
}

void FormValidator::checkSettings()
{
    if (m_definition.formId().isEmpty())
        m_problems << tr("settings: the form has no form_id; give it one.");
    if (m_definition.version().isEmpty())
        m_problems << tr("settings: the form has no version; give it one, such as 1.");
}

void FormValidator::checkRows()
{
    m_definition.forEachRow([&](const FormRow &row) {
        checkRow(row);
        checkTextReferences(row);
        if (const auto it = m_nameProblems.constFind(&row); it != m_nameProblems.cend())
            m_problems << *it;
    });
}

void FormValidator::checkRow(const FormRow &row)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    if (!row.type().isKnown()) {
        m_problems << tr("%1: unknown type '%2'; see docs/form-format.md for the "
                         "types Vigia knows.")
                          .arg(where(row, QStringLiteral("type")), row.type().name());
    }
    if (row.name().isEmpty()) {
        m_problems
            << tr("%1: the row has no name; give it one.").arg(where(row, QStringLiteral("name")));
    } else if (!validName.match(row.name()).hasMatch()) {
        m_problems << tr("%1: '%2' is not a valid name; start with a letter or "
                         "'_' and use only letters, digits, '_', '-' and '.'.")
                          .arg(where(row, QStringLiteral("name")), row.name());
    }
    if (row.type().isSelect()) {
        if (row.listName().isEmpty()) {
            m_problems << tr("%1: %2 needs a choice list, as in '%2 yes_no'.")
                              .arg(where(row, QStringLiteral("type")), row.type().name());
        } else if (!m_definition.hasList(row.listName())) {
            m_problems << tr("%1: the choice list '%2' does not exist; add it to "
                             "the choices.")
                              .arg(where(row, QStringLiteral("type")), row.listName());
        }
    }
}

void FormValidator::checkTextReferences(const FormRow &row)
{
    // Labels and messages show answers with ${name}; a wrong name would show
    // the raw text to the person filling in the form.
    static const QRegularExpression reference(QStringLiteral("\\$\\{([^}]*)\\}"));
    const auto fieldsIn = [](const QStringList &texts) {
        QStringList fields;
        for (const QString &text : texts) {
            auto matches = reference.globalMatch(text);
            while (matches.hasNext())
                fields << matches.next().captured(1);
        }
        return fields;
    };
    for (auto it = row.texts().cbegin(); it != row.texts().cend(); ++it)
        m_problems << referenceProblems(row, it.key(), fieldsIn(it.value().texts().values()));
    // A default that reads a field is an expression FormValidator does not
    // parse (CompiledForm decides); its references still name one row.
    const QString defaultColumn = QStringLiteral("default");
    m_problems << referenceProblems(row, defaultColumn, fieldsIn({row.property(defaultColumn)}),
                                    false);
}

void FormValidator::checkChoices()
{
    const bool duplicatesAllowed =
        m_definition.attributes().value(QStringLiteral("allow_choice_duplicates")) == u"yes";
    QSet<QPair<QString, QString>> seen;
    for (const FormChoice &choice : m_definition.choices()) {
        const QPair<QString, QString> key(choice.listName(), choice.name());
        if (seen.contains(key) && !duplicatesAllowed) {
            m_problems << (choice.sourceRow() > 0
                               ? tr("choices row %1, column name: the list '%2' has the choice "
                                    "'%3' twice; rename one.")
                                     .arg(choice.sourceRow())
                                     .arg(choice.listName(), choice.name())
                               : tr("choices: the list '%1' has the choice '%2' twice; rename "
                                    "one.")
                                     .arg(choice.listName(), choice.name()));
        }
        seen.insert(key);
    }
}

void FormValidator::checkExpressions()
{
    ExprGraph graph;
    bool parsedAll = true;
    m_definition.forEachRow([&](const FormRow &row) {
        for (const QString &column : FormRow::expressionColumns()) {
            const QString source = row.property(column);
            // "yes" in required or read_only is a constant, not an expression.
            if (source.isEmpty() || ((column == u"required" || column == u"read_only") &&
                                     FormRow::isConstantFlag(source)))
                continue;
            auto tree = ExprParser::parse(source, column == u"choice_filter"
                                                      ? ExprParser::Mode::ChoiceFilter
                                                      : ExprParser::Mode::Field);
            if (!tree) {
                parsedAll = false;
                m_problems << tr("%1: %2").arg(where(row, column), tree.error().message());
                continue;
            }
            const ExprDependencies dependencies(*tree.value());
            const QSet<QString> &fields = dependencies.fields();
            m_problems << referenceProblems(row, column, QStringList(fields.begin(), fields.end()));
            const bool value =
                column == u"calculation" || column == u"relevant" || column == u"repeat_count";
            graph.add(row.name(), *tree.value(),
                      value ? ExprGraph::Role::Value : ExprGraph::Role::Check);
        }
    });
    if (!parsedAll)
        return;
    if (auto built = graph.build(); !built)
        m_problems << tr("survey: %1.").arg(built.error().message());
}

} // namespace vigia
