// A workspace already in a project joins a further one from the app, with
// the code a coordinator reads out (issue 18, part 8): the project gets a
// store of its own beside the first, as `vigiactl project join` gives it,
// the window switches to it and the project chooser lists both. An
// invitation file of another project, confirmed on the Sync page, joins the
// same way.
#include "common/Language.h"
#include "FaultProxy.h"
#include "HubFixture.h"
#include "ModalHelper.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectMembership.h"
#include "project/ProjectStore.h"
#include "project/SignedFile.h"
#include "project/WorkspaceProjects.h"
#include "store/ProjectStores.h"
#include "store/WorkspaceSettings.h"
#include "sync/HubConnection.h"
#include "sync/HubProjectAdmin.h"
#include "SyncTestKit.h"
#include "TestWorkspace.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProjectChooser.h"
#include "ui/sync/JoinByCodeDialog.h"
#include "ui/sync/SyncPage.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {
constexpr int kJoinMs = 20000;

QByteArray pinned(Workspace &ws)
{
    auto loaded = ProjectStore(ws.database()).load();
    return loaded && loaded.value() ? loaded.value()->projectId : QByteArray();
}
} // namespace

class tst_JoinAnotherProject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void joiningASecondProjectAddsItToTheChooser()
    {
        test::HubFixture hub(synctest::SyncWorld::quietConfig());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        const QString url = hub.url(QString()).toString();
        test::TestWorkspace national({}, Role::Coordinator);
        QVERIFY(ProjectAdmin(*national).create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"),
                                               url));
        HubConnection connection(HubConnection::Options{QUrl(url), {}, 10000});
        QVERIFY(HubProjectAdmin(*national, connection)
                    .registerProject(QString::fromLatin1(hub.projectToken())));
        auto code = HubProjectAdmin(*national, connection).createInvitation(3600);
        QVERIFY(code);

        // The observatory coordinates a project of its own already.
        test::TestWorkspace observatory({}, Role::Coordinator);
        QVERIFY(ProjectAdmin(*observatory)
                    .create(QStringLiteral("Observatorio"), QStringLiteral("UY"), {}));
        MainWindow w(*observatory);
        w.show();
        w.showPage(MainWindow::SyncView);
        auto *chooser = w.findChild<ProjectChooser *>(QStringLiteral("projectChooser"));
        QVERIFY(chooser && !chooser->isVisible());
        QPointer<SyncPage> page = w.findChild<SyncPage *>(QStringLiteral("syncPage"));
        QVERIFY(page);
        auto *button = page->findChild<QPushButton *>(QStringLiteral("joinAnotherProject"));
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Join another pro&ject with a code…"));

        bool joined = false;
        QCOMPARE(test::answerModal([button] { button->click(); },
                                   [&](QWidget *shown) {
                                       auto *dialog = qobject_cast<JoinByCodeDialog *>(shown);
                                       if (!dialog)
                                           return;
                                       if (dialog->join(url, code.value()))
                                           QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kJoinMs);
                                       joined = dialog->hasJoined();
                                       if (!joined)
                                           qWarning() << dialog->message();
                                       if (auto *close = dialog->findChild<QPushButton *>(
                                               QStringLiteral("joinClose")))
                                           close->click();
                                   }),
                 QString());
        QVERIFY(joined);

        // The window now shows the new project, on pages built for its store.
        QTRY_VERIFY(page.isNull());
        QTRY_VERIFY(chooser->isVisible());
        auto *combo = chooser->findChild<QComboBox *>(QStringLiteral("projectCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        // No manifest yet, so no country: the invitation names the project.
        QTRY_COMPARE(combo->currentText(), QStringLiteral("Frontera Sur"));
        QCOMPARE(w.currentPage(), MainWindow::SyncView);
        const QByteArray frontera = pinned(*national);
        QCOMPARE(observatory->projectStore(), frontera);
        QCOMPARE(pinned(*observatory), frontera);
        QCOMPARE(ProjectStores::list(observatory.path()), QList<QByteArray>{frontera});
        // The request waits on the hub for the national coordinator.
        auto requests = HubProjectAdmin(*national, connection).pendingRequests();
        QVERIFY(requests);
        QCOMPARE(requests.value().size(), 1);
        QCOMPARE(requests.value().first().deviceId, observatory->deviceId().toRfc4122());

        // The first project is still there, as it was.
        combo->setCurrentIndex(0);
        emit combo->activated(0);
        QTRY_VERIFY(observatory->projectStore().isEmpty());
        QTRY_COMPARE(combo->currentText(), QStringLiteral("Observatorio (UY)"));
    }

    void aJoinCutOffAfterTheStoreWasMadeLeavesNothing()
    {
        test::HubFixture hub(synctest::SyncWorld::quietConfig());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        const QString url = hub.url(QString()).toString();
        test::TestWorkspace national({}, Role::Coordinator);
        QVERIFY(ProjectAdmin(*national).create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"),
                                               url));
        HubConnection connection(HubConnection::Options{QUrl(url), {}, 10000});
        QVERIFY(HubProjectAdmin(*national, connection)
                    .registerProject(QString::fromLatin1(hub.projectToken())));
        auto code = HubProjectAdmin(*national, connection).createInvitation(3600);
        QVERIFY(code);
        // The code goes through (a short request); the join request, longer,
        // is cut off on its way: by then the new store is made and pinned.
        test::FaultProxy proxy(quint16(hub.url(QString()).port()));
        QVERIFY(proxy.start());
        test::FaultProxy::Plan cut;
        cut.cutUpAfter = 520;
        proxy.setPlan(cut, false);
        const QString viaProxy = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());

        test::TestWorkspace observatory({}, Role::Coordinator);
        QVERIFY(ProjectAdmin(*observatory)
                    .create(QStringLiteral("Observatorio"), QStringLiteral("UY"), {}));
        const QStringList before =
            QDir(observatory.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        MainWindow w(*observatory);
        w.show();
        w.showPage(MainWindow::SyncView);
        QPointer<SyncPage> page = w.findChild<SyncPage *>(QStringLiteral("syncPage"));
        QVERIFY(page);
        auto *button = page->findChild<QPushButton *>(QStringLiteral("joinAnotherProject"));
        QString message;
        bool joined = true;
        QCOMPARE(test::answerModal([button] { button->click(); },
                                   [&](QWidget *shown) {
                                       auto *dialog = qobject_cast<JoinByCodeDialog *>(shown);
                                       if (!dialog)
                                           return;
                                       if (dialog->join(viaProxy, code.value()))
                                           QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kJoinMs);
                                       joined = dialog->hasJoined();
                                       message = dialog->message();
                                       dialog->reject();
                                   }),
                 QString());
        QVERIFY(!joined);
        QVERIFY(proxy.connectionsCut() > 0);
        // The code did go through (it is spent now), so the join got as far
        // as making and pinning the store before the request was cut off.
        const QByteArray again =
            QJsonDocument(QJsonObject{{QStringLiteral("code"), code.value()}}).toJson();
        QCOMPARE(hub.request("POST", QStringLiteral("/v1/invitations/redeem"),
                             {{"Content-Type", "application/json"}}, again)
                     .status,
                 404);
        // Not "joined, send the request by USB stick": nothing was joined.
        QVERIFY2(!message.contains(QStringLiteral("Frontera Sur")), qPrintable(message));

        // The workspace is as before: no store, no folder, one project.
        QCOMPARE(ProjectStores::list(observatory.path()), QList<QByteArray>());
        // Only the workspace's settings file may be new (the last project,
        // back to the first one).
        QStringList after =
            QDir(observatory.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        after.removeOne(QStringLiteral("settings.ini"));
        QCOMPARE(after, before);
        QVERIFY(observatory->projectStore().isEmpty());
        QVERIFY(page);
        auto *chooser = w.findChild<ProjectChooser *>(QStringLiteral("projectChooser"));
        QVERIFY(chooser && !chooser->isVisible());
        auto projects = WorkspaceProjects(*observatory).list();
        QVERIFY(projects);
        QCOMPARE(projects.value().size(), 1);
        // Next time the workspace opens in the project it was in.
        QVERIFY(WorkspaceSettings(observatory.path()).lastProject().isEmpty());
    }

    void anInvitationFileOfAnotherProjectJoinsBeside()
    {
        test::TestWorkspace brazil({}, Role::Coordinator);
        test::TestWorkspace argentina({}, Role::Coordinator);
        QVERIFY(
            ProjectAdmin(*brazil).create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"), {}));
        QVERIFY(ProjectAdmin(*argentina)
                    .create(QStringLiteral("Frontera Oeste"), QStringLiteral("AR"), {}));
        test::TestWorkspace ana;
        auto toBrazil = ProjectAdmin(*brazil).invitation();
        QVERIFY(toBrazil);
        QVERIFY(ProjectMembership(*ana).join(toBrazil.value()));
        auto toArgentina = ProjectAdmin(*argentina).invitation();
        QVERIFY(toArgentina);
        QTemporaryDir usb;
        const QString file = usb.filePath(QStringLiteral("oeste.vigiainvite"));
        QVERIFY(SignedFile::writeFile(file, toArgentina.value()));

        SyncPage page(*ana);
        page.show();
        QSignalSpy added(&page, &SyncPage::projectAdded);
        QVERIFY2(page.joinFromInvitation(file), qPrintable(page.statusText()));
        QVERIFY(page.statusText().contains(QStringLiteral("Frontera Oeste")));
        QCOMPARE(added.size(), 1);
        const QByteArray oeste = pinned(*argentina);
        QCOMPARE(added.first().first().toByteArray(), oeste);
        QCOMPARE(ProjectStores::list(ana.path()), QList<QByteArray>{oeste});
        // The page's own store is untouched until the window switches.
        QCOMPARE(pinned(*ana), pinned(*brazil));
        QVERIFY(ana->switchProjectStore(oeste));
        QCOMPARE(pinned(*ana), oeste);
    }
};

QTEST_MAIN(tst_JoinAnotherProject)
#include "tst_joinanotherproject.moc"
