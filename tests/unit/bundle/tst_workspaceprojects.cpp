#include "common/UuidText.h"
#include "FakeClock.h"
#include "project/WorkspaceProjects.h"
#include "ProjectTestKit.h"
#include "store/ProjectStores.h"
#include "store/RecordFilter.h"
#include "TestWorkspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;

namespace {
QList<QUuid> recordIds(Workspace &ws)
{
    QList<QUuid> out;
    auto records = ws.records().list(RecordFilter{});
    for (const Record &r : records ? records.value() : QList<Record>())
        out.append(r.id);
    return out;
}

// The observatory joins the projects of two national coordinators.
struct TwoProjects
{
    test::FakeClock clock;
    test::TestWorkspace brazil{clock.fn(), Role::Coordinator};
    test::TestWorkspace argentina{clock.fn(), Role::Coordinator};
    test::TestWorkspace observatory{clock.fn(), Role::Coordinator};
    QByteArray brazilId;
    QByteArray argentinaId;

    QString setUp()
    {
        if (auto created = ProjectAdmin(*argentina)
                               .create(QStringLiteral("Frontera Oeste"), QStringLiteral("AR"), {});
            !created)
            return created.error().message();
        if (QString e = enrol(*brazil, *observatory); !e.isEmpty())
            return e;
        if (QString e = enrol(*argentina, *observatory); !e.isEmpty())
            return e;
        brazilId = currentProject(*brazil);
        argentinaId = currentProject(*argentina);
        return {};
    }
};
} // namespace

class TestWorkspaceProjects : public QObject
{
    Q_OBJECT

private slots:
    void joinsTwoProjectsEachInItsOwnStore()
    {
        TwoProjects t;
        QCOMPARE(t.setUp(), QString());
        // The last one joined is current, in a store of its own.
        QCOMPARE(currentProject(*t.observatory), t.argentinaId);
        QCOMPARE(t.observatory->projectStore(), t.argentinaId);
        QCOMPARE(ProjectStores::list(t.observatory.path()), QList<QByteArray>{t.argentinaId});
        auto all = WorkspaceProjects(*t.observatory).list();
        QVERIFY2(all, qPrintable(all.error().message()));
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().at(0).projectId, t.brazilId);
        QCOMPARE(all.value().at(0).name, QStringLiteral("Frontera Sur"));
        QCOMPARE(all.value().at(0).country, QStringLiteral("BR"));
        QVERIFY(!all.value().at(0).current);
        QCOMPARE(all.value().at(1).name, QStringLiteral("Frontera Oeste"));
        QCOMPARE(all.value().at(1).country, QStringLiteral("AR"));
        QVERIFY(all.value().at(1).current);
    }

    void recordsOfOneProjectAreInvisibleInTheOther()
    {
        TwoProjects t;
        QCOMPARE(t.setUp(), QString());
        Workspace &ws = *t.observatory;
        auto inArgentina = ws.records().create(
            QStringLiteral("f"), {}, {{QStringLiteral("a"), QStringLiteral("in Argentina")}}, true);
        QVERIFY(inArgentina);
        QCOMPARE(recordIds(ws), QList<QUuid>{inArgentina.value()});
        WorkspaceProjects projects(ws);
        QVERIFY(projects.select(QStringLiteral("frontera sur")));
        QCOMPARE(currentProject(ws), t.brazilId);
        QCOMPARE(recordIds(ws), QList<QUuid>());
        auto inBrazil = ws.records().create(
            QStringLiteral("f"), {}, {{QStringLiteral("a"), QStringLiteral("in Brazil")}}, true);
        QVERIFY(inBrazil);
        QCOMPARE(recordIds(ws), QList<QUuid>{inBrazil.value()});
        // By the start of the id, as --project takes it.
        QVERIFY(projects.select(QString::fromLatin1(t.argentinaId.toHex().left(8))));
        QCOMPARE(recordIds(ws), QList<QUuid>{inArgentina.value()});
    }

    void reopeningRestoresTheLastUsedProject()
    {
        TwoProjects t;
        QCOMPARE(t.setUp(), QString());
        QVERIFY(WorkspaceProjects(*t.observatory).switchTo(t.brazilId));
        QVERIFY2(t.observatory.reopen(), qPrintable(t.observatory.error()));
        QCOMPARE(currentProject(*t.observatory), t.brazilId);
        QVERIFY(WorkspaceProjects(*t.observatory).switchTo(t.argentinaId));
        QVERIFY2(t.observatory.reopen(), qPrintable(t.observatory.error()));
        QCOMPARE(currentProject(*t.observatory), t.argentinaId);
        // A sibling (the sync agent's) works on the same project.
        auto sibling = t.observatory->openSibling();
        QVERIFY(sibling);
        QCOMPARE(currentProject(*sibling.value()), t.argentinaId);
    }

    void anAbandonedStoreLeavesNothing()
    {
        TwoProjects t;
        QCOMPARE(t.setUp(), QString());
        Workspace &ws = *t.observatory;
        QVERIFY(WorkspaceProjects(ws).switchTo(t.brazilId));
        const QByteArray other(16, 'o');
        // What a join does first; then it fails.
        QVERIFY(WorkspaceProjects(ws).prepareFor(other));
        QCOMPARE(ws.projectStore(), other);
        QVERIFY(WorkspaceProjects(ws).abandon(QByteArray()));
        QVERIFY(ws.projectStore().isEmpty());
        QCOMPARE(currentProject(ws), t.brazilId);
        QCOMPARE(ProjectStores::list(t.observatory.path()), QList<QByteArray>{t.argentinaId});
        QVERIFY(!QFile::exists(ProjectStores::folder(t.observatory.path(), other)));
        QCOMPARE(WorkspaceProjects(ws).list().value().size(), 2);
        QVERIFY2(t.observatory.reopen(), qPrintable(t.observatory.error()));
        QCOMPARE(currentProject(*t.observatory), t.brazilId);
        // Nothing made, nothing removed.
        QVERIFY(WorkspaceProjects(*t.observatory).abandon(QByteArray()));
        QCOMPARE(ProjectStores::list(t.observatory.path()), QList<QByteArray>{t.argentinaId});
    }

    void aStoreThatJoinedNothingIsNeitherListedNorReopened()
    {
        TwoProjects t;
        QCOMPARE(t.setUp(), QString());
        // An older version's failed join: a store made, nothing pinned in
        // it, and remembered as the last project.
        const QByteArray leftover(16, 'l');
        QVERIFY(t.observatory->addProjectStore(leftover));
        QVERIFY2(t.observatory.reopen(), qPrintable(t.observatory.error()));
        QCOMPARE(currentProject(*t.observatory), t.brazilId);
        QVERIFY(t.observatory->projectStore().isEmpty());
        auto all = WorkspaceProjects(*t.observatory).list();
        QVERIFY(all);
        QCOMPARE(all.value().size(), 2);
        for (const WorkspaceProjects::Entry &e : all.value())
            QVERIFY(e.projectId != leftover && e.store != leftover);
    }

    void joiningTheSameProjectTwiceIsRefused()
    {
        TwoProjects t;
        QCOMPARE(t.setUp(), QString());
        // Brazil's invitation again while Argentina is current.
        auto invitation = ProjectAdmin(*t.brazil).invitation();
        QVERIFY(invitation);
        auto joined = ProjectMembership(*t.observatory).join(invitation.value());
        QVERIFY(!joined);
        QCOMPARE(joined.error().code(), ErrorCode::Failure);
        QVERIFY2(joined.error().message().contains(QStringLiteral("already joined")),
                 qPrintable(joined.error().message()));
        QCOMPARE(currentProject(*t.observatory), t.argentinaId);
        QCOMPARE(t.observatory->addProjectStore(t.brazilId).error().code(), ErrorCode::Failure);
        QCOMPARE(t.observatory->addProjectStore(t.argentinaId).error().code(), ErrorCode::Failure);
        QCOMPARE(ProjectStores::list(t.observatory.path()).size(), 1);
    }

    void aStoreOfOneProjectDoesNotOpenAsAnother()
    {
        TwoProjects t;
        QCOMPARE(t.setUp(), QString());
        Workspace &ws = *t.observatory;
        // A third project's folder filled with Argentina's store: another key.
        const QByteArray fake(16, '\x42');
        QVERIFY(ws.addProjectStore(fake));
        QVERIFY(WorkspaceProjects(ws).switchTo(t.brazilId));
        const QString fakeStore = ProjectStores::storePath(ws.path(), fake);
        QVERIFY(QFile::remove(fakeStore));
        QVERIFY(QFile::copy(ProjectStores::storePath(ws.path(), t.argentinaId), fakeStore));
        auto opened = ws.openProjectDatabase(fake);
        QVERIFY(!opened);
        QCOMPARE(ws.switchProjectStore(fake).error().code(), opened.error().code());
        QCOMPARE(currentProject(ws), t.brazilId); // still open, unchanged
    }

    void aBundleOfTheOtherProjectIsRefusedByName()
    {
        TwoProjects t;
        QCOMPARE(t.setUp(), QString());
        QVERIFY(t.argentina->records().create(QStringLiteral("f"), {},
                                              {{QStringLiteral("a"), QStringLiteral("x")}}, true));
        QTemporaryDir usb;
        auto e = ChangeExporter::exportTo(*t.argentina, usb.path());
        QVERIFY(e);
        QVERIFY(WorkspaceProjects(*t.observatory).switchTo(t.brazilId));
        auto r = ChangeImporter(*t.observatory).importFile(e.value().path);
        QVERIFY(!r);
        QVERIFY2(r.error().message().contains(QStringLiteral("Frontera Oeste")) &&
                     r.error().message().contains(UuidText::of(t.argentinaId)),
                 qPrintable(r.error().message()));
        QVERIFY(WorkspaceProjects(*t.observatory).switchTo(t.argentinaId));
        auto applied = ChangeImporter(*t.observatory).importFile(e.value().path);
        QVERIFY2(applied, qPrintable(applied.error().message()));
    }

    void unknownProjectListsTheKnownOnes()
    {
        TwoProjects t;
        QCOMPARE(t.setUp(), QString());
        auto found = WorkspaceProjects(*t.observatory).find(QStringLiteral("Frontera Norte"));
        QVERIFY(!found);
        QCOMPARE(found.error().code(), ErrorCode::NotFound);
        QVERIFY(found.error().message().contains(QStringLiteral("Frontera Sur")));
        QVERIFY(found.error().message().contains(QStringLiteral("Frontera Oeste")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceProjects)
#include "tst_workspaceprojects.moc"
