#include "ui/fields/MultiChoiceField.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace vigia {

MultiChoiceField::MultiChoiceField(const FormRow &row, const QString &path, QWidget *parent)
    : RecordField(row, path, parent)
    , m_box(new QWidget(this))
    , m_layout(new QVBoxLayout(m_box))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
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
    qDeleteAll(m_boxes);
    m_boxes.clear();
    for (const FormSession::Choice &c : choices) {
        auto *box = new QCheckBox(c.label.isEmpty() ? c.name : c.label, m_box);
        box->setProperty("choice", c.name);
        box->installEventFilter(this);
        connect(box, &QCheckBox::toggled, this, [this, name = c.name](bool on) {
            if (m_loading)
                return;
            m_selected.removeAll(name);
            if (on)
                m_selected.append(name);
            // List order, so that the same choices give the same answer.
            QStringList ordered;
            for (const FormSession::Choice &choice : std::as_const(m_choices)) {
                if (m_selected.contains(choice.name))
                    ordered.append(choice.name);
            }
            m_selected = ordered;
            emitEdited();
        });
        m_layout->addWidget(box);
        m_boxes.append(box);
    }
    showValue();
}

void MultiChoiceField::showValue()
{
    m_loading = true;
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(m_selected.contains(box->property("choice").toString()));
    m_loading = false;
}

QWidget *MultiChoiceField::focusTarget() const
{
    return m_boxes.isEmpty() ? m_box : m_boxes.first();
}

void MultiChoiceField::setEditable(bool editable)
{
    m_box->setEnabled(editable);
}

} // namespace vigia
