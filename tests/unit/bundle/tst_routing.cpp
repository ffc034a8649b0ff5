#include "oplog/StreamOrigin.h"
#include "project/ProjectManifest.h"
#include "project/Routing.h"

#include <QTest>
#include <QUuid>

using namespace vigia;

namespace {
ManifestDevice device(Role role)
{
    ManifestDevice d;
    d.id = QUuid::createUuid().toRfc4122();
    d.role = role;
    return d;
}
} // namespace

// Who may hold and write which stream, and the map of every origin of a
// project that the importer and the exporter consult for each bundle.
class TestRouting : public QObject
{
    Q_OBJECT

private slots:
    void everyOriginOfTheMembersIsKnown()
    {
        ProjectManifest m;
        const ManifestDevice coordinator = device(Role::Coordinator);
        const ManifestDevice researcher = device(Role::Researcher);
        m.devices = {coordinator, researcher};
        ManifestRevocation gone;
        gone.id = QUuid::createUuid().toRfc4122();
        m.revoked = {gone};
        const auto streams = Routing::streamsOf(m);
        // Records and project streams for three devices, feedback for each
        // ordered pair of distinct devices.
        QCOMPARE(streams.size(), 3 * 2 + 3 * 2);
        QCOMPARE(streams.value(researcher.id).kind, StreamOrigin::Kind::Records);
        QCOMPARE(streams.value(StreamOrigin::project(gone.id)).device, gone.id);
        const StreamOrigin::Stream feedback =
            streams.value(StreamOrigin::feedback(coordinator.id, researcher.id));
        QCOMPARE(feedback.kind, StreamOrigin::Kind::Feedback);
        QCOMPARE(feedback.researcher, researcher.id);

        QVERIFY(Routing::mayHold(researcher, feedback));
        QVERIFY(!Routing::mayHold(researcher, streams.value(coordinator.id)));
        QVERIFY(Routing::mayWrite(Role::Coordinator, feedback));
        QVERIFY(!Routing::mayWrite(Role::Researcher, feedback));
    }

    // The map is asked for once per bundle and costs a hash per pair of
    // devices: the same devices give the same map without building it again,
    // and other devices a map of their own.
    void theSameDevicesShareOneMap()
    {
        ProjectManifest m;
        for (int i = 0; i < 50; ++i)
            m.devices.append(device(i % 10 == 0 ? Role::Coordinator : Role::Researcher));
        const auto first = Routing::streamsOf(m);
        const auto second = Routing::streamsOf(m);
        QCOMPARE(first.size(), 50 * 2 + 50 * 49);
        QVERIFY(first.isSharedWith(second));

        ProjectManifest more = m;
        more.devices.append(device(Role::Researcher));
        const auto third = Routing::streamsOf(more);
        QVERIFY(!third.isSharedWith(first));
        QCOMPARE(third.size(), 51 * 2 + 51 * 50);
        QVERIFY(!first.contains(more.devices.last().id));
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
