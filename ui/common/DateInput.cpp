#include "ui/common/DateInput.h"

#include "ui/common/DateText.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QMouseEvent>

#include <algorithm>

namespace vigia {

namespace {
QMetaType::Type parserType(DateInput::Kind kind)
{
    switch (kind) {
    case DateInput::Kind::DateTime:
        return QMetaType::QDateTime;
    case DateInput::Kind::Time:
        return QMetaType::QTime;
    case DateInput::Kind::Date:
        break;
    }
    return QMetaType::QDate;
}

QVariant initialValue(DateInput::Kind kind)
{
    const QDate date(2000, 1, 1); // QDateTimeEdit's own initial value
    switch (kind) {
    case DateInput::Kind::DateTime:
        return QDateTime(date, QTime(0, 0));
    case DateInput::Kind::Time:
        return QTime(0, 0);
    case DateInput::Kind::Date:
        break;
    }
    return date;
}
} // namespace

DateInput::DateInput(QWidget *parent)
    : DateInput(Kind::Date, parent)
{}

DateInput::DateInput(Kind kind, QWidget *parent)
    : QDateTimeEdit(initialValue(kind), parserType(kind), parent)
    , m_kind(kind)
{
    applyLocaleFormat();
    setCalendarPopup(kind != Kind::Time);
}

void DateInput::applyLocaleFormat()
{
    const QLocale locale;
    switch (m_kind) {
    case Kind::Date:
        m_localeFormat = DateText::dateFormat(locale);
        break;
    case Kind::DateTime:
        m_localeFormat = DateText::dateTimeFormat(locale);
        break;
    case Kind::Time:
        m_localeFormat = DateText::timeFormat(locale);
        break;
    }
    setDisplayFormat(m_localeFormat);
}

bool DateInput::isUnset() const
{
    return !specialValueText().isEmpty() && dateTime() == minimumDateTime();
}

void DateInput::setToNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    // The shown precision: a time field has no seconds to see.
    const QTime minute(now.time().hour(), now.time().minute());
    switch (m_kind) {
    case Kind::Date:
        setDate(now.date());
        break;
    case Kind::DateTime:
        setDateTime(QDateTime(now.date(), minute));
        break;
    case Kind::Time:
        setTime(minute);
        break;
    }
}

bool DateInput::focusNextPrevChild(bool next)
{
    // QDateTimeEdit's own takes Tab to its next section first.
    return QAbstractSpinBox::focusNextPrevChild(next);
}

void DateInput::mousePressEvent(QMouseEvent *event)
{
    const bool unset = isUnset();
    QDateTimeEdit::mousePressEvent(event);
    QCalendarWidget *calendar = calendarPopup() ? calendarWidget() : nullptr;
    if (!unset || !calendar || !calendar->isVisible())
        return;
    // The calendar opened on the selected date, the earliest one (1900)
    // that stands for "no date". Show this month instead; selecting today
    // would fill the answer in before the person picks a day.
    const QDate today = std::clamp(QDate::currentDate(), minimumDate(), maximumDate());
    calendar->setCurrentPage(today.year(), today.month());
}

void DateInput::stepBy(int steps)
{
    // A step from "no date" would count from 1900.
    if (isUnset()) {
        setToNow();
        return;
    }
    QDateTimeEdit::stepBy(steps);
}

QAbstractSpinBox::StepEnabled DateInput::stepEnabled() const
{
    if (isUnset() && !isReadOnly())
        return StepUpEnabled | StepDownEnabled;
    return QDateTimeEdit::stepEnabled();
}

void DateInput::changeEvent(QEvent *event)
{
    // Language::install changes the default locale, then sends this.
    if (event->type() == QEvent::LanguageChange && displayFormat() == m_localeFormat)
        applyLocaleFormat();
    QDateTimeEdit::changeEvent(event);
}

} // namespace vigia
