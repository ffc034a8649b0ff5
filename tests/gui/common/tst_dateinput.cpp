// DateInput: four-digit years in every language, one Tab to leave it, and a
// calendar that opens on this month without filling in a date nobody chose.

#include "DateTestSupport.h"
#include "ui/common/DateInput.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using vigia::DateInput;

namespace {
const QDate kUnset(1900, 1, 1);

// An input whose earliest date stands for "no date", as the record editor
// and the records filters use it.
void makeUnsettable(DateInput &input)
{
    input.setMinimumDate(kUnset);
    input.setSpecialValueText(QStringLiteral("Not set"));
    input.setDate(kUnset);
}
} // namespace

class tst_DateInput : public QObject
{
    Q_OBJECT

private:
    QLocale m_saved;

private slots:
    void initTestCase() { m_saved = QLocale(); }
    void cleanup() { QLocale::setDefault(m_saved); }

    void showsFourDigitYears_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("date");
        QTest::newRow("en") << QStringLiteral("en_US") << QStringLiteral("12/4/2026");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("4/12/2026");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("04/12/2026");
    }

    void showsFourDigitYears()
    {
        QFETCH(QString, locale);
        QFETCH(QString, date);
        QLocale::setDefault(QLocale(locale));
        DateInput input;
        input.setDate(QDate(2026, 12, 4));
        QCOMPARE(input.text(), date);
        DateInput withTime(DateInput::Kind::DateTime);
        withTime.setDateTime(QDateTime(QDate(2026, 12, 4), QTime(9, 5)));
        QVERIFY2(withTime.text().startsWith(date + QLatin1Char(' ')), qPrintable(withTime.text()));
        QVERIFY(input.calendarPopup());
        QVERIFY(withTime.calendarPopup());
    }

    void followsALanguageChange()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        DateInput input;
        input.setDate(QDate(2026, 12, 4));
        DateInput custom;
        custom.setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        QLocale::setDefault(QLocale(QStringLiteral("es")));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&input, &change);
        QCoreApplication::sendEvent(&custom, &change);
        QCOMPARE(input.text(), QStringLiteral("4/12/2026"));
        // A format the caller chose stays.
        QCOMPARE(custom.displayFormat(), QStringLiteral("yyyy-MM-dd"));
    }

    void oneTabLeaves_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("unset");
        QTest::newRow("date") << int(DateInput::Kind::Date) << false;
        QTest::newRow("no date") << int(DateInput::Kind::Date) << true;
        QTest::newRow("date and time") << int(DateInput::Kind::DateTime) << false;
        QTest::newRow("time") << int(DateInput::Kind::Time) << false;
    }

    void oneTabLeaves()
    {
        QFETCH(int, kind);
        QFETCH(bool, unset);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *before = new QLineEdit(&window);
        auto *input = new DateInput(DateInput::Kind(kind), &window);
        auto *after = new QLineEdit(&window);
        layout->addWidget(before);
        layout->addWidget(input);
        layout->addWidget(after);
        input->setDateTime(QDateTime(QDate(2026, 12, 4), QTime(9, 5)));
        if (unset) {
            input->setMinimumDateTime(QDateTime(kUnset, QTime(0, 0)));
            input->setSpecialValueText(QStringLiteral("Not set"));
            input->setDateTime(input->minimumDateTime());
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        before->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(input->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(after->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QVERIFY(input->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QVERIFY(before->hasFocus());
    }

    void calendarOpensOnThisMonthWithoutChoosing()
    {
        DateInput input;
        makeUnsettable(input);
        input.show();
        QVERIFY(QTest::qWaitForWindowExposed(&input));
        QSignalSpy changed(&input, &QDateTimeEdit::dateTimeChanged);
        const QDate today = QDate::currentDate();

        QCalendarWidget *calendar = vigia::test::openCalendar(&input);
        QVERIFY(calendar);
        QCOMPARE(calendar->yearShown(), today.year());
        QCOMPARE(calendar->monthShown(), today.month());
        QVERIFY(input.isUnset());
        // Closed without a pick (Escape, a click elsewhere): still no date.
        calendar->window()->close();
        QVERIFY(input.isUnset());
        QCOMPARE(changed.count(), 0);

        // A picked day is the value.
        calendar = vigia::test::openCalendar(&input);
        QVERIFY(calendar);
        QVERIFY(vigia::test::clickDay(calendar, today));
        QCOMPARE(input.date(), today);
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY(!calendar->isVisible());

        // With a date, the calendar opens on it, as QDateTimeEdit's does.
        input.setDate(QDate(2024, 2, 10));
        calendar = vigia::test::openCalendar(&input);
        QVERIFY(calendar);
        QCOMPARE(calendar->yearShown(), 2024);
        QCOMPARE(calendar->monthShown(), 2);
        QCOMPARE(calendar->selectedDate(), QDate(2024, 2, 10));
        calendar->window()->close();
    }

    void firstStepFromNoDateIsToday_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("up") << int(Qt::Key_Up);
        QTest::newRow("down") << int(Qt::Key_Down);
    }

    void firstStepFromNoDateIsToday()
    {
        QFETCH(int, key);
        DateInput input;
        makeUnsettable(input);
        input.show();
        QVERIFY(QTest::qWaitForWindowActive(&input));
        input.setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key));
        QCOMPARE(input.date(), QDate::currentDate());
    }
};

QTEST_MAIN(tst_DateInput)
#include "tst_dateinput.moc"
