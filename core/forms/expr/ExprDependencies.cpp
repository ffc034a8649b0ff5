#include "forms/expr/ExprDependencies.h"

namespace vigia {

ExprDependencies::ExprDependencies(const ExprNode &root)
{
    visit(root);
}

void ExprDependencies::visit(const ExprNode &node)
{
    switch (node.kind()) {
    case ExprNode::Kind::Reference:
        m_fields.insert(node.text());
        break;
    case ExprNode::Kind::Current:
        m_usesCurrent = true;
        break;
    case ExprNode::Kind::Call:
        if (node.text() == QLatin1String("today") || node.text() == QLatin1String("now"))
            m_usesClock = true;
        // once() and string-length() without arguments read `.` implicitly.
        if (node.text() == QLatin1String("once") ||
            (node.children().isEmpty() && (node.text() == QLatin1String("string") ||
                                           node.text() == QLatin1String("string-length"))))
            m_usesCurrent = true;
        break;
    default:
        break;
    }
    for (const ExprNode::Ptr &child : node.children())
        visit(*child);
}

} // namespace vigia
