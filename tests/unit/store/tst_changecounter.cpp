#include "ChangeCounter.h"
#include "RecordStore.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace vigia;

class tst_ChangeCounter : public QObject
{
    Q_OBJECT

private slots:
    void countsEveryOwnOpNotYetSent()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const auto before = ChangeCounter::unsent(ws->database());
        QVERIFY(before.ok());
        // The device describes itself in its own log: those ops wait too.
        QVERIFY(before.value() > 0);
        auto id = ws->records().create(QStringLiteral("qualitative_finding"), QStringLiteral("1"),
                                       {{QStringLiteral("country"), QStringLiteral("PY")}});
        QVERIFY(id.ok());
        const auto after = ChangeCounter::unsent(ws->database());
        QVERIFY(after.ok());
        // _form, _form_version, _status and country.
        QCOMPARE(after.value(), before.value() + 4);
    }
};

QTEST_GUILESS_MAIN(tst_ChangeCounter)
#include "tst_changecounter.moc"
