#include "ui/fields/ChoiceField.h"

#include "ui/fields/ChoiceListModel.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vigia {

ChoiceField::ChoiceField(const FormRow &row, const QString &path, int choiceCount, QWidget *parent)
    : RecordField(row, path, parent)
{
    if (choiceCount <= kMaxRadioChoices) {
        m_buttons = new QWidget(this);
        m_buttonLayout = new QVBoxLayout(m_buttons);
        m_buttonLayout->setContentsMargins(0, 0, 0, 0);
        m_group = new QButtonGroup(this);
        connect(m_group, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *b) {
            m_value = b->property("choice").toString();
            emitEdited();
        });
        setInput(m_buttons);
        return;
    }
    m_listBox = new QWidget(this);
    auto *layout = new QVBoxLayout(m_listBox);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(m_listBox);
    m_search->setPlaceholderText(tr("Type to filter the choices"));
    m_search->setClearButtonEnabled(true);
    m_model = new ChoiceListModel(this);
    m_list = new QListView(m_listBox);
    // Every row one line high: the view never measures 10 000 labels.
    m_list->setUniformItemSizes(true);
    m_list->setModel(m_model);
    m_list->setMaximumHeight(160);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    connect(m_search, &QLineEdit::textChanged, this, &ChoiceField::applyFilter);
    m_search->installEventFilter(this);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_loading || !current.isValid())
                    return;
                m_value = m_model->nameAt(current.row());
                emitEdited();
            });
    setInput(m_listBox);
}

QString ChoiceField::value() const
{
    return m_value;
}

void ChoiceField::setValue(const QString &value)
{
    m_value = value;
    showValue();
}

void ChoiceField::setChoices(const QList<FormSession::Choice> &choices)
{
    if (choices == m_choices)
        return;
    m_choices = choices;
    m_loading = true;
    if (m_group) {
        for (QAbstractButton *b : m_group->buttons()) {
            m_group->removeButton(b);
            b->deleteLater();
        }
        for (const FormSession::Choice &c : choices) {
            auto *button = new QRadioButton(c.label.isEmpty() ? c.name : c.label, m_buttons);
            button->setProperty("choice", c.name);
            button->installEventFilter(this);
            m_group->addButton(button);
            m_buttonLayout->addWidget(button);
        }
    } else {
        m_model->setChoices(choices);
    }
    m_loading = false;
    showValue();
}

void ChoiceField::showValue()
{
    m_loading = true;
    if (m_group) {
        // An exclusive group cannot uncheck its last button by itself.
        m_group->setExclusive(false);
        for (QAbstractButton *b : m_group->buttons())
            b->setChecked(b->property("choice").toString() == m_value);
        m_group->setExclusive(true);
    } else {
        const int row = m_model->rowOf(m_value);
        m_list->setCurrentIndex(row >= 0 ? m_model->index(row) : QModelIndex());
    }
    m_loading = false;
}

void ChoiceField::applyFilter(const QString &text)
{
    m_model->setFilter(text);
    // The model's rows changed: the answer stays current while it is shown.
    showValue();
}

bool ChoiceField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *press = static_cast<QKeyEvent *>(event);
        // Ctrl+Return and the like belong to the editor (finalize).
        const bool plain = (press->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        const int key = press->key();
        const bool down = plain && key == Qt::Key_Down;
        const bool enter = plain && (key == Qt::Key_Return || key == Qt::Key_Enter);
        if ((down || enter) && m_list->isEnabled()) {
            // The current choice if the filter still shows it, else the first shown.
            QModelIndex item = m_list->currentIndex();
            if (!item.isValid() && m_model->rowCount() > 0)
                item = m_model->index(0);
            if (item.isValid())
                m_list->setCurrentIndex(item); // picks it, as arrows in the list do
            if (down)
                m_list->setFocus(Qt::TabFocusReason);
            return item.isValid() || down;
        }
    }
    return RecordField::eventFilter(watched, event);
}

QWidget *ChoiceField::focusTarget() const
{
    if (m_group)
        return m_group->buttons().isEmpty() ? m_buttons : m_group->buttons().first();
    return m_search;
}

void ChoiceField::setEditable(bool editable)
{
    (m_group ? m_buttons : m_listBox)->setEnabled(editable);
}

void ChoiceField::accessibleNameChanged(const QString &name)
{
    if (!m_list)
        return;
    m_list->setAccessibleName(name);
    m_search->setAccessibleName(tr("Filter the choices of %1").arg(name));
}

} // namespace vigia
