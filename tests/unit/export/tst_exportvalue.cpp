// ExportValue read from the store's UTF-8: the same cells as read from a
// QString (the shortcuts for common numbers and dates must never read an
// answer otherwise), and text borrowed rather than copied.

#include "export/ExportValue.h"

#include <QTest>

#include <cmath>

using namespace vigia;

namespace {
void compareReadings(const char *stored, ExportValue::Kind kind)
{
    const QByteArray utf8(stored);
    const ExportValue fromUtf8 = ExportValue::parse(QByteArrayView(utf8), kind);
    const ExportValue fromText = ExportValue::parse(QString::fromUtf8(utf8), kind);
    QCOMPARE(fromUtf8.kind(), fromText.kind());
    QCOMPARE(fromUtf8.text(), fromText.text());
    if (fromText.kind() == ExportValue::Kind::Number) {
        QCOMPARE(fromUtf8.number(), fromText.number());
        QCOMPARE(std::signbit(fromUtf8.number()), std::signbit(fromText.number()));
    }
    QCOMPARE(fromUtf8.date(), fromText.date());
}
} // namespace

class TstExportValue : public QObject
{
    Q_OBJECT

private slots:
    void numbersReadAsQLocaleReadsThem_data()
    {
        QTest::addColumn<QByteArray>("stored");
        for (const char *s : {"42",
                              "-7",
                              "0",
                              "0.5",
                              "3.25",
                              "-12.75",
                              "-0",
                              "-0.0",
                              "-0.5",
                              "007",
                              "1.",
                              ".5",
                              " 5",
                              "5 ",
                              "+5",
                              "1e3",
                              "1,000",
                              "1.000,5",
                              "12abc",
                              "123456789012345",
                              "1234567890123456789",
                              "0.1234567890123456789",
                              "99999999999999999999.5",
                              "-",
                              "inf",
                              "nan",
                              "١٢"})
            QTest::newRow(s) << QByteArray(s);
    }
    void numbersReadAsQLocaleReadsThem()
    {
        QFETCH(QByteArray, stored);
        compareReadings(stored.constData(), ExportValue::Kind::Number);
    }

    void datesReadAsQtReadsThem_data()
    {
        QTest::addColumn<QByteArray>("stored");
        for (const char *s :
             {"2026-03-14", "2026-03-14T10:30:00", "2026-03-14 garbage", "2024-02-29", "2026-02-29",
              "2026-13-01", "2026-00-10", "0000-01-01", "2026-3-14", "2026/03/14", "20260314",
              "2026-03-1", "26-03-14", "-2026-03-14", "２０２６-03-14", "9999-12-31"})
            QTest::newRow(s) << QByteArray(s);
    }
    void datesReadAsQtReadsThem()
    {
        QFETCH(QByteArray, stored);
        compareReadings(stored.constData(), ExportValue::Kind::Date);
    }

    void textIsBorrowedNotCopied()
    {
        // An export holds a page of answers already: a copy of each cell's
        // text was one allocation per cell.
        const QByteArray stored = QByteArrayLiteral("respuesta de la señora");
        const ExportValue text =
            ExportValue::parse(QByteArrayView(stored), ExportValue::Kind::Text);
        QCOMPARE(text.kind(), ExportValue::Kind::Text);
        QCOMPARE(text.utf8().data(), stored.constData());
        QCOMPARE(text.text(), QStringLiteral("respuesta de la señora"));
        // Not a number: the answer as stored, borrowed as well.
        const ExportValue notNumber =
            ExportValue::parse(QByteArrayView(stored), ExportValue::Kind::Number);
        QCOMPARE(notNumber.kind(), ExportValue::Kind::Text);
        QCOMPARE(notNumber.utf8().data(), stored.constData());
    }

    void datesKeepTheirDayAndMonth()
    {
        const ExportValue date = ExportValue::fromDate(QDate(2026, 3, 14));
        QCOMPARE(date.dateTime(), QDateTime(QDate(2026, 3, 14), QTime(0, 0), Qt::UTC));
        QCOMPARE(date.toMonth().kind(), ExportValue::Kind::Month);
        QCOMPARE(date.toMonth().text(), QStringLiteral("2026-03"));
        const ExportValue dateTime =
            ExportValue::fromDateTime(QDateTime(QDate(2026, 3, 14), QTime(10, 30), Qt::UTC));
        QCOMPARE(dateTime.date(), QDate(2026, 3, 14));
        QCOMPARE(dateTime.toMonth().date(), QDate(2026, 3, 1));
        QCOMPARE(ExportValue::fromText(QStringLiteral("Ana")).utf8(), QByteArrayView("Ana"));
        QVERIFY(ExportValue::fromText(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstExportValue)
#include "tst_exportvalue.moc"
