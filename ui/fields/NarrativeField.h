#pragma once

#include "ui/fields/RecordField.h"

class QPlainTextEdit;

namespace vigia {

// A narrative: multi-line text that qualitative coding works on. The
// editor is exposed so that coding can add its menu and highlighting.
class NarrativeField : public RecordField
{
    Q_OBJECT

public:
    NarrativeField(const FormRow &row, const QString &path, QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *editor() const { return m_edit; }

    [[nodiscard]] QString value() const override;
    void setValue(const QString &value) override;
    [[nodiscard]] QWidget *focusTarget() const override;
    void setEditable(bool editable) override;

private:
    QPlainTextEdit *m_edit = nullptr;
};

} // namespace vigia
