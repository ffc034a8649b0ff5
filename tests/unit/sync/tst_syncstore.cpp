// The sync module's tables in the workspace store: a bundle made for the hub
// covers its ops until a receipt, drops its bytes once the hub holds it,
// cursors and settings persist across a reopen, receipts are sent once per
// bundle, and the log keeps only the recent passes, newest first.
#include "db/Database.h"
#include "db/Statement.h"
#include "project/Outbox.h"
#include "store/RecordStore.h"
#include "sync/SyncStore.h"
#include "TestWorkspace.h"

#include <QTest>

#include <sqlite3.h>

using namespace vigia;

namespace {
QList<Op> finalizedOps(Workspace &ws)
{
    auto id = ws.records().create(QStringLiteral("f"), QStringLiteral("1"),
                                  {{QStringLiteral("a"), QStringLiteral("x")}});
    if (!id || !ws.records().finalize(id.value()))
        return {};
    auto ops = Outbox::nextOps(ws.database(), ws.deviceId().toRfc4122());
    return ops ? ops.value() : QList<Op>();
}
} // namespace

class TestSyncStore : public QObject
{
    Q_OBJECT

private slots:
    void aBundleCoversItsOpsUntilTheHubHoldsIt()
    {
        test::TestWorkspace ws;
        const QList<Op> ops = finalizedOps(*ws);
        QVERIFY(ops.size() >= 2);
        SyncStore store(ws->database());
        QVERIFY(store.coveredCounters().value().isEmpty());
        const QByteArray second(32, 'b');
        const QByteArray first(32, 'a');
        // Added out of order: unsent() gives chain order.
        QVERIFY(store.addOutgoing(second, "late bytes", ops.mid(1), 100));
        QVERIFY(store.addOutgoing(first, "early bytes", ops.mid(0, 1), 100));
        QCOMPARE(store.coveredCounters().value().size(), ops.size());
        auto unsent = store.unsent().value();
        QCOMPARE(unsent.size(), 2);
        QCOMPARE(unsent.at(0).bundleId, first);
        QCOMPARE(unsent.at(0).bytes, QByteArray("early bytes"));
        QVERIFY(store.setUploadUrl(first, QStringLiteral("http://hub/u/1")));
        QCOMPARE(store.unsent().value().at(0).uploadUrl, QStringLiteral("http://hub/u/1"));

        QVERIFY(store.markSent(first, 7, 200));
        QCOMPARE(store.unsent().value().size(), 1);
        QCOMPARE(store.sentBundles().value(), 1);
        QCOMPARE(store.sentOps().value(), 1);
        Statement st(
            ws->database().handle(),
            "SELECT bytes IS NULL, upload_url IS NULL FROM sync_outgoing WHERE hub_seq = 7");
        QCOMPARE(st.step(), SQLITE_ROW);
        QCOMPARE(st.columnInt64(0), 1);
        QCOMPARE(st.columnInt64(1), 1);
        st.reset();
        // Sent is not received: the ops stay in the outbox.
        QCOMPARE(Outbox::pendingCount(ws->database()).value(), int(ops.size()));
        QCOMPARE(Outbox::acknowledge(ws->database(), {first}).value(), 1);
        QCOMPARE(store.coveredCounters().value().size(), ops.size() - 1);
    }

    void settingsAndCursorsSurviveAReopen()
    {
        test::TestWorkspace ws;
        QVERIFY(
            SyncStore(ws->database()).setValue(SyncStore::kHubUrl, QStringLiteral("https://h")));
        QVERIFY(SyncStore(ws->database()).setNumber(SyncStore::kBundlesAfter, 42));
        QVERIFY(SyncStore(ws->database()).setNumber(SyncStore::kBundlesAfter, 43));
        QVERIFY(ws.reopen());
        SyncStore store(ws->database());
        QCOMPARE(store.value(SyncStore::kHubUrl).value(), QStringLiteral("https://h"));
        QCOMPARE(store.number(SyncStore::kBundlesAfter).value(), 43);
        QCOMPARE(store.number(SyncStore::kReceiptsAfter).value(), 0);
    }

    void receiptsAreSentOncePerBundle()
    {
        test::TestWorkspace ws;
        Statement add(ws->database().handle(),
                      "INSERT INTO applied_bundles(bundle_id, sender, created_hlc, op_count, "
                      "applied_hlc) VALUES (?1, x'00', 1, 1, 1)");
        for (char c : {'x', 'y'}) {
            add.bind(1, QByteArray(32, c));
            QCOMPARE(add.run(), SQLITE_DONE);
            add.reset();
        }
        SyncStore store(ws->database());
        QCOMPARE(store.unreceipted().value().size(), 2);
        QVERIFY(store.markReceipted({QByteArray(32, 'x')}));
        QVERIFY(store.markReceipted({QByteArray(32, 'x')})); // again: harmless
        QCOMPARE(store.unreceipted().value(), QList<QByteArray>{QByteArray(32, 'y')});
    }

    void theLogKeepsTheRecentPassesNewestFirst()
    {
        test::TestWorkspace ws;
        SyncStore store(ws->database());
        for (int i = 0; i < 230; ++i)
            QVERIFY(store.appendLog({i, i + 1, i % 2 == 0, i, 0, 0,
                                     i % 2 ? QStringLiteral("no connection") : QString()}));
        auto log = store.recentLog(1000).value();
        QCOMPARE(log.size(), 200);
        QCOMPARE(log.first().started, 229);
        QVERIFY(!log.first().ok);
        QCOMPARE(log.first().message, QStringLiteral("no connection"));
        QCOMPARE(log.last().started, 30);
        QCOMPARE(store.recentLog(3).value().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
