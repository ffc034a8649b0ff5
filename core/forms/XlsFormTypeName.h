#pragma once

#include "forms/FormType.h"

#include <QString>

namespace vigia {

// What the text of a survey row's type cell means, in every spelling XLSForm
// tools accept: "select_one yes_no or_other", "select one from yes_no or
// specify other", "begin group"/"begin_group", "begin loop over list".
class XlsFormTypeName
{
public:
    enum class Boundary
    {
        None,
        Begin, // begins the container type()
        End,   // ends a container of type()
    };

    [[nodiscard]] static XlsFormTypeName parse(const QString &cell);

    [[nodiscard]] const FormType &type() const { return m_type; }
    [[nodiscard]] Boundary boundary() const { return m_boundary; }
    [[nodiscard]] const QString &listName() const { return m_listName; }
    [[nodiscard]] bool orOther() const { return m_orOther; }
    // A loop over a choice list, imported as a group because Vigia has no loops.
    [[nodiscard]] bool isLoop() const { return m_loop; }
    // The constraint a long type name implies ("percentage": 0 to 100), for
    // a row that has none of its own.
    [[nodiscard]] const QString &impliedConstraint() const { return m_constraint; }

private:
    FormType m_type;
    Boundary m_boundary = Boundary::None;
    QString m_listName;
    bool m_orOther = false;
    bool m_loop = false;
    QString m_constraint;
};

} // namespace vigia
