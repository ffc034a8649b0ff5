#pragma once

#include "ui/fields/RecordField.h"

#include <QLocale>

class QLineEdit;

namespace vigia {

// An integer or decimal answer, typed with the interface language's decimal
// separator and stored with '.' in RecordDraft::canonical()'s spelling.
class NumberField : public RecordField
{
    Q_OBJECT

public:
    NumberField(const FormRow &row, const QString &path, QWidget *parent = nullptr);

    [[nodiscard]] QString value() const override;
    void setValue(const QString &value) override;
    [[nodiscard]] QWidget *focusTarget() const override;
    void setEditable(bool editable) override;

private:
    QLineEdit *m_edit = nullptr;
    QLocale m_locale;
    bool m_integer = false;
};

} // namespace vigia
