#include "common/PseudoTranslator.h"

#include <QCoreApplication>
#include <QTest>

using namespace vigia;

class TestPseudoTranslator : public QObject
{
    Q_OBJECT

private slots:
    void accentsBracketsAndLengthens()
    {
        const QString out = PseudoTranslator::transform(QStringLiteral("Open the record"));
        QVERIFY(out.startsWith(QLatin1Char('[')));
        QVERIFY(out.endsWith(QLatin1Char(']')));
        QVERIFY(out.contains(QString::fromUtf8("Ópéñ thé réçórd")));
        // 15 characters + 40% + two brackets
        QVERIFY(out.size() >= 15 * 14 / 10 + 2);
    }

    void keepsPlaceholdersTagsEntitiesAndAccelerators_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("numbered") << QStringLiteral("Record %1 of %2")
                                  << QStringList{QStringLiteral("%1"), QStringLiteral("%2")};
        QTest::newRow("localized")
            << QStringLiteral("Total %L1") << QStringList{QStringLiteral("%L1")};
        QTest::newRow("plural") << QStringLiteral("%n records")
                                << QStringList{QStringLiteral("%n")};
        QTest::newRow("rich text") << QStringLiteral("<b>Locked</b> since <a href=\"x\">now</a>")
                                   << QStringList{QStringLiteral("<b>"), QStringLiteral("</b>"),
                                                  QStringLiteral("<a href=\"x\">")};
        QTest::newRow("entity") << QStringLiteral("A &amp; B")
                                << QStringList{QStringLiteral("&amp;")};
        QTest::newRow("accelerator")
            << QStringLiteral("&Save") << QStringList{QStringLiteral("&S")};
    }

    void keepsPlaceholdersTagsEntitiesAndAccelerators()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, kept);
        const QString out = PseudoTranslator::transform(source);
        for (const QString &k : kept)
            QVERIFY2(out.contains(k), qPrintable(out));
    }

    void servesEveryTrCall()
    {
        PseudoTranslator t;
        QCoreApplication::installTranslator(&t);
        const QString out = QCoreApplication::translate("any::Context", "Lock");
        QCoreApplication::removeTranslator(&t);
        QCOMPARE(out, PseudoTranslator::transform(QStringLiteral("Lock")));
        QVERIFY(PseudoTranslator::transform(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPseudoTranslator)
#include "tst_pseudotranslator.moc"
