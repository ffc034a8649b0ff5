#pragma once

#include "ui/fields/RecordField.h"

class QButtonGroup;
class QLineEdit;
class QListView;
class QVBoxLayout;

namespace vigia {

class ChoiceListModel;

// A select_one answer: radio buttons when there are few choices, else a list
// with a box that filters it as one types. The list is a view of a
// ChoiceListModel, so that 10 000 choices from a file stay fast.
class ChoiceField : public RecordField
{
    Q_OBJECT

public:
    static constexpr int kMaxRadioChoices = 5;

    ChoiceField(const FormRow &row, const QString &path, int choiceCount,
                QWidget *parent = nullptr);

    [[nodiscard]] QString value() const override;
    void setValue(const QString &value) override;
    void setChoices(const QList<FormSession::Choice> &choices) override;
    [[nodiscard]] QWidget *focusTarget() const override;
    void setEditable(bool editable) override;
    [[nodiscard]] bool usesRadioButtons() const { return m_group != nullptr; }
    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] ChoiceListModel *listModel() const { return m_model; }

protected:
    void accessibleNameChanged(const QString &name) override;
    // In the filter box: Down goes into the list, Enter picks the first match.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void showValue();

    QList<FormSession::Choice> m_choices;
    QString m_value;
    // Radio buttons…
    QWidget *m_buttons = nullptr;
    QVBoxLayout *m_buttonLayout = nullptr;
    QButtonGroup *m_group = nullptr;
    // …or a searchable list.
    QWidget *m_listBox = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    ChoiceListModel *m_model = nullptr;
};

} // namespace vigia
