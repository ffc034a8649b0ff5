// The coordinator's inbox over real bundles (FakeProject): every bundle a
// device receives is listed with its sender, counts and state — applied,
// already applied, quarantined while an earlier bundle is missing (and
// applied once it arrives), refused with the error's message, nothing else
// written.

#include "FakeProject.h"
#include "project/Inbox.h"
#include "ProjectTestKit.h"
#include "store/RecordStore.h"

#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;
using test::FakeProject;
using State = InboxEntry::State;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString kDeputy = QStringLiteral("deputy");

QUuid record(Workspace &ws, const char *summary)
{
    auto id = ws.records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                  {{QStringLiteral("summary"), QString::fromUtf8(summary)}}, true);
    return id ? id.value() : QUuid();
}

QList<InboxEntry> inbox(Workspace &ws, const Inbox::Filter &filter = {})
{
    auto entries = Inbox(ws).list(filter);
    return entries ? entries.value() : QList<InboxEntry>();
}
} // namespace

class TestCoordinatorInbox : public QObject
{
    Q_OBJECT

private slots:
    void everyStateIsListed()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator) && p.addDevice(kAlice),
                 qPrintable(p.error()));
        Workspace &deputy = p.workspace(kDeputy);
        Workspace &alice = p.workspace(kAlice);
        const QUuid first = record(alice, "crossing at dawn");
        QVERIFY(!first.isNull());

        // The coordinator gets the first bundle; the deputy's copy is lost
        // on the way (kept here to deliver later).
        QCOMPARE(p.carry(kAlice, FakeProject::kCoordinator).size(), 1);
        QByteArray lost;
        p.setTransitHook([&lost](const test::Transit &t) {
            lost = t.bytes;
            return QList<QByteArray>();
        });
        QVERIFY(p.carry(kAlice, kDeputy).isEmpty());
        p.setTransitHook({});
        QVERIFY(!lost.isEmpty());
        QVERIFY(p.carryReceipt(FakeProject::kCoordinator, kAlice));

        // The next bundle reaches the deputy without its predecessor.
        const QUuid second = record(alice, "second crossing");
        const QUuid third = record(alice, "third crossing");
        QCOMPARE(p.carry(kAlice, kDeputy).size(), 1);
        QList<InboxEntry> entries = inbox(deputy);
        QCOMPARE(entries.size(), 1);
        InboxEntry waiting = entries.first();
        QCOMPARE(waiting.state, State::Quarantined);
        QCOMPARE(waiting.sender, p.deviceId(kAlice));
        QCOMPARE(waiting.senderName, kAlice);
        QVERIFY(!waiting.fingerprint.isEmpty());
        QVERIFY(Inbox::senderLabel(waiting).startsWith(kAlice + QStringLiteral(" (")));
        QVERIFY(!waiting.fromHub());
        QVERIFY(waiting.file.endsWith(QStringLiteral(".vigiabundle")));
        QCOMPARE(waiting.records, 2);
        QVERIFY(waiting.ops > 0);
        QVERIFY2(waiting.reason.contains(QStringLiteral("wait")), qPrintable(waiting.reason));
        QVERIFY2(!waiting.release.isEmpty(), qPrintable(waiting.release));

        // The lost bundle arrives: both are applied.
        auto late = ChangeImporter(deputy).importBytes(lost);
        QVERIFY2(late, late ? "" : qPrintable(late.error().message()));
        entries = inbox(deputy);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).state, State::Applied);
        QVERIFY(entries.at(0).fromHub()); // importBytes is the hub's path
        QCOMPARE(entries.at(0).records, 1);
        QCOMPARE(entries.at(1).bundleId, waiting.bundleId);
        QCOMPARE(entries.at(1).state, State::Applied);
        QVERIFY(entries.at(1).reason.isEmpty());
        auto changed = Inbox(deputy).recordsOf(waiting.bundleId);
        QVERIFY(changed);
        QCOMPARE(changed.value(), (QList<QUuid>{second, third}));

        // The same bytes again: already applied, with the counts of the first.
        QVERIFY(ChangeImporter(deputy).importBytes(lost));
        entries = inbox(deputy);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().state, State::AlreadyApplied);
        QCOMPARE(entries.first().records, 1);

        // A damaged bundle: refused with the error's message, and nothing
        // but its inbox line written.
        record(alice, "fourth crossing");
        const QByteArray before = snapshot(deputy);
        p.setTransitHook(test::transit::flipBit(-1, 7));
        const auto refused = p.carry(kAlice, kDeputy);
        p.setTransitHook({});
        QCOMPARE(refused.size(), 1);
        QVERIFY(!refused.first());
        QCOMPARE(snapshot(deputy), before);
        entries = inbox(deputy);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.first().state, State::Refused);
        QCOMPARE(entries.first().reason, refused.first().error().message());
        QCOMPARE(entries.first().sender, p.deviceId(kAlice));

        // Filters by state and device.
        QCOMPARE(inbox(deputy, {{}, State::Applied, {}}).size(), 2);
        QCOMPARE(inbox(deputy, {{}, State::Refused, {}}).size(), 1);
        QCOMPARE(inbox(deputy, {{}, State::Quarantined, {}}).size(), 0);
        QCOMPARE(inbox(deputy, {p.deviceId(kAlice), {}, {}}).size(), 4);
        QCOMPARE(inbox(deputy, {p.deviceId(FakeProject::kCoordinator), {}, {}}).size(), 0);

        // The coordinator saw one applied bundle from a file.
        entries = inbox(p.workspace(FakeProject::kCoordinator));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, State::Applied);
        QCOMPARE(entries.first().records, 1);
    }

    void anUnknownSenderIsQuarantined()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        record(p.workspace(kAlice), "crossing at dawn");
        // A flip in the header's sender id names a device nobody knows.
        p.setTransitHook([](const test::Transit &t) {
            const QByteArray key = QByteArrayLiteral("\x66sender\x50");
            QByteArray damaged = t.bytes;
            const qsizetype found = damaged.indexOf(key);
            if (found >= 0)
                damaged[found + key.size() + 5] ^= char(0x10);
            return QList<QByteArray>{damaged};
        });
        const auto out = p.carry(kAlice, FakeProject::kCoordinator);
        QCOMPARE(out.size(), 1);
        QVERIFY(out.first());
        const QList<InboxEntry> entries = inbox(p.workspace(FakeProject::kCoordinator));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, State::Quarantined);
        QVERIFY(entries.first().senderName.isEmpty());
        QVERIFY(!entries.first().reason.isEmpty());
        QVERIFY(!entries.first().release.isEmpty());
        QCOMPARE(entries.first().records, -1);
    }
};

QTEST_GUILESS_MAIN(TestCoordinatorInbox)
#include "tst_coordinatorinbox.moc"
