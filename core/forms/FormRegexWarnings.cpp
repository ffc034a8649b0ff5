#include "forms/FormRegexWarnings.h"

#include "forms/expr/ExprParser.h"
#include "forms/expr/ExprRegex.h"

namespace vigia {

namespace {

// The literal patterns of the regex() calls in a tree, with their positions.
void literalPatterns(const ExprNode &node, QList<std::pair<QString, int>> &out)
{
    if (node.kind() == ExprNode::Kind::Call && node.text() == u"regex" &&
        node.children().size() == 2 && node.children().at(1)->kind() == ExprNode::Kind::String)
        out.append({node.children().at(1)->text(), node.position()});
    for (const ExprNode::Ptr &child : node.children()) {
        if (child)
            literalPatterns(*child, out);
    }
}

} // namespace

QStringList FormRegexWarnings::warnings(const FormDefinition &definition)
{
    QStringList out;
    definition.forEachRow([&](const FormRow &row) {
        for (const QString &column : FormRow::expressionColumns()) {
            const QString source = row.property(column);
            if (!source.contains(QLatin1String("regex")))
                continue;
            // One that does not parse is FormValidator's to report.
            auto tree = ExprParser::parse(source, column == u"choice_filter"
                                                      ? ExprParser::Mode::ChoiceFilter
                                                      : ExprParser::Mode::Field);
            if (!tree)
                continue;
            QList<std::pair<QString, int>> patterns;
            literalPatterns(*tree.value(), patterns);
            for (const auto &[pattern, position] : patterns) {
                const Status s = ExprRegex::check(pattern, position);
                if (s)
                    continue;
                const QString where =
                    row.sourceRow() > 0
                        ? tr("survey row %1, column %2").arg(row.sourceRow()).arg(column)
                        : tr("field %1, column %2").arg(row.name(), column);
                out << tr("%1: %2. The form is imported all the same: Vigia stops testing an "
                          "answer after ten million steps and shows an error on the field "
                          "instead of accepting or refusing the answer.")
                           .arg(where, s.error().message());
            }
        }
    });
    return out;
}

} // namespace vigia
