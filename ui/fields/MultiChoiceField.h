#pragma once

#include "ui/fields/RecordField.h"

class QCheckBox;
class QLineEdit;
class QListView;
class QVBoxLayout;

namespace vigia {

class ChoiceListModel;

// A select_multiple answer: one check box per choice when there are few,
// else a list of check marks with a box that filters it as one types (a
// view of a ChoiceListModel, so that 10 000 choices from a file stay fast).
// The value is the chosen names one space apart, in list order.
class MultiChoiceField : public RecordField
{
    Q_OBJECT

public:
    static constexpr int kMaxCheckBoxes = 15;

    MultiChoiceField(const FormRow &row, const QString &path, int choiceCount,
                     QWidget *parent = nullptr);

    [[nodiscard]] QString value() const override;
    void setValue(const QString &value) override;
    void setChoices(const QList<FormSession::Choice> &choices) override;
    [[nodiscard]] QWidget *focusTarget() const override;
    void setEditable(bool editable) override;
    [[nodiscard]] bool usesCheckBoxes() const { return m_list == nullptr; }
    [[nodiscard]] QList<QCheckBox *> boxes() const { return m_boxes; }
    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] ChoiceListModel *listModel() const { return m_model; }

protected:
    void accessibleNameChanged(const QString &name) override;
    // In the filter box: Down goes into the list, Enter checks the first match.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showValue();
    // A choice checked or unchecked by the person.
    void toggle(const QString &name, bool on);

    QList<FormSession::Choice> m_choices;
    QStringList m_selected;
    QWidget *m_box = nullptr;
    // Check boxes…
    QVBoxLayout *m_layout = nullptr;
    QList<QCheckBox *> m_boxes;
    // …or a searchable list.
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    ChoiceListModel *m_model = nullptr;
};

} // namespace vigia
