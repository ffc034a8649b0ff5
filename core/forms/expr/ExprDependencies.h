#pragma once

#include "forms/expr/ExprNode.h"

#include <QSet>
#include <QString>

namespace vigia {

// What an expression reads: the fields it names with ${…}, whether it reads
// its own field through `.`, and whether it reads the clock. The validation
// engine uses this to know when an expression's result may have changed.
class ExprDependencies
{
public:
    explicit ExprDependencies(const ExprNode &root);

    [[nodiscard]] const QSet<QString> &fields() const { return m_fields; }
    [[nodiscard]] bool usesCurrent() const { return m_usesCurrent; }
    [[nodiscard]] bool usesClock() const { return m_usesClock; }

private:
    void visit(const ExprNode &node);

    QSet<QString> m_fields;
    bool m_usesCurrent = false;
    bool m_usesClock = false;
};

} // namespace vigia
