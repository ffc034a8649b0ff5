// OpValueText: an op's value as the conflicts view and a record's history
// show it, numbers in the interface locale's format and the values that are
// not answers (removed, empty, yes/no) in words.

#include "ui/common/OpValueText.h"

#include <QCborValue>
#include <QLocale>
#include <QTest>

using vigia::OpValueText;

class tst_OpValueText : public QObject
{
    Q_OBJECT

private:
    QLocale m_saved;

private slots:
    void initTestCase() { m_saved = QLocale(); }
    void cleanup() { QLocale::setDefault(m_saved); }

    void numbersFollowTheInterfaceLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("integer");
        QTest::newRow("en") << QStringLiteral("en_US") << QStringLiteral("1,234.5")
                            << QStringLiteral("12,345");
        QTest::newRow("es") << QStringLiteral("es_ES") << QStringLiteral("1234,5")
                            << QStringLiteral("12.345");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("1.234,5")
                               << QStringLiteral("12.345");
    }

    void numbersFollowTheInterfaceLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, decimal);
        QFETCH(QString, integer);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(OpValueText::of(QCborValue(1234.5)), decimal);
        QCOMPARE(OpValueText::of(QCborValue(12345)), integer);
    }

    void textIsShownAsWritten()
    {
        QLocale::setDefault(QLocale(QStringLiteral("es_ES")));
        QCOMPARE(OpValueText::of(QCborValue(QStringLiteral("1234.5"))), QStringLiteral("1234.5"));
    }

    void valuesThatAreNoAnswerAreWords()
    {
        QCOMPARE(OpValueText::of(QCborValue(QCborValue::Undefined)), QStringLiteral("(removed)"));
        QCOMPARE(OpValueText::of(QCborValue(QCborValue::Null)), QStringLiteral("(empty)"));
        QCOMPARE(OpValueText::of(QCborValue(true)), QStringLiteral("yes"));
        QCOMPARE(OpValueText::of(QCborValue(false)), QStringLiteral("no"));
    }
};

QTEST_MAIN(tst_OpValueText)
#include "tst_opvaluetext.moc"
