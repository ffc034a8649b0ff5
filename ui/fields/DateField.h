#pragma once

#include "ui/fields/RecordField.h"

namespace vigia {

class DateInput;

// A date, date-time or time answer with a calendar picker. The earliest
// value of the picker stands for "no answer yet".
class DateField : public RecordField
{
    Q_OBJECT

public:
    DateField(const FormRow &row, const QString &path, QWidget *parent = nullptr);

    [[nodiscard]] QString value() const override;
    void setValue(const QString &value) override;
    [[nodiscard]] QWidget *focusTarget() const override;
    void setEditable(bool editable) override;
    [[nodiscard]] DateInput *picker() const { return m_edit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] bool isEmptyValue() const;

    DateInput *m_edit = nullptr;
    FormType::Kind m_kind;
};

} // namespace vigia
