#include "ui/fields/NoteField.h"

namespace vigia {

NoteField::NoteField(const FormRow &row, const QString &path, QWidget *parent)
    : RecordField(row, path, parent)
{
    setFocusPolicy(Qt::NoFocus);
}

} // namespace vigia
