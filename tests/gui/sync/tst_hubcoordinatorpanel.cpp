// The coordinator's hub actions on the Sync page, against a real hub on
// loopback: register the project with the administrator's token (a spent or
// wrong one is said in words), make an invitation code shown large on
// screen, list the request of a researcher who joined with it, approve her
// after the fingerprint dialog with the role chosen there, and her next sync
// brings the manifest that lists her. A cancelled confirmation approves
// nothing; a project without a hub shows no panel.
#include "common/Language.h"
#include "crypto/Fingerprint.h"
#include "HubFixture.h"
#include "ModalHelper.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectStore.h"
#include "store/Workspace.h"
#include "sync/HubConnection.h"
#include "sync/HubJoin.h"
#include "sync/SyncPass.h"
#include "SyncTestKit.h"
#include "TestWorkspace.h"
#include "ui/sync/HubCoordinatorPanel.h"
#include "ui/sync/HubSyncPanel.h"
#include "ui/sync/ProjectDevicesPanel.h"
#include "ui/sync/SyncPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace vigia;

namespace {
constexpr int kHubMs = 20000;

HubConnection::Options at(const QUrl &url)
{
    return HubConnection::Options{url, {}, 10000};
}

template <typename T> T *child(QWidget &w, const char *name)
{
    return w.findChild<T *>(QLatin1String(name));
}

int devices(SyncPage &page)
{
    auto *panel = page.findChild<ProjectDevicesPanel *>();
    return panel ? panel->deviceCount() : -1;
}

quint64 manifestVersion(Workspace &ws)
{
    auto m = ProjectStore(ws.database()).requireManifest();
    return m ? m.value().version : 0;
}

// A researcher joined through the hub with `code`; her fingerprint.
QString joinWith(const QUrl &hub, Workspace &ws, const QString &code)
{
    HubConnection connection(at(hub));
    auto joined = HubJoin::join(ws, connection, code);
    return joined ? joined.value().deviceFingerprint
                  : QStringLiteral("join failed: ") + joined.error().message();
}
// A coordinator's Sync page on the hub it registered, with the request of
// a researcher who joined with its invitation code fetched and listed.
struct WaitingRequest
{
    test::HubFixture hub{synctest::SyncWorld::quietConfig()};
    test::TestWorkspace coordinator{{}, Role::Coordinator};
    std::unique_ptr<SyncPage> page;
    test::TestWorkspace ana;
    QString anaFp;

    // Empty when every step worked, else what failed.
    QString setUp()
    {
        if (!hub.isValid())
            return hub.error();
        const QUrl url = hub.url(QString());
        if (!ProjectAdmin(*coordinator)
                 .create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"), url.toString()))
            return QStringLiteral("the project was not created");
        page = std::make_unique<SyncPage>(*coordinator);
        page->show();
        HubCoordinatorPanel *panel = page->hubCoordinatorPanel();
        const auto idle = [panel] {
            return QTest::qWaitFor([panel] { return !panel->isBusy(); }, kHubMs);
        };
        if (!panel->registerProject(QString::fromLatin1(hub.projectToken())) || !idle())
            return QStringLiteral("not registered: ") + panel->message();
        if (!panel->createInvitation(1) || !idle())
            return QStringLiteral("no invitation: ") + panel->message();
        anaFp = joinWith(url, *ana, panel->invitationCode());
        if (anaFp != ana->fingerprint())
            return anaFp;
        if (!panel->refreshRequests() || !idle())
            return QStringLiteral("no requests: ") + panel->message();
        return {};
    }
};
} // namespace

class tst_HubCoordinatorPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void registerInviteListApprove()
    {
        test::HubFixture hub(synctest::SyncWorld::quietConfig());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        const QUrl url = hub.url(QString());
        test::TestWorkspace coordinator({}, Role::Coordinator);
        QVERIFY(ProjectAdmin(*coordinator)
                    .create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"), url.toString()));
        SyncPage page(*coordinator);
        page.show();
        HubCoordinatorPanel *panel = page.hubCoordinatorPanel();
        QVERIFY(panel && panel->isVisible());
        QCOMPARE(devices(page), 1);

        // (a) Register: a made-up token is refused in words.
        auto *token = child<QLineEdit>(*panel, "hubToken");
        auto *registerButton = child<QPushButton>(*panel, "hubRegister");
        QVERIFY(token && registerButton);
        QVERIFY(!registerButton->isEnabled()); // nothing typed
        QVERIFY(panel->registerProject(QStringLiteral("made-up")));
        QVERIFY(panel->isBusy());
        QVERIFY(!registerButton->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), kHubMs);
        QVERIFY(panel->messageIsError());
        QVERIFY(!panel->message().isEmpty());

        // The administrator's token, typed and clicked.
        const QString issued = QString::fromLatin1(hub.projectToken());
        QTest::keyClicks(token, issued);
        QVERIFY(registerButton->isEnabled());
        registerButton->click();
        QVERIFY(panel->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), kHubMs);
        QVERIFY2(!panel->messageIsError(), qPrintable(panel->message()));
        QVERIFY(panel->message().contains(QStringLiteral("registered")));
        QVERIFY(token->text().isEmpty());
        // Spent: the hub says so, and the panel shows it.
        QVERIFY(panel->registerProject(issued));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), kHubMs);
        QVERIFY(panel->messageIsError());
        QVERIFY(!panel->message().isEmpty());

        // (b) A code, shown large with its expiry and the project's fingerprint.
        auto *days = child<QSpinBox>(*panel, "hubCodeDays");
        QVERIFY(days);
        QCOMPARE(days->value(), 7);
        QCOMPARE(days->minimum(), 1);
        QCOMPARE(days->maximum(), 30);
        days->setValue(3);
        child<QPushButton>(*panel, "hubCreateCode")->click();
        QVERIFY(panel->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), kHubMs);
        QVERIFY2(!panel->messageIsError(), qPrintable(panel->message()));
        const QString code = panel->invitationCode();
        QCOMPARE(QString(code).remove(QLatin1Char('-')).size(), 21);
        auto *shown = child<QLabel>(*panel, "hubCode");
        QVERIFY(shown && shown->isVisible());
        QCOMPARE(shown->text(), code);
        QVERIFY(shown->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(child<QLabel>(*panel, "hubCodeExpiry")
                    ->text()
                    .startsWith(QStringLiteral("Works once, until")));
        const QString projectFp = child<QLabel>(*panel, "hubProjectFingerprint")->text();
        QVERIFY(!projectFp.isEmpty());
        QCOMPARE(projectFp.simplified(),
                 Fingerprint::format(
                     ProjectStore(coordinator->database()).load().value()->keyFingerprint));

        // A researcher joins with it.
        test::TestWorkspace ana;
        const QString anaFp = joinWith(url, *ana, code);
        QCOMPARE(anaFp, ana->fingerprint());

        // (c) The list, fetched from the hub.
        QVERIFY(panel->requests().isEmpty());
        child<QPushButton>(*panel, "hubRefreshRequests")->click();
        QVERIFY(panel->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), kHubMs);
        QVERIFY2(!panel->messageIsError(), qPrintable(panel->message()));
        QCOMPARE(panel->requests().size(), 1);
        QTreeWidget *list = panel->requestList();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), ana->deviceName());
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Researcher"));
        QCOMPARE(list->topLevelItem(0)->text(2), anaFp);
        auto *approveButton = child<QPushButton>(*panel, "hubApprove");
        QVERIFY(approveButton->isEnabled());

        // Approve after the fingerprint dialog, granting the role chosen there.
        const quint64 before = manifestVersion(*coordinator);
        QString fingerprintShown;
        QCOMPARE(
            test::answerModal(
                [approveButton] { approveButton->click(); },
                [&fingerprintShown](QWidget *w) {
                    if (auto *fp = w->findChild<QLabel *>(QStringLiteral("requestFingerprint")))
                        fingerprintShown = fp->text();
                    if (auto *r = w->findChild<QRadioButton *>(QStringLiteral("grantCoordinator")))
                        r->setChecked(true);
                    if (auto *b = w->findChild<QPushButton *>(QStringLiteral("approveButton")))
                        b->click();
                }),
            QString());
        QCOMPARE(fingerprintShown, anaFp);
        QVERIFY(panel->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), kHubMs);
        QVERIFY2(!panel->messageIsError(), qPrintable(panel->message()));
        QVERIFY(panel->message().contains(ana->deviceName()));
        QVERIFY(panel->requests().isEmpty());
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(child<QLabel>(*panel, "hubNoRequests")->isVisible());
        QCOMPARE(manifestVersion(*coordinator), before + 1);
        auto manifest = ProjectStore(coordinator->database()).requireManifest();
        const ManifestDevice *granted = manifest.value().device(ana->deviceId().toRfc4122());
        QVERIFY(granted);
        QCOMPARE(granted->role, Role::Coordinator);
        QCOMPARE(devices(page), 2); // the page followed

        // Her next pass brings the manifest that lists her.
        HubConnection connection(at(url));
        SyncPass pass(*ana, connection);
        QVERIFY2(pass.run(), "the researcher's pass failed");
        QVERIFY(pass.report().manifestUpdated);
        auto hers = ProjectStore(ana->database()).requireManifest();
        QVERIFY(hers && hers.value().device(ana->deviceId().toRfc4122()));
    }

    void aCancelledConfirmationApprovesNothing()
    {
        WaitingRequest fixture;
        QCOMPARE(fixture.setUp(), QString());
        Workspace &coordinator = *fixture.coordinator;
        SyncPage &page = *fixture.page;
        HubCoordinatorPanel *panel = page.hubCoordinatorPanel();
        QCOMPARE(panel->requests().size(), 1);

        const quint64 before = manifestVersion(coordinator);
        bool approved = true;
        QCOMPARE(test::answerModal([&] { approved = panel->approveSelected(); },
                                   [](QWidget *w) {
                                       if (auto *b = w->findChild<QPushButton *>(
                                               QStringLiteral("cancelButton")))
                                           b->click();
                                   }),
                 QString());
        QVERIFY(!approved);
        QVERIFY(!panel->isBusy());
        QCOMPARE(manifestVersion(coordinator), before);
        QCOMPARE(panel->requests().size(), 1);
        QCOMPARE(devices(page), 1);
    }

    // The requests fetched also wait in the page's devices list, the
    // fingerprint large there; approving from it goes through the hub.
    void approvedFromTheDevicesList()
    {
        WaitingRequest fixture;
        QCOMPARE(fixture.setUp(), QString());
        Workspace &coordinator = *fixture.coordinator;
        SyncPage &page = *fixture.page;
        HubCoordinatorPanel *panel = page.hubCoordinatorPanel();
        Workspace &ana = *fixture.ana;
        const QString &anaFp = fixture.anaFp;

        auto *devicesPanel = page.findChild<ProjectDevicesPanel *>();
        QCOMPARE(devicesPanel->pendingRequests().size(), 1);
        auto *waiting = child<QTreeWidget>(*devicesPanel, "pendingRequests");
        QVERIFY(waiting->isVisible());
        QCOMPARE(waiting->topLevelItem(0)->text(0), ana.deviceName());
        QCOMPARE(child<QLabel>(*devicesPanel, "pendingFingerprint")->text().simplified(), anaFp);

        const quint64 before = manifestVersion(coordinator);
        auto *approve = child<QPushButton>(*devicesPanel, "approveRequest");
        QCOMPARE(test::answerModal([approve] { approve->click(); },
                                   [](QWidget *w) {
                                       if (auto *b = w->findChild<QPushButton *>(
                                               QStringLiteral("approveButton")))
                                           b->click();
                                   }),
                 QString());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), kHubMs);
        QVERIFY2(!panel->messageIsError(), qPrintable(panel->message()));
        QCOMPARE(manifestVersion(coordinator), before + 1);
        QCOMPARE(devices(page), 2);
        QVERIFY(devicesPanel->pendingRequests().isEmpty());
        QVERIFY(!waiting->isVisible());
    }

    void shownOnlyToTheKeyHolderOfAProjectWithAHub()
    {
        test::TestWorkspace noHub({}, Role::Coordinator);
        QVERIFY(ProjectAdmin(*noHub).create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"),
                                            QString()));
        SyncPage page(*noHub);
        page.show();
        QVERIFY(page.hubCoordinatorPanel());
        QVERIFY(!page.hubCoordinatorPanel()->isVisible());

        // A member of a project with a hub does not hold its key.
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        QCOMPARE(projecttest::enrol(*coordinator, *ana), QString());
        SyncPage hers(*ana);
        hers.show();
        QVERIFY(hers.hubPanel()->isVisible());
        QVERIFY(!hers.hubCoordinatorPanel()->isVisible());
        SyncPage his(*coordinator);
        his.show();
        QVERIFY(his.hubCoordinatorPanel()->isVisible());
    }
};

QTEST_MAIN(tst_HubCoordinatorPanel)
#include "tst_hubcoordinatorpanel.moc"
