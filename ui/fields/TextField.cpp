#include "ui/fields/TextField.h"

#include <QLineEdit>

namespace vigia {

TextField::TextField(const FormRow &row, const QString &path, QWidget *parent)
    : RecordField(row, path, parent)
    , m_edit(new QLineEdit(this))
{
    setInput(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { emitEdited(); });
}

QString TextField::value() const
{
    return m_edit->text();
}

void TextField::setValue(const QString &value)
{
    m_loading = true;
    if (m_edit->text() != value)
        m_edit->setText(value);
    m_loading = false;
}

QWidget *TextField::focusTarget() const
{
    return m_edit;
}

void TextField::setEditable(bool editable)
{
    m_edit->setReadOnly(!editable);
}

} // namespace vigia
