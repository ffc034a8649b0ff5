#pragma once

#include <QAbstractItemModel>
#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTest>

namespace vigia::test {

// Clicks the arrow of a date input with a calendar popup, where a person
// opens the calendar, and returns the calendar (null if none opened).
inline QCalendarWidget *openCalendar(QDateTimeEdit *edit)
{
    QStyleOptionComboBox option;
    option.initFrom(edit);
    option.editable = true;
    option.subControls = QStyle::SC_All;
    const QRect arrow =
        edit->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, edit);
    QTest::mousePress(edit, Qt::LeftButton, {}, arrow.center());
    QCalendarWidget *calendar = edit->calendarWidget();
    return calendar && calendar->isVisible() ? calendar : nullptr;
}

// Clicks `day` on the page the calendar shows, as a person picks a day.
inline bool clickDay(QCalendarWidget *calendar, const QDate &day)
{
    auto *view = calendar->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
    if (!view || calendar->yearShown() != day.year() || calendar->monthShown() != day.month())
        return false;
    // A page also shows the end of the month before and the start of the
    // one after: a late day number's last cell, an early one's first, is
    // in the month shown.
    // Day names and week numbers are cells of the same model.
    const int firstRow =
        calendar->horizontalHeaderFormat() == QCalendarWidget::NoHorizontalHeader ? 0 : 1;
    const int firstColumn =
        calendar->verticalHeaderFormat() == QCalendarWidget::NoVerticalHeader ? 0 : 1;
    const QAbstractItemModel *model = view->model();
    QModelIndex cell;
    for (int row = firstRow; row < model->rowCount(); ++row) {
        for (int column = firstColumn; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (model->data(index).toString() != QString::number(day.day()))
                continue;
            if (!cell.isValid() || day.day() >= 15)
                cell = index;
        }
    }
    if (!cell.isValid())
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    return true;
}

} // namespace vigia::test
