#pragma once

#include "ui/fields/RecordField.h"

class QLineEdit;

namespace vigia {

// A one-line text answer; also the fallback for types the desktop enters as
// text (range, geopoint).
class TextField : public RecordField
{
    Q_OBJECT

public:
    TextField(const FormRow &row, const QString &path, QWidget *parent = nullptr);

    [[nodiscard]] QString value() const override;
    void setValue(const QString &value) override;
    [[nodiscard]] QWidget *focusTarget() const override;
    void setEditable(bool editable) override;

private:
    QLineEdit *m_edit = nullptr;
};

} // namespace vigia
