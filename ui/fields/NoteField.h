#pragma once

#include "ui/fields/RecordField.h"

namespace vigia {

// A read-only note of the form: its label, no answer.
class NoteField : public RecordField
{
    Q_OBJECT

public:
    NoteField(const FormRow &row, const QString &path, QWidget *parent = nullptr);

    [[nodiscard]] QString value() const override { return {}; }
    void setValue(const QString &value) override { Q_UNUSED(value); }
    [[nodiscard]] QWidget *focusTarget() const override { return nullptr; }
};

} // namespace vigia
