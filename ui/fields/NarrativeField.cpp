#include "ui/fields/NarrativeField.h"

#include <QPlainTextEdit>

namespace vigia {

NarrativeField::NarrativeField(const FormRow &row, const QString &path, QWidget *parent)
    : RecordField(row, path, parent)
    , m_edit(new QPlainTextEdit(this))
{
    // The record's history undoes edits; two histories would disagree.
    m_edit->setUndoRedoEnabled(false);
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(120);
    setInput(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { emitEdited(); });
}

QString NarrativeField::value() const
{
    return m_edit->toPlainText();
}

void NarrativeField::setValue(const QString &value)
{
    if (m_edit->toPlainText() == value)
        return;
    m_loading = true;
    m_edit->setPlainText(value);
    m_loading = false;
}

QWidget *NarrativeField::focusTarget() const
{
    return m_edit;
}

void NarrativeField::setEditable(bool editable)
{
    m_edit->setReadOnly(!editable);
}

} // namespace vigia
