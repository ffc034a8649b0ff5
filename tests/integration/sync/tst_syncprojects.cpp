// A device in two projects, each on its own hub (issue 18, part 8): one
// `vigiactl sync` and one pass of the app's agent send both projects'
// changes, each to its own project's hub and coordinator; a project whose
// hub cannot be reached fails by its name without stopping the other, and
// the project open (and remembered) stays the same.
#include "common/UuidText.h"
#include "project/WorkspaceProjects.h"
#include "SyncTestKit.h"
#include "VigiactlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vigia;
using namespace vigia::synctest;
using vigia::projecttest::currentProject;
using vigia::test::CliRun;
using vigia::test::VigiactlRunner;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Brazil's project on one hub, Argentina's on another; the observatory, a
// researcher in both, last joined Argentina's (open, and remembered).
struct TwoHubs
{
    SyncWorld brazil;
    SyncWorld argentina;
    test::TestWorkspace observatory{{}, Role::Researcher};
    QByteArray argentinaStore;

    QString setUp()
    {
        if (auto created =
                ProjectAdmin(*argentina.coordinator).create(s("Frontera Oeste"), s("AR"), {});
            !created)
            return created.error().message();
        if (QString e = projecttest::enrol(*brazil.coordinator, *observatory); !e.isEmpty())
            return e;
        if (QString e = projecttest::enrol(*argentina.coordinator, *observatory); !e.isEmpty())
            return e;
        for (SyncWorld *w : {&brazil, &argentina})
            if (QString e = w->setUp(0); !e.isEmpty())
                return e;
        argentinaStore = observatory->projectStore();
        if (!setHub({}, brazil.hub.url(QString()).toString()) ||
            !setHub(argentinaStore, argentina.hub.url(QString()).toString()))
            return s("could not set the hubs");
        return {};
    }

    // A project's hub address in the observatory's store for it.
    bool setHub(const QByteArray &store, const QString &url)
    {
        auto db = observatory->openProjectDatabase(store);
        return db && SyncStore(*db.value()).setValue(SyncStore::kHubUrl, url);
    }

    // A finalized finding in each project, written through the project's store.
    bool writeInBoth(const QString &text)
    {
        for (const QByteArray &id : {brazil.projectId, argentina.projectId}) {
            if (!WorkspaceProjects(*observatory).switchTo(id))
                return false;
            const QString where = id == brazil.projectId ? s("Brazil") : s("Argentina");
            if (SyncWorld::finalize(*observatory, 1, text + s(" in ") + where).size() != 1)
                return false;
        }
        return currentProject(*observatory) == argentina.projectId;
    }
};

SyncAgent::Options agentOptions()
{
    SyncAgent::Options o = SyncWorld::quietAgent();
    o.timeoutMs = 3000;
    o.backoff.firstMs = 60'000; // no retry within the test
    return o;
}
} // namespace

class TestSyncProjects : public QObject
{
    Q_OBJECT

private slots:
    void vigiactlSyncSendsEveryProjectToItsHub()
    {
        TwoHubs t;
        QCOMPARE(t.setUp(), QString());
        QVERIFY(t.writeInBoth(s("crossing")));
        const VigiactlRunner cli(t.observatory.path());

        // Brazil's hub is away: Argentina still syncs, the exit code says it.
        QVERIFY(t.setHub({}, s("http://127.0.0.1:9")));
        CliRun r = cli.run({s("--json"), s("sync")});
        QVERIFY2(r.exitCode != 0, r.describe().constData());
        QJsonArray passes = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(passes.size(), 2);
        QCOMPARE(passes.at(0).toObject().value(s("name")).toString(), s("Frontera Sur"));
        QVERIFY(!passes.at(0).toObject().value(s("ok")).toBool());
        QVERIFY(!passes.at(0).toObject().value(s("error")).toString().isEmpty());
        QCOMPARE(passes.at(1).toObject().value(s("name")).toString(), s("Frontera Oeste"));
        QCOMPARE(passes.at(1).toObject().value(s("project_id")).toString(),
                 UuidText::of(t.argentina.projectId));
        QVERIFY2(passes.at(1).toObject().value(s("ok")).toBool(), r.describe().constData());
        QCOMPARE(passes.at(1).toObject().value(s("bundles_sent")).toInt(), 1);
        QCOMPARE(t.argentina.hub.storedBundles(t.argentina.projectId), 1);
        QCOMPARE(t.brazil.hub.storedBundles(t.brazil.projectId), 0);

        // Both hubs reachable: one sync, each project's text under its name.
        QVERIFY(t.setHub({}, t.brazil.hub.url(QString()).toString()));
        r = cli.run({s("sync")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(s("Project Frontera Sur:")) &&
                     r.outText().contains(s("Project Frontera Oeste:")),
                 r.describe().constData());
        QCOMPARE(t.brazil.hub.storedBundles(t.brazil.projectId), 1);

        // Each coordinator gets its own project's finding only.
        QVERIFY(SyncWorld::pass(*t.brazil.coordinator));
        QVERIFY(SyncWorld::pass(*t.argentina.coordinator));
        QCOMPARE(test::answersOf(*t.brazil.coordinator, s("a")),
                 QStringList{s("crossing in Brazil")});
        QCOMPARE(test::answersOf(*t.argentina.coordinator, s("a")),
                 QStringList{s("crossing in Argentina")});

        // With --project, that one only.
        QVERIFY(t.writeInBoth(s("shelter")));
        const int inBrazil = t.brazil.hub.storedBundles(t.brazil.projectId);
        const int inArgentina = t.argentina.hub.storedBundles(t.argentina.projectId);
        r = cli.run({s("--json"), s("--project"), s("Frontera Sur"), s("sync")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(QJsonDocument::fromJson(r.out).isObject());
        QCOMPARE(t.brazil.hub.storedBundles(t.brazil.projectId), inBrazil + 1);
        QCOMPARE(t.argentina.hub.storedBundles(t.argentina.projectId), inArgentina);
    }

    void theAgentSyncsEveryProjectInOnePass()
    {
        TwoHubs t;
        QCOMPARE(t.setUp(), QString());
        QVERIFY(t.writeInBoth(s("road")));
        auto sibling = t.observatory->openSibling();
        QVERIFY(sibling);
        SyncAgent agent(sibling.take(), agentOptions());
        QList<SyncAgent::Status> seen;
        QObject receiver;
        connect(&agent, &SyncAgent::statusChanged, &receiver,
                [&seen](const SyncAgent::Status &status) { seen.append(status); });
        int ok = 0;
        connect(&agent, &SyncAgent::passFinished, &receiver,
                [&ok](const SyncReport &report, bool passed, const QString &) {
                    if (passed && report.bundlesSent == 2)
                        ++ok;
                });
        agent.startOnThread();
        QTRY_COMPARE_WITH_TIMEOUT(ok, 1, 15000);
        QCOMPARE(t.brazil.hub.storedBundles(t.brazil.projectId), 1);
        QCOMPARE(t.argentina.hub.storedBundles(t.argentina.projectId), 1);

        // Brazil's hub away: the status names the project.
        QVERIFY(t.setHub({}, s("http://127.0.0.1:9")));
        QMetaObject::invokeMethod(&agent, &SyncAgent::syncNow, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(
            !seen.isEmpty() && seen.last().message.startsWith(s("Frontera Sur: ")), 15000);
        agent.shutdown();

        // The window's project, open and remembered, is still Argentina's.
        QCOMPARE(currentProject(*t.observatory), t.argentina.projectId);
        QVERIFY(WorkspaceProjects(*t.observatory).switchTo(t.brazil.projectId));
        QVERIFY2(t.observatory.reopen(), qPrintable(t.observatory.error()));
        QCOMPARE(currentProject(*t.observatory), t.brazil.projectId);
        QVERIFY(SyncWorld::pass(*t.argentina.coordinator));
        QCOMPARE(test::answersOf(*t.argentina.coordinator, s("a")),
                 QStringList{s("road in Argentina")});
    }
};

QTEST_GUILESS_MAIN(TestSyncProjects)
#include "tst_syncprojects.moc"
