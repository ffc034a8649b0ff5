#pragma once

#include "ui/fields/RecordField.h"

class QCheckBox;
class QVBoxLayout;

namespace vigia {

// A select_multiple answer: one check box per choice; the value is the
// chosen names one space apart, in list order.
class MultiChoiceField : public RecordField
{
    Q_OBJECT

public:
    MultiChoiceField(const FormRow &row, const QString &path, QWidget *parent = nullptr);

    [[nodiscard]] QString value() const override;
    void setValue(const QString &value) override;
    void setChoices(const QList<FormSession::Choice> &choices) override;
    [[nodiscard]] QWidget *focusTarget() const override;
    void setEditable(bool editable) override;
    [[nodiscard]] QList<QCheckBox *> boxes() const { return m_boxes; }

private:
    void showValue();

    QList<FormSession::Choice> m_choices;
    QStringList m_selected;
    QWidget *m_box = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<QCheckBox *> m_boxes;
};

} // namespace vigia
