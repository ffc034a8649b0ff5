#include "FakeClock.h"
#include "project/Outbox.h"
#include "ProjectTestKit.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    // What the status bar shows as changes not yet sent.
    void countsEveryOwnOpNotYetSent()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const auto before = Outbox::pendingCount(ws->database());
        QVERIFY(before.ok());
        // The device describes itself in its own log: those ops wait too.
        QVERIFY(before.value() > 0);
        auto id = ws->records().create(QStringLiteral("qualitative_finding"), QStringLiteral("1"),
                                       {{QStringLiteral("country"), QStringLiteral("PY")}}, true);
        QVERIFY(id.ok());
        const auto after = Outbox::pendingCount(ws->database());
        QVERIFY(after.ok());
        // _form, _form_version, _status and country.
        QCOMPARE(after.value(), before.value() + 4);
    }

    void draftsAreNeverInTheOutbox()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        const QByteArray me = ws->deviceId().toRfc4122();
        // The device's own description (4 ops) is waiting from the start.
        QCOMPARE(Outbox::pendingCount(ws->database()).value(), 4);
        auto done = ws->records().create(QStringLiteral("f"), {},
                                         {{QStringLiteral("a"), QStringLiteral("1")}}, true);
        auto draft = ws->records().create(QStringLiteral("f"), {},
                                          {{QStringLiteral("a"), QStringLiteral("2")}});
        QVERIFY(done && draft);
        // Everything waiting goes, in counter order without a gap; the
        // draft is not there.
        auto ops = Outbox::nextOps(ws->database(), me);
        QVERIFY(ops);
        QCOMPARE(int(ops.value().size()), Outbox::pendingCount(ws->database()).value());
        quint64 counter = 0;
        for (const Op &op : ops.value()) {
            QVERIFY(op.row != draft.value().toRfc4122());
            QCOMPARE(op.origin, me);
            QCOMPARE(op.counter, ++counter);
        }

        // Acknowledging the bundle empties the outbox.
        QVERIFY(Outbox::recordExport(ws->database(), QByteArray(32, 'x'), ops.value()));
        QCOMPARE(Outbox::acknowledge(ws->database(), {QByteArray(32, 'y')}).value(), 0);
        QCOMPARE(Outbox::acknowledge(ws->database(), {QByteArray(32, 'x')}).value(),
                 int(ops.value().size()));
        QCOMPARE(Outbox::pendingCount(ws->database()).value(), 0);

        // Finalized, the draft's state goes out: form, version, value, status.
        QVERIFY(ws->records().finalize(draft.value()));
        auto next = Outbox::nextOps(ws->database(), me);
        QCOMPARE(int(next.value().size()), 4);
        QCOMPARE(next.value().first().counter, counter + 1);
        for (const Op &op : next.value())
            QCOMPARE(op.row, draft.value().toRfc4122());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
