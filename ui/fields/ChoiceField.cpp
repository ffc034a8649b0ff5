#include "ui/fields/ChoiceField.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vigia {

namespace {
constexpr int kNameRole = Qt::UserRole + 1;
}

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
    m_list = new QListWidget(m_listBox);
    m_list->setMaximumHeight(160);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    connect(m_search, &QLineEdit::textChanged, this, &ChoiceField::applyFilter);
    m_search->installEventFilter(this);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading || !item)
            return;
        m_value = item->data(kNameRole).toString();
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
        m_list->clear();
        for (const FormSession::Choice &c : choices) {
            auto *item = new QListWidgetItem(c.label.isEmpty() ? c.name : c.label, m_list);
            item->setData(kNameRole, c.name);
        }
        applyFilter(m_search->text());
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
        m_list->setCurrentItem(nullptr);
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(kNameRole).toString() == m_value) {
                m_list->setCurrentRow(i);
                break;
            }
        }
    }
    m_loading = false;
}

void ChoiceField::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

QListWidgetItem *ChoiceField::firstShown() const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->isHidden())
            return m_list->item(i);
    return nullptr;
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
            QListWidgetItem *item = m_list->currentItem();
            if (!item || item->isHidden())
                item = firstShown();
            if (item)
                m_list->setCurrentItem(item); // picks it, as arrows in the list do
            if (down)
                m_list->setFocus(Qt::TabFocusReason);
            return item || down;
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
