// InboxLog and Inbox on one workspace, without bundles: what a reception
// records, which bundle an op is linked to, how a quarantined arrival is
// updated, and the state Inbox derives from the quarantine table.

#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/OpLog.h"
#include "project/Inbox.h"
#include "project/InboxLog.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QTest>

#include <algorithm>

#include <sqlite3.h>

using namespace vigia;
using State = InboxEntry::State;

namespace {
Op op(const QByteArray &origin, quint64 counter, const QString &entity, const QByteArray &row)
{
    Op o;
    o.origin = origin;
    o.counter = counter;
    o.entity = entity;
    o.row = row;
    o.field = QStringLiteral("summary");
    return o;
}

QByteArray linkedBundle(Workspace &ws, const QByteArray &origin, qint64 counter)
{
    Statement st(ws.database().handle(),
                 "SELECT bundle_id FROM bundle_runs WHERE origin = ?1 AND from_counter <= ?2 "
                 "AND to_counter >= ?2");
    st.bind(1, origin).bind(2, counter);
    return st.step() == SQLITE_ROW ? st.columnBlob(0) : QByteArray();
}
} // namespace

class TestInboxLog : public QObject
{
    Q_OBJECT

private slots:
    void stateNamesRoundTrip()
    {
        for (State s : {State::Applied, State::AlreadyApplied, State::Quarantined, State::Refused})
            QCOMPARE(InboxEntry::stateFromName(InboxEntry::stateName(s)), s);
        QVERIFY(!InboxEntry::stateFromName(QStringLiteral("lost")));
    }

    void countsDistinctRecords()
    {
        const QByteArray a(16, 'a'), r1(16, '1'), r2(16, '2');
        QCOMPARE(InboxLog::recordCount({op(a, 1, QStringLiteral("record"), r1),
                                        op(a, 2, QStringLiteral("record"), r1),
                                        op(a, 3, QStringLiteral("record"), r2),
                                        op(a, 4, QStringLiteral("code"), r1)}),
                 2);
        QCOMPARE(InboxLog::recordCount({}), 0);
    }

    void theFirstBundleKeepsTheOp()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        InboxLog log(ws->database());
        const QByteArray a(16, 'a'), row(16, 'r');
        QVERIFY(log.linkOps("first", {op(a, 1, QStringLiteral("record"), row),
                                      op(a, 2, QStringLiteral("record"), row)}));
        QVERIFY(log.linkOps("second", {op(a, 2, QStringLiteral("record"), row),
                                       op(a, 3, QStringLiteral("record"), row)}));
        QCOMPARE(linkedBundle(*ws, a, 1), QByteArray("first"));
        QCOMPARE(linkedBundle(*ws, a, 2), QByteArray("first"));
        QCOMPARE(linkedBundle(*ws, a, 3), QByteArray("second"));
    }

    // Ops are linked as runs of counters: a bundle of one device's ops in
    // order is one row, and a relay that overlaps earlier bundles in several
    // places links only the counters between them, in as many runs.
    void opsAreLinkedAsRunsAroundEarlierBundles()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        InboxLog log(ws->database());
        const QByteArray a(16, 'a'), b(16, 'b'), row(16, 'r');
        const auto ops = [&](const QByteArray &origin, quint64 from, quint64 to) {
            QList<Op> out;
            for (quint64 c = from; c <= to; ++c)
                out.append(op(origin, c, QStringLiteral("record"), row));
            return out;
        };
        QVERIFY(log.linkOps("one", ops(a, 1, 1000)));
        QVERIFY(log.linkOps("two", ops(a, 1201, 1300) + ops(a, 1401, 1500)));
        // Out of order, with a repeat, and a second device.
        QList<Op> relay = ops(a, 900, 1600) + ops(b, 5, 9);
        std::reverse(relay.begin(), relay.end());
        relay.append(op(a, 1100, QStringLiteral("record"), row));
        QVERIFY(log.linkOps("relay", relay));
        Statement st(ws->database().handle(),
                     "SELECT origin, from_counter, to_counter, bundle_id FROM bundle_runs "
                     "ORDER BY origin, from_counter");
        QStringList runs;
        while (st.step() == SQLITE_ROW)
            runs << QStringLiteral("%1 %2-%3 %4")
                        .arg(QString::fromLatin1(st.columnBlob(0).left(1)))
                        .arg(st.columnInt64(1))
                        .arg(st.columnInt64(2))
                        .arg(QString::fromLatin1(st.columnBlob(3)));
        QCOMPARE(runs, (QStringList{
                           QStringLiteral("a 1-1000 one"), QStringLiteral("a 1001-1200 relay"),
                           QStringLiteral("a 1201-1300 two"), QStringLiteral("a 1301-1400 relay"),
                           QStringLiteral("a 1401-1500 two"), QStringLiteral("a 1501-1600 relay"),
                           QStringLiteral("b 5-9 relay")}));
        QCOMPARE(linkedBundle(*ws, a, 950), QByteArray("one"));
        QCOMPARE(linkedBundle(*ws, a, 1350), QByteArray("relay"));
        QCOMPARE(linkedBundle(*ws, a, 1601), QByteArray());
        // Linking the same ops again changes nothing.
        QVERIFY(log.linkOps("again", relay));
        Statement count(ws->database().handle(), "SELECT count(*) FROM bundle_runs");
        QCOMPARE(count.step(), SQLITE_ROW);
        QCOMPARE(count.columnInt64(0), qint64(7));
    }

    void receptionsAndTheirStates()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        InboxLog log(ws->database());
        const QByteArray sender(16, 's');
        const InboxLog::Arrival first{
            "b1", sender, quint64(5) << 16, QStringLiteral("a.vigiabundle"), 7, 3};
        QVERIFY(log.received(first, State::Applied, false));
        // Again: the record count comes from the first reception.
        InboxLog::Arrival again = first;
        again.records = -1;
        again.file.clear();
        QVERIFY(log.received(again, State::AlreadyApplied, false));
        // Refused, unreadable: no id, no sender.
        QVERIFY(log.received({}, State::Refused, false, QStringLiteral("not a bundle")));

        auto entries = Inbox(*ws).list();
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 3);
        const InboxEntry &refused = entries.value().at(0);
        QCOMPARE(refused.state, State::Refused);
        QCOMPARE(refused.reason, QStringLiteral("not a bundle"));
        QVERIFY(refused.bundleId.isEmpty());
        QCOMPARE(Inbox::senderLabel(refused), Inbox::tr("unknown"));
        const InboxEntry &twice = entries.value().at(1);
        QCOMPARE(twice.state, State::AlreadyApplied);
        QCOMPARE(twice.records, 3);
        QVERIFY(twice.fromHub());
        const InboxEntry &applied = entries.value().at(2);
        QCOMPARE(applied.state, State::Applied);
        QCOMPARE(applied.file, QStringLiteral("a.vigiabundle"));
        QCOMPARE(applied.ops, 7);
        QCOMPARE(applied.createdHlc, quint64(5) << 16);

        QCOMPARE(Inbox(*ws).list({{}, State::AlreadyApplied, {}}).value().size(), 1);
        QCOMPARE(Inbox(*ws).list({sender, {}, {}}).value().size(), 2);
        QCOMPARE(Inbox(*ws).list({QByteArray(16, 'x'), {}, {}}).value().size(), 0);
    }

    void filtersByTheCountryOfTheRecordsChanged()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const auto create = [&](const char *country) {
            return ws->records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                        {{QStringLiteral("country"), QLatin1String(country)}},
                                        true);
        };
        QVERIFY(create("BR"));
        auto first = ws->oplog().opsOf(ws->oplog().deviceId());
        QVERIFY(first);
        QVERIFY(create("GT"));
        auto all = ws->oplog().opsOf(ws->oplog().deviceId());
        QVERIFY(all);
        const QList<Op> second = all.value().mid(first.value().size());
        QVERIFY(!second.isEmpty());
        InboxLog log(ws->database());
        QVERIFY(log.linkOps("brazil", first.value()));
        QVERIFY(log.linkOps("guatemala", second));
        const QByteArray sender(16, 's');
        QVERIFY(log.received({"brazil", sender, 1, {}, 3, 1}, State::Applied, false));
        QVERIFY(log.received({"guatemala", sender, 2, {}, 3, 1}, State::Applied, false));
        QVERIFY(log.received({}, State::Refused, false, QStringLiteral("not a bundle")));

        QCOMPARE(Inbox(*ws).list().value().size(), 3);
        auto inBrazil = Inbox(*ws).list({{}, {}, QStringLiteral("BR")});
        QVERIFY(inBrazil);
        QCOMPARE(inBrazil.value().size(), 1);
        QCOMPARE(inBrazil.value().first().bundleId, QByteArray("brazil"));
        QCOMPARE(Inbox(*ws).list({{}, {}, QStringLiteral("GT")}).value().first().bundleId,
                 QByteArray("guatemala"));
        QCOMPARE(Inbox(*ws).list({sender, {}, QStringLiteral("GT")}).value().size(), 1);
        QCOMPARE(Inbox(*ws).list({QByteArray(16, 'x'), {}, QStringLiteral("GT")}).value().size(),
                 0);
        QCOMPARE(Inbox(*ws).list({{}, {}, QStringLiteral("PE")}).value().size(), 0);
    }

    void aQuarantinedArrivalIsUpdatedInPlace()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        InboxLog log(ws->database());
        const InboxLog::Arrival held{
            "held", QByteArray(16, 's'), 1, QStringLiteral("h.vigiabundle"), 2, -1};
        QVERIFY(log.received(held, State::Quarantined, false));
        // Neither in the quarantine table nor applied: it was deleted.
        auto entries = Inbox(*ws).list();
        QCOMPARE(entries.value().size(), 1);
        QCOMPARE(entries.value().first().state, State::Refused);
        QVERIFY(!entries.value().first().reason.isEmpty());

        InboxLog::Arrival released = held;
        released.records = 1;
        QVERIFY(log.received(released, State::Applied, true));
        entries = Inbox(*ws).list();
        QCOMPARE(entries.value().size(), 1);
        QCOMPARE(entries.value().first().state, State::Applied);
        QCOMPARE(entries.value().first().records, 1);
        QCOMPARE(entries.value().first().file, QStringLiteral("h.vigiabundle"));
    }
};

QTEST_GUILESS_MAIN(TestInboxLog)
#include "tst_inboxlog.moc"
