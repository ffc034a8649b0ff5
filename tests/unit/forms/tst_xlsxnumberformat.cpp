#include "xlsx/XlsxNumberFormat.h"

#include <QTest>

using namespace vigia;
using Kind = XlsxNumberFormat::Kind;
Q_DECLARE_METATYPE(vigia::XlsxNumberFormat::Kind)

class TestXlsxNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void builtInIds_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("general") << 0 << Kind::Number;
        QTest::newRow("0.00") << 2 << Kind::Number;
        QTest::newRow("13 fraction") << 13 << Kind::Number;
        QTest::newRow("14 m/d/yyyy") << 14 << Kind::Date;
        QTest::newRow("17 mmm-yy") << 17 << Kind::Date;
        QTest::newRow("18 h:mm AM/PM") << 18 << Kind::Time;
        QTest::newRow("21 h:mm:ss") << 21 << Kind::Time;
        QTest::newRow("22 m/d/yyyy h:mm") << 22 << Kind::DateTime;
        QTest::newRow("23") << 23 << Kind::Number;
        QTest::newRow("44") << 44 << Kind::Number;
        QTest::newRow("45 mm:ss") << 45 << Kind::Time;
        QTest::newRow("47 mmss.0") << 47 << Kind::Time;
        QTest::newRow("48") << 48 << Kind::Number;
        QTest::newRow("49 text") << 49 << Kind::Number;
    }
    void builtInIds()
    {
        QFETCH(int, id);
        QFETCH(Kind, kind);
        QCOMPARE(XlsxNumberFormat::classify(id, QString()), kind);
    }

    void customCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<Kind>("kind");
        const auto row = [](const char *code, Kind kind) {
            QTest::newRow(code) << QString::fromUtf8(code) << kind;
        };
        row("General", Kind::Number);
        row("Standard", Kind::Number);
        row("0.00", Kind::Number);
        row("#,##0", Kind::Number);
        row("0.00E+00", Kind::Number);
        row("@", Kind::Number);
        row("yyyy-mm-dd", Kind::Date);
        row("dd/mm/yyyy", Kind::Date);
        row("d-mmm", Kind::Date);
        row("mmm yyyy", Kind::Date);
        row("mmmm", Kind::Date); // a month name alone
        row("DD.MM.YYYY", Kind::Date);
        row("h:mm", Kind::Time);
        row("hh:mm:ss", Kind::Time);
        row("mm:ss", Kind::Time);     // minutes: a second follows
        row("[h]:mm:ss", Kind::Time); // elapsed hours
        row("[mm]:ss", Kind::Time);
        row("h:mm AM/PM", Kind::Time); // the M of AM is no month
        row("h:mm A/P", Kind::Time);
        row("yyyy-mm-dd hh:mm", Kind::DateTime);
        row("yyyy\\-mm\\-dd\\Thh:mm:ss", Kind::DateTime); // LibreOffice's ISO format
        row("[$-409]mmmm d, yyyy", Kind::Date);
        row("\"day\" 0", Kind::Number); // quoted text
        row("0 \"ms\"", Kind::Number);
        row("[Red]0.00", Kind::Number); // a colour
        row("[$€-407] #,##0.00", Kind::Number);
        row("\\d0", Kind::Number);    // an escaped d
        row("0_)", Kind::Number);     // padding
        row("* #,##0", Kind::Number); // fill
        row("0;[Red]-0;\"zero\"", Kind::Number);
    }
    void customCodes()
    {
        QFETCH(QString, code);
        QFETCH(Kind, kind);
        QCOMPARE(XlsxNumberFormat::classifyCode(code), kind);
        // A custom code decides even for a built-in id.
        QCOMPARE(XlsxNumberFormat::classify(14, code), kind);
    }
};

QTEST_GUILESS_MAIN(TestXlsxNumberFormat)
#include "tst_xlsxnumberformat.moc"
