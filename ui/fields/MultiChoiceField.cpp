#include "ui/fields/MultiChoiceField.h"

#include "ui/fields/ChoiceListModel.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace vigia {

MultiChoiceField::MultiChoiceField(const FormRow &row, const QString &path, int choiceCount,
                                   QWidget *parent)
    : RecordField(row, path, parent)
    , m_box(new QWidget(this))
    , m_layout(new QVBoxLayout(m_box))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    if (choiceCount > kMaxCheckBoxes) {
        m_search = new QLineEdit(m_box);
        m_search->setPlaceholderText(tr("Type to filter the choices"));
        m_search->setClearButtonEnabled(true);
        m_model = new ChoiceListModel(this);
        m_model->setCheckable(true);
        m_list = new QListView(m_box);
        m_list->setUniformItemSizes(true);
        m_list->setModel(m_model);
        m_list->setMaximumHeight(160);
        m_layout->addWidget(m_search);
        m_layout->addWidget(m_list);
        connect(m_search, &QLineEdit::textChanged, m_model, &ChoiceListModel::setFilter);
        m_search->installEventFilter(this);
        connect(m_model, &ChoiceListModel::checkToggled, this, &MultiChoiceField::toggle);
    }
    setInput(m_box);
}

QString MultiChoiceField::value() const
{
    return m_selected.join(QLatin1Char(' '));
}

void MultiChoiceField::setValue(const QString &value)
{
    m_selected = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    showValue();
}

void MultiChoiceField::setChoices(const QList<FormSession::Choice> &choices)
{
    if (choices == m_choices)
        return;
    m_choices = choices;
    if (m_model) {
        m_model->setChoices(choices);
        showValue();
        return;
    }
    qDeleteAll(m_boxes);
    m_boxes.clear();
    for (const FormSession::Choice &c : choices) {
        auto *box = new QCheckBox(c.label.isEmpty() ? c.name : c.label, m_box);
        box->setProperty("choice", c.name);
        box->installEventFilter(this);
        connect(box, &QCheckBox::toggled, this, [this, name = c.name](bool on) {
            if (!m_loading)
                toggle(name, on);
        });
        m_layout->addWidget(box);
        m_boxes.append(box);
    }
    showValue();
}

void MultiChoiceField::toggle(const QString &name, bool on)
{
    m_selected.removeAll(name);
    if (on)
        m_selected.append(name);
    // List order, so that the same choices give the same answer.
    const QSet<QString> chosen(m_selected.cbegin(), m_selected.cend());
    QStringList ordered;
    for (const FormSession::Choice &choice : std::as_const(m_choices)) {
        if (chosen.contains(choice.name))
            ordered.append(choice.name);
    }
    m_selected = ordered;
    emitEdited();
}

void MultiChoiceField::showValue()
{
    m_loading = true;
    if (m_model)
        m_model->setChecked(QSet<QString>(m_selected.cbegin(), m_selected.cend()));
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(m_selected.contains(box->property("choice").toString()));
    m_loading = false;
}

bool MultiChoiceField::eventFilter(QObject *watched, QEvent *event)
{
    if (m_search && watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *press = static_cast<QKeyEvent *>(event);
        // Ctrl+Return and the like belong to the editor (finalize).
        const bool plain = (press->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        const int key = press->key();
        const bool down = plain && key == Qt::Key_Down;
        const bool enter = plain && (key == Qt::Key_Return || key == Qt::Key_Enter);
        if ((down || enter) && m_list->isEnabled()) {
            QModelIndex item = m_list->currentIndex();
            if (!item.isValid() && m_model->rowCount() > 0)
                item = m_model->index(0);
            if (item.isValid()) {
                m_list->setCurrentIndex(item);
                if (enter)
                    m_model->setData(item, Qt::Checked, Qt::CheckStateRole);
            }
            if (down)
                m_list->setFocus(Qt::TabFocusReason);
            return item.isValid() || down;
        }
    }
    return RecordField::eventFilter(watched, event);
}

QWidget *MultiChoiceField::focusTarget() const
{
    if (m_search)
        return m_search;
    return m_boxes.isEmpty() ? m_box : m_boxes.first();
}

void MultiChoiceField::setEditable(bool editable)
{
    m_box->setEnabled(editable);
}

void MultiChoiceField::accessibleNameChanged(const QString &name)
{
    if (!m_list)
        return;
    m_list->setAccessibleName(name);
    m_search->setAccessibleName(tr("Filter the choices of %1").arg(name));
}

} // namespace vigia
