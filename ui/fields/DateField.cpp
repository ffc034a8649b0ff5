#include "ui/fields/DateField.h"

#include "ui/common/DateInput.h"

#include <QKeyEvent>

namespace vigia {

namespace {
const QDate kEmptyDate(1900, 1, 1);
const QTime kEmptyTime(0, 0);

DateInput::Kind inputKind(FormType::Kind kind)
{
    switch (kind) {
    case FormType::Kind::Time:
        return DateInput::Kind::Time;
    case FormType::Kind::DateTime:
        return DateInput::Kind::DateTime;
    default:
        return DateInput::Kind::Date;
    }
}
} // namespace

DateField::DateField(const FormRow &row, const QString &path, QWidget *parent)
    : RecordField(row, path, parent)
    , m_edit(new DateInput(inputKind(row.type().kind()), this))
    , m_kind(row.type().kind())
{
    switch (m_kind) {
    case FormType::Kind::Time:
        m_edit->setMinimumTime(kEmptyTime);
        break;
    case FormType::Kind::DateTime:
        m_edit->setMinimumDateTime(QDateTime(kEmptyDate, kEmptyTime));
        break;
    default:
        m_edit->setMinimumDate(kEmptyDate);
        break;
    }
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setDateTime(m_edit->minimumDateTime());
    setInput(m_edit);
    // The line edit inside receives the keys.
    for (QObject *child : m_edit->children()) {
        if (child->isWidgetType())
            child->installEventFilter(this);
    }
    connect(m_edit, &DateInput::dateTimeChanged, this, [this] { emitEdited(); });
}

bool DateField::isEmptyValue() const
{
    return m_edit->isUnset();
}

QString DateField::value() const
{
    if (isEmptyValue())
        return {};
    switch (m_kind) {
    case FormType::Kind::Time:
        return m_edit->time().toString(Qt::ISODate);
    case FormType::Kind::DateTime:
        return m_edit->dateTime().toString(Qt::ISODate);
    default:
        return m_edit->date().toString(Qt::ISODate);
    }
}

void DateField::setValue(const QString &value)
{
    if (this->value() == value)
        return;
    m_loading = true;
    const QString text = value.trimmed();
    switch (m_kind) {
    case FormType::Kind::Time: {
        const QTime t = QTime::fromString(text, Qt::ISODateWithMs);
        m_edit->setTime(t.isValid() ? t : kEmptyTime);
        break;
    }
    case FormType::Kind::DateTime: {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        m_edit->setDateTime(t.isValid() ? t : m_edit->minimumDateTime());
        break;
    }
    default: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        m_edit->setDate(d.isValid() ? d : kEmptyDate);
        break;
    }
    }
    m_loading = false;
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_edit->isReadOnly() && m_edit->isEnabled()) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            // Delete takes the answer back to "not set".
            if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
                m_edit->setDateTime(m_edit->minimumDateTime());
                return true;
            }
            // Typing into an empty picker edits today, not its earliest
            // value. (Up and Down start from today in DateInput; a click
            // fills nothing in: only a day picked in the calendar does.)
            if (isEmptyValue() && !key->text().trimmed().isEmpty())
                m_edit->setToNow();
        }
    }
    return RecordField::eventFilter(watched, event);
}

QWidget *DateField::focusTarget() const
{
    return m_edit;
}

void DateField::setEditable(bool editable)
{
    m_edit->setReadOnly(!editable);
}

} // namespace vigia
