// The Sync page driven as a coordinator and a researcher would, through
// files only: create, invite, join, request, approve (with the fingerprint
// dialog), manifest, export changes to a folder, import them, receipt.

#include "common/Language.h"
#include "ModalHelper.h"
#include "project/Outbox.h"
#include "project/ProjectFiles.h"
#include "project/ProjectStore.h"
#include "store/Codebook.h"
#include "store/RecordStore.h"
#include "sync/HubEndpoint.h"
#include "sync/SyncStore.h"
#include "TestWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/sync/BundleImportResults.h"
#include "ui/sync/SyncPage.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

#include <tuple>

using namespace vigia;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString file(const QTemporaryDir &usb, const char *name)
{
    return QDir(usb.path()).filePath(QLatin1String(name));
}

QString label(const SyncPage &page, const char *name)
{
    auto *l = page.findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QString();
}

bool shown(const SyncPage &page, const char *name)
{
    auto *w = page.findChild<QWidget *>(QLatin1String(name));
    return w && w->isVisibleTo(&page);
}

int devices(const SyncPage &page)
{
    auto *list = page.findChild<QTreeWidget *>(QStringLiteral("projectDevices"));
    return list ? list->topLevelItemCount() : -1;
}

struct Approval
{
    bool approved = false; // what SyncPage::approveJoinRequest returned
    QString problem;       // from test::answerModal: empty when the dialog was answered
};

// Opens the join request `file` at the coordinator's page and answers the
// fingerprint dialog with `button` ("approveButton" or "cancelButton")
// after recording the fingerprint it showed.
Approval answerJoinRequest(SyncPage &page, const QString &file, const char *button,
                           QString *fingerprintShown = nullptr)
{
    Approval out;
    out.problem =
        test::answerModal([&] { out.approved = page.approveJoinRequest(file); },
                          [button, fingerprintShown](QWidget *w) {
                              auto *fp =
                                  w->findChild<QLabel *>(QStringLiteral("requestFingerprint"));
                              if (fp && fingerprintShown)
                                  *fingerprintShown = fp->text();
                              if (auto *b = w->findChild<QPushButton *>(QLatin1String(button)))
                                  b->click();
                              else if (auto *d = qobject_cast<QDialog *>(w))
                                  d->reject();
                          });
    return out;
}

// Approves the join request `file` through the dialog; empty when it worked,
// else what went wrong.
QString approve(SyncPage &page, const QString &file)
{
    const Approval a = answerJoinRequest(page, file, "approveButton");
    if (!a.problem.isEmpty())
        return a.problem;
    return a.approved ? QString() : page.statusText();
}

QString pendingText(const SyncPage &page)
{
    return label(page, "pendingChanges");
}

// The buttons of the guided steps, in step order, for either role.
const char *const kResearcherButtons[] = {"joinProject",   "saveJoinRequest", "importManifest",
                                          "exportChanges", "importReceipt",   "importBundles"};
const char *const kCoordinatorButtons[] = {"createProject",  "saveInvitation", "approveJoinRequest",
                                           "exportManifest", "importFindings", "exportReceipt"};

// Which of `names` are enabled, in their order.
template <std::size_t N> QStringList enabled(const SyncPage &page, const char *const (&names)[N])
{
    QStringList out;
    for (const char *name : names) {
        auto *b = page.findChild<QPushButton *>(QLatin1String(name));
        if (b && b->isEnabled())
            out << QLatin1String(name);
    }
    return out;
}

QStringList list(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out << QLatin1String(name);
    return out;
}

QString stepMark(const SyncPage &page, int step)
{
    auto *frame = page.findChild<QWidget *>(QStringLiteral("syncStep%1").arg(step));
    // Both sequences have a step N: take the one shown.
    for (auto *f : page.findChildren<QWidget *>(QStringLiteral("syncStep%1").arg(step)))
        if (f->isVisibleTo(&page))
            frame = f;
    auto *mark = frame ? frame->findChild<QLabel *>(QStringLiteral("stepMark")) : nullptr;
    return mark ? mark->text() : QString();
}

// What the file dialog a button opens proposes: its file name and filters.
// Closes the dialog without choosing.
struct Proposed
{
    QString fileName;
    QStringList filters;
};
Proposed proposedBy(SyncPage &page, const char *buttonName)
{
    Proposed out;
    auto *b = page.findChild<QPushButton *>(QLatin1String(buttonName));
    if (!b)
        return out;
    const QString problem = test::answerModal([b] { b->click(); },
                                              [&out](QWidget *w) {
                                                  if (auto *d = qobject_cast<QFileDialog *>(w)) {
                                                      const QStringList files = d->selectedFiles();
                                                      if (!files.isEmpty())
                                                          out.fileName =
                                                              QFileInfo(files.first()).fileName();
                                                      out.filters = d->nameFilters();
                                                      d->reject();
                                                  }
                                              });
    if (!problem.isEmpty())
        out.fileName = problem;
    return out;
}

// Creates a project at `c`, joins `r` and approves it, through files on `usb`.
void approvedProject(SyncPage &c, SyncPage &r, const QTemporaryDir &usb)
{
    QVERIFY(c.createProject(s("Frontera Sur"), s("BR"), QString()));
    QVERIFY(c.saveInvitation(file(usb, "i.vigiainvite")));
    QVERIFY(r.joinFromInvitation(file(usb, "i.vigiainvite")));
    QVERIFY(r.saveJoinRequest(file(usb, "r.vigiarequest")));
    QCOMPARE(approve(c, file(usb, "r.vigiarequest")), QString());
    QVERIFY(c.exportManifest(file(usb, "m.vigiamanifest")));
    QVERIFY2(r.importManifest(file(usb, "m.vigiamanifest")), qPrintable(r.statusText()));
}
} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private slots:
    // An answer left in the queue would answer the next test's question.
    void cleanup()
    {
        const int left = MessageBox::pendingAnswers();
        MessageBox::clearAnswers();
        QCOMPARE(left, 0);
    }

    void setupDependsOnRole()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QVERIFY(coordinator.isValid() && researcher.isValid());
        SyncPage c(*coordinator);
        SyncPage r(*researcher);
        QVERIFY(shown(c, "createProject") && !shown(c, "joinProject"));
        QVERIFY(shown(r, "joinProject") && !shown(r, "createProject"));
        QVERIFY(!shown(c, "syncProject") && !shown(c, "syncChanges"));
        // Every button has an accessible name.
        for (const SyncPage *page : {&c, &r})
            for (auto *b : page->findChildren<QPushButton *>())
                QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
    }

    void createProjectThroughTheDialog()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        QVERIFY(coordinator.isValid());
        SyncPage c(*coordinator);
        bool filled = false;
        const auto fill = [&filled](QWidget *w) {
            auto *name = w->findChild<QLineEdit *>(QStringLiteral("projectName"));
            auto *country = w->findChild<QComboBox *>(QStringLiteral("projectCountry"));
            auto *buttons = w->findChild<QDialogButtonBox *>();
            QVERIFY(name && country && buttons && country->findData(s("PY")) >= 0);
            QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::keyClicks(name, s("Triple Frontera"));
            country->setCurrentIndex(country->findData(s("PY")));
            filled = true;
            buttons->button(QDialogButtonBox::Ok)->click();
        };
        QCOMPARE(test::answerModal(
                     [&c] { c.findChild<QPushButton *>(QStringLiteral("createProject"))->click(); },
                     fill),
                 QString());
        QVERIFY(filled);
        QCOMPARE(label(c, "projectName"), s("Triple Frontera"));
        auto manifest = ProjectStore(coordinator->database()).requireManifest();
        QVERIFY(manifest);
        QCOMPARE(manifest.value().country, s("PY"));
        QCOMPARE(c.currentStep(), 2);
    }

    void coordinatorAndResearcherThroughFiles()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QVERIFY(coordinator.isValid() && researcher.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        SyncPage r(*researcher);

        QVERIFY2(c.createProject(s("Frontera Sur"), s("BR"), QString()),
                 qPrintable(c.statusText()));
        QCOMPARE(label(c, "projectName"), s("Frontera Sur"));
        QVERIFY(shown(c, "coordinatorSteps") && !shown(c, "researcherSteps"));
        QCOMPARE(devices(c), 1);
        const QString projectKey = label(c, "projectKeyFingerprint");
        QVERIFY(!projectKey.isEmpty());
        QVERIFY(c.saveInvitation(file(usb, "invitation.vigia")));

        QVERIFY2(r.joinFromInvitation(file(usb, "invitation.vigia")), qPrintable(r.statusText()));
        QCOMPARE(label(r, "projectName"), s("Frontera Sur"));
        QCOMPARE(label(r, "projectKeyFingerprint"), projectKey);
        QCOMPARE(label(r, "projectId"), label(c, "projectId"));
        QVERIFY(shown(r, "researcherSteps") && !shown(r, "coordinatorSteps"));
        QVERIFY(r.saveJoinRequest(file(usb, "request.vigia")));

        // Cancelling the fingerprint dialog approves nothing.
        QString fingerprint;
        const Approval cancelled =
            answerJoinRequest(c, file(usb, "request.vigia"), "cancelButton", &fingerprint);
        QCOMPARE(cancelled.problem, QString());
        QVERIFY(!cancelled.approved);
        QCOMPARE(devices(c), 1);
        fingerprint.clear();
        const Approval approved =
            answerJoinRequest(c, file(usb, "request.vigia"), "approveButton", &fingerprint);
        QCOMPARE(approved.problem, QString());
        QVERIFY2(approved.approved, qPrintable(c.statusText()));
        QCOMPARE(fingerprint, researcher->fingerprint());
        QCOMPARE(devices(c), 2);
        QVERIFY(c.exportManifest(file(usb, "manifest.vigia")));

        QVERIFY2(r.importManifest(file(usb, "manifest.vigia")), qPrintable(r.statusText()));
        QCOMPARE(label(r, "manifestVersion"), s("2"));

        // Field work, then the stick.
        QVERIFY(researcher->records()
                    .create(s("incident"), s("1"), {{s("summary"), s("crossing at dawn")}}, true)
                    .ok());
        r.refresh();
        QVERIFY(Outbox::pendingCount(researcher->database()).value() > 0);
        QVERIFY2(pendingText(r).startsWith(s("Not yet exported: 1 record")),
                 qPrintable(pendingText(r)));
        const QString stick = file(usb, "changes");
        QVERIFY2(r.exportChangesTo(stick), qPrintable(r.statusText()));
        QVERIFY2(r.statusText().contains(s("1 record")), qPrintable(r.statusText()));
        QCOMPARE(QDir(stick).entryList({s("*.vigiabundle")}, QDir::Files).size(), 1);

        QVERIFY2(c.importBundles({stick}), qPrintable(c.statusText()));
        BundleImportResults *results = c.importResults();
        QCOMPARE(results->topLevelItemCount(), 1);
        QCOMPARE(results->topLevelItem(0)->data(1, BundleImportResults::kOutcomeRole).toString(),
                 s("applied"));
        QCOMPARE(results->topLevelItem(0)->text(1), s("Applied"));

        // Importing the same folder again is a no-op the list says so.
        QVERIFY(c.importBundles({stick}));
        QCOMPARE(results->topLevelItem(0)->data(1, BundleImportResults::kOutcomeRole).toString(),
                 s("already_applied"));

        // The receipt empties the researcher's outbox.
        QVERIFY2(c.exportReceipt(file(usb, "receipt.vigia")), qPrintable(c.statusText()));
        QVERIFY2(r.importReceipt(file(usb, "receipt.vigia")), qPrintable(r.statusText()));
        QCOMPARE(Outbox::pendingCount(researcher->database()).value(), 0);
        QCOMPARE(pendingText(r), s("Not yet exported: nothing"));
        QVERIFY2(label(r, "receivedChanges").startsWith(s("Received by the coordinator: 1 record")),
                 qPrintable(label(r, "receivedChanges")));
    }

    void researcherStepsEnableOnlyTheCurrentStep()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QVERIFY(coordinator.isValid() && researcher.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        QVERIFY(c.createProject(s("Frontera Sur"), s("BR"), QString()));
        QVERIFY(c.saveInvitation(file(usb, "i.vigiainvite")));

        auto r = std::make_unique<SyncPage>(*researcher);
        QCOMPARE(r->currentStep(), 1);
        QCOMPARE(enabled(*r, kResearcherButtons), list({"joinProject"}));
        QCOMPARE(stepMark(*r, 1), s("1"));

        QVERIFY(r->joinFromInvitation(file(usb, "i.vigiainvite")));
        QCOMPARE(r->currentStep(), 2);
        QCOMPARE(enabled(*r, kResearcherButtons), list({"saveJoinRequest"}));
        QCOMPARE(stepMark(*r, 1), s("✓"));
        // The fingerprint the coordinator will ask for is on the step, not in Details.
        QVERIFY(shown(*r, "deviceFingerprintToRead"));
        QVERIFY(!shown(*r, "syncProject"));

        QVERIFY(r->saveJoinRequest(file(usb, "r.vigiarequest")));
        QCOMPARE(r->currentStep(), 3);
        // The request may be saved again until the approval arrives.
        QCOMPARE(enabled(*r, kResearcherButtons), list({"saveJoinRequest", "importManifest"}));
        // Where the researcher left off survives closing the page.
        r = std::make_unique<SyncPage>(*researcher);
        QCOMPARE(r->currentStep(), 3);
        QCOMPARE(enabled(*r, kResearcherButtons), list({"saveJoinRequest", "importManifest"}));

        QCOMPARE(approve(c, file(usb, "r.vigiarequest")), QString());
        QVERIFY(c.exportManifest(file(usb, "m.vigiamanifest")));
        QVERIFY2(r->importManifest(file(usb, "m.vigiamanifest")), qPrintable(r->statusText()));
        QCOMPARE(r->currentStep(), 4);
        // A newer approval can still be loaded; step 4 stays available.
        QCOMPARE(enabled(*r, kResearcherButtons),
                 list({"importManifest", "exportChanges", "importReceipt", "importBundles"}));
        for (int step = 1; step <= 3; ++step)
            QCOMPARE(stepMark(*r, step), s("✓"));
        QCOMPARE(stepMark(*r, 4), s("4"));

        // Technical details wait behind "Details".
        auto *toggle = r->findChild<QToolButton *>(QStringLiteral("syncDetailsToggle"));
        QVERIFY(toggle && shown(*r, "syncDetailsToggle") && !toggle->isChecked());
        QVERIFY(!shown(*r, "projectId") && !shown(*r, "manifestVersion") &&
                !shown(*r, "quarantineEmpty"));
        toggle->click();
        QVERIFY(shown(*r, "projectId") && shown(*r, "manifestVersion"));
    }

    void coordinatorStepsEnableOnlyTheCurrentStep()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QVERIFY(coordinator.isValid() && researcher.isValid());
        QTemporaryDir usb;
        auto c = std::make_unique<SyncPage>(*coordinator);
        SyncPage r(*researcher);
        QCOMPARE(c->currentStep(), 1);
        QCOMPARE(enabled(*c, kCoordinatorButtons), list({"createProject"}));

        QVERIFY(c->createProject(s("Frontera Sur"), s("BR"), QString()));
        QCOMPARE(c->currentStep(), 2);
        QCOMPARE(enabled(*c, kCoordinatorButtons), list({"saveInvitation"}));
        QVERIFY(shown(*c, "projectKeyToRead"));

        QVERIFY(c->saveInvitation(file(usb, "i.vigiainvite")));
        QCOMPARE(c->currentStep(), 3);
        // Nobody to give an approval to yet.
        QCOMPARE(enabled(*c, kCoordinatorButtons), list({"saveInvitation", "approveJoinRequest"}));
        c = std::make_unique<SyncPage>(*coordinator);
        QCOMPARE(c->currentStep(), 3);

        QVERIFY(r.joinFromInvitation(file(usb, "i.vigiainvite")));
        QVERIFY(r.saveJoinRequest(file(usb, "r.vigiarequest")));
        QCOMPARE(approve(*c, file(usb, "r.vigiarequest")), QString());
        QCOMPARE(c->currentStep(), 3);
        QCOMPARE(enabled(*c, kCoordinatorButtons),
                 list({"saveInvitation", "approveJoinRequest", "exportManifest"}));

        QVERIFY(c->exportManifest(file(usb, "m.vigiamanifest")));
        QCOMPARE(c->currentStep(), 4);
        QCOMPARE(enabled(*c, kCoordinatorButtons),
                 list({"saveInvitation", "approveJoinRequest", "exportManifest", "importFindings",
                       "exportReceipt"}));
        QCOMPARE(stepMark(*c, 3), s("✓"));
    }

    void joinAsksBeforeAnythingChanges()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QVERIFY(coordinator.isValid() && researcher.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        SyncPage r(*researcher);
        QVERIFY(c.createProject(s("Frontera Sur"), s("BR"), QString()));
        QVERIFY(c.saveInvitation(file(usb, "i.vigiainvite")));
        const auto joined = [&researcher] {
            return ProjectStore(researcher->database()).load().value().has_value();
        };
        const auto compact = [](QString text) {
            return text.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        };

        QVERIFY(r.openInvitation(file(usb, "i.vigiainvite")));
        QVERIFY(!joined());
        QVERIFY(shown(r, "joinQuestion"));
        QVERIFY(label(r, "joinProjectName").contains(s("Frontera Sur")));
        QCOMPARE(compact(label(r, "joinFingerprint")), compact(label(c, "projectKeyFingerprint")));
        QVERIFY(label(r, "joinAsk").contains(s("Does this match what your coordinator reads")));
        QCOMPARE(enabled(r, kResearcherButtons), list({"joinProject"}));

        r.findChild<QPushButton *>(QStringLiteral("joinCancel"))->click();
        QVERIFY(!joined());
        QVERIFY(!shown(r, "joinQuestion"));
        QCOMPARE(r.currentStep(), 1);

        QVERIFY(r.openInvitation(file(usb, "i.vigiainvite")));
        r.findChild<QPushButton *>(QStringLiteral("joinMatches"))->click();
        QVERIFY2(joined(), qPrintable(r.statusText()));
        QVERIFY(!shown(r, "joinQuestion"));
        QCOMPARE(r.currentStep(), 2);
    }

    // A self-hosted hub is trusted by its certificate's pin: the coordinator's
    // invitation carries it (signed), and joining keeps it with the hub's
    // address, so the sync agent can reach that hub once approved.
    void joiningKeepsTheHubAndItsPin()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QVERIFY(coordinator.isValid() && researcher.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        SyncPage r(*researcher);
        const QString hub = s("https://hub.example.org");
        QVERIFY(c.createProject(s("Frontera Sur"), s("BR"), hub));
        const QByteArray pin(32, '\x5a');
        QVERIFY(HubEndpoint::remember(*coordinator, hub, pin));
        QVERIFY(c.saveInvitation(file(usb, "i.vigiainvite")));
        QVERIFY2(r.joinFromInvitation(file(usb, "i.vigiainvite")), qPrintable(r.statusText()));
        SyncStore kept(researcher->database());
        QCOMPARE(kept.value(SyncStore::kHubUrl).value(), hub);
        QCOMPARE(kept.certPin().value(), pin);
    }

    void filesHaveTheirOwnExtensionAndLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("invitation");
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("approval");
        QTest::addColumn<QString>("receipt");
        QTest::newRow("en") << s("en") << s("invitation.vigiainvite")
                            << s("join-request.vigiarequest") << s("approval.vigiamanifest")
                            << s("receipt.vigiareceipt");
        QTest::newRow("es") << s("es") << s("invitación.vigiainvite")
                            << s("solicitud-de-incorporación.vigiarequest")
                            << s("aprobación.vigiamanifest") << s("acuse-de-recibo.vigiareceipt");
        QTest::newRow("pt_BR") << s("pt_BR") << s("convite.vigiainvite")
                               << s("solicitação-de-ingresso.vigiarequest")
                               << s("aprovação.vigiamanifest") << s("recibo.vigiareceipt");
    }

    void filesHaveTheirOwnExtensionAndLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, invitation);
        QFETCH(QString, request);
        QFETCH(QString, approval);
        QFETCH(QString, receipt);
        Language::install(language);
        const auto english = qScopeGuard([] { Language::install(s("en")); });
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QVERIFY(coordinator.isValid() && researcher.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        SyncPage r(*researcher);

        // Opening accepts the kind's own extension and, for older files, ".vigia".
        const Proposed open = proposedBy(r, "joinProject");
        QVERIFY2(open.filters.first().contains(s("*.vigiainvite *.vigia)")),
                 qPrintable(open.filters.join(u'|')));

        approvedProject(c, r, usb);
        QCOMPARE(proposedBy(c, "saveInvitation").fileName, invitation);
        QCOMPARE(ProjectFiles::defaultFileName(ProjectFiles::Kind::JoinRequest), request);
        QCOMPARE(proposedBy(c, "exportManifest").fileName, approval);
        const Proposed saveReceipt = proposedBy(c, "exportReceipt");
        QCOMPARE(saveReceipt.fileName, receipt);
        QVERIFY(saveReceipt.filters.first().contains(s("(*.vigiareceipt)")));
    }

    void joinRequestIsProposedInTheInterfaceLanguage()
    {
        Language::install(s("es"));
        const auto english = qScopeGuard([] { Language::install(s("en")); });
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QVERIFY(coordinator.isValid() && researcher.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        SyncPage r(*researcher);
        QVERIFY(c.createProject(s("Frontera Sur"), s("BR"), QString()));
        QVERIFY(c.saveInvitation(file(usb, "i.vigiainvite")));
        QVERIFY(r.joinFromInvitation(file(usb, "i.vigiainvite")));
        const Proposed proposed = proposedBy(r, "saveJoinRequest");
        QCOMPARE(proposed.fileName, s("solicitud-de-incorporación.vigiarequest"));
        QVERIFY(proposed.filters.first().contains(s("(*.vigiarequest)")));
    }

    void countIsOfRecordsInThreeStates()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QVERIFY(coordinator.isValid() && researcher.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        SyncPage r(*researcher);
        approvedProject(c, r, usb);
        // The seeded codebook is the same on every device: it is no one's work.
        QVERIFY(Codebook::seedIfEmpty(researcher->database(), researcher->oplog()).value() > 0);
        r.refresh();
        QVERIFY(Outbox::pendingCount(researcher->database()).value() > 0);
        QCOMPARE(pendingText(r), s("Not yet exported: nothing"));

        for (const char *summary : {"crossing at dawn", "road closed"})
            QVERIFY(researcher->records()
                        .create(s("incident"), s("1"), {{s("summary"), s(summary)}}, true)
                        .ok());
        // A draft stays on the device and is not counted.
        QVERIFY(researcher->records().create(s("incident"), s("1"), {}, false).ok());
        r.refresh();
        QVERIFY2(pendingText(r).startsWith(s("Not yet exported: 2 record")),
                 qPrintable(pendingText(r)));
        QCOMPARE(label(r, "onStickChanges"),
                 s("On their way, waiting for the coordinator's receipt: nothing"));

        QVERIFY2(r.exportChangesTo(file(usb, "stick")), qPrintable(r.statusText()));
        QVERIFY2(r.statusText().contains(s("2 record")), qPrintable(r.statusText()));
        QCOMPARE(pendingText(r), s("Not yet exported: nothing"));
        QVERIFY2(
            label(r, "onStickChanges")
                .startsWith(s("On their way, waiting for the coordinator's receipt: 2 record")),
            qPrintable(label(r, "onStickChanges")));
        QCOMPARE(label(r, "receivedChanges"), s("Received by the coordinator: nothing"));

        QVERIFY2(c.importBundles({file(usb, "stick")}), qPrintable(c.statusText()));
        QVERIFY(c.exportReceipt(file(usb, "receipt.vigiareceipt")));
        QVERIFY2(r.importReceipt(file(usb, "receipt.vigiareceipt")), qPrintable(r.statusText()));
        QVERIFY2(r.statusText().contains(s("2 record")), qPrintable(r.statusText()));
        QCOMPARE(label(r, "onStickChanges"),
                 s("On their way, waiting for the coordinator's receipt: nothing"));
        QVERIFY2(label(r, "receivedChanges").startsWith(s("Received by the coordinator: 2 record")),
                 qPrintable(label(r, "receivedChanges")));
    }

    void noMessageNamesACommandLine()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QVERIFY(coordinator.isValid() && researcher.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        SyncPage r(*researcher);
        QVERIFY(c.createProject(s("Frontera Sur"), s("BR"), QString()));
        QVERIFY(c.saveInvitation(file(usb, "i.vigiainvite")));
        QVERIFY(c.exportManifest(file(usb, "m.vigiamanifest")));
        QVERIFY(c.exportReceipt(file(usb, "receipt.vigiareceipt")));
        QStringList said;
        const auto check = [&](bool ok) {
            QVERIFY(!ok);
            QVERIFY(r.statusIsError());
            said << r.statusText();
        };
        // Before joining.
        check(r.saveJoinRequest(file(usb, "r.vigiarequest")));
        check(r.importManifest(file(usb, "m.vigiamanifest")));
        check(r.importBundles({usb.path()}));
        check(r.exportChangesTo(file(usb, "stick")));
        check(r.importReceipt(file(usb, "receipt.vigiareceipt")));
        // Joined, not approved yet.
        QVERIFY(r.joinFromInvitation(file(usb, "i.vigiainvite")));
        check(r.exportChangesTo(file(usb, "stick")));
        check(r.importReceipt(file(usb, "receipt.vigiareceipt")));
        for (const QString &text : std::as_const(said)) {
            QVERIFY2(!text.isEmpty(), "an error without a message");
            QVERIFY2(!text.contains(s("vigiactl")), qPrintable(text));
        }
    }

    void approverChoosesTheRole()
    {
        // A device whose own workspace says "coordinator" asks to be one:
        // it joins as a researcher unless the approver chooses otherwise,
        // and choosing Coordinator shows what that device will receive.
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace second({}, Role::Coordinator);
        test::TestWorkspace third({}, Role::Coordinator);
        QVERIFY(coordinator.isValid() && second.isValid() && third.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        QVERIFY(c.createProject(s("Frontera Sur"), s("BR"), QString()));
        QVERIFY(c.saveInvitation(file(usb, "invitation.vigia")));
        SyncPage p2(*second);
        SyncPage p3(*third);
        QVERIFY(p2.joinFromInvitation(file(usb, "invitation.vigia")));
        QVERIFY(p2.saveJoinRequest(file(usb, "second.vigia")));
        QVERIFY(p3.joinFromInvitation(file(usb, "invitation.vigia")));
        QVERIFY(p3.saveJoinRequest(file(usb, "third.vigia")));

        QString askedFor;
        QCOMPARE(test::answerModal(
                     [&] { QVERIFY(c.approveJoinRequest(file(usb, "second.vigia"))); },
                     [&](QWidget *w) {
                         askedFor =
                             w->findChild<QLabel *>(QStringLiteral("requestDeviceRole"))->text();
                         w->findChild<QPushButton *>(QStringLiteral("approveButton"))->click();
                     }),
                 QString());
        QCOMPARE(askedFor, s("Coordinator"));
        const auto manifest = [&] {
            return ProjectStore(coordinator->database()).requireManifest().value();
        };
        const QByteArray id2 = second->deviceId().toRfc4122();
        QCOMPARE(manifest().device(id2)->role, Role::Researcher);
        QVERIFY(!manifest().isRecipient(id2));

        bool warned = false;
        QCOMPARE(
            test::answerModal(
                [&] { QVERIFY(c.approveJoinRequest(file(usb, "third.vigia"))); },
                [&](QWidget *w) {
                    auto *warning = w->findChild<QLabel *>(QStringLiteral("coordinatorWarning"));
                    const bool hiddenFirst = warning && !warning->isVisible();
                    w->findChild<QAbstractButton *>(QStringLiteral("grantCoordinator"))->click();
                    warned = hiddenFirst && warning->isVisible();
                    w->findChild<QPushButton *>(QStringLiteral("approveButton"))->click();
                }),
            QString());
        QVERIFY(warned);
        const QByteArray id3 = third->deviceId().toRfc4122();
        QCOMPARE(manifest().device(id3)->role, Role::Coordinator);
        QVERIFY(manifest().isRecipient(id3));
    }

    void revokeAsksFirst()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QVERIFY(coordinator.isValid() && researcher.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        SyncPage r(*researcher);
        QVERIFY(c.createProject(s("Frontera Sur"), s("BR"), QString()));
        QVERIFY(c.saveInvitation(file(usb, "invitation.vigia")));
        QVERIFY(r.joinFromInvitation(file(usb, "invitation.vigia")));
        QVERIFY(r.saveJoinRequest(file(usb, "request.vigia")));
        QCOMPARE(approve(c, file(usb, "request.vigia")), QString());
        QCOMPARE(devices(c), 2);

        auto *list = c.findChild<QTreeWidget *>(QStringLiteral("projectDevices"));
        auto *revoke = c.findChild<QPushButton *>(QStringLiteral("revokeDevice"));
        QVERIFY(list && revoke);
        // This device cannot revoke itself.
        const QByteArray self = coordinator->deviceId().toRfc4122();
        const bool selfFirst = list->topLevelItem(0)->data(0, Qt::UserRole).toByteArray() == self;
        list->setCurrentItem(list->topLevelItem(selfFirst ? 0 : 1));
        QVERIFY(!revoke->isEnabled());
        list->setCurrentItem(list->topLevelItem(selfFirst ? 1 : 0));
        QVERIFY(revoke->isEnabled());

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QCOMPARE(test::withoutModal([revoke] { revoke->click(); }), QString());
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY(MessageBox::lastAnswered().startsWith(s("Remove ")));
        QCOMPARE(devices(c), 2);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(test::withoutModal([revoke] { revoke->click(); }), QString());
        QCOMPARE(devices(c), 1);
        QCOMPARE(label(c, "manifestVersion"), s("3"));
    }

    void quarantineIsListedUntilTheSenderIsKnown()
    {
        // Ana holds manifest version 2, which does not know Bruno yet; his
        // bundle waits in her quarantine until version 3 arrives.
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        test::TestWorkspace bruno;
        QVERIFY(coordinator.isValid() && ana.isValid() && bruno.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        SyncPage a(*ana);
        SyncPage b(*bruno);
        QVERIFY(c.createProject(s("Frontera Sur"), s("BR"), QString()));
        QVERIFY(c.saveInvitation(file(usb, "invitation.vigia")));
        const std::tuple<SyncPage *, const char *, const char *> members[] = {
            {&a, "ana.vigia", "m2.vigia"}, {&b, "bruno.vigia", "m3.vigia"}};
        for (const auto &[page, request, manifest] : members) {
            QVERIFY(page->joinFromInvitation(file(usb, "invitation.vigia")));
            QVERIFY(page->saveJoinRequest(file(usb, request)));
            QCOMPARE(approve(c, file(usb, request)), QString());
            QVERIFY(c.exportManifest(file(usb, manifest)));
        }
        QVERIFY(a.importManifest(file(usb, "m2.vigia")));
        QVERIFY(b.importManifest(file(usb, "m3.vigia")));
        QVERIFY(bruno->records()
                    .create(s("incident"), s("1"), {{s("summary"), s("road closed")}}, true)
                    .ok());
        QVERIFY2(b.exportChangesTo(file(usb, "bruno")), qPrintable(b.statusText()));

        auto *quarantine = a.findChild<QTreeWidget *>(QStringLiteral("quarantineList"));
        QVERIFY(quarantine);
        QCOMPARE(quarantine->topLevelItemCount(), 0);
        QVERIFY2(a.importBundles({file(usb, "bruno")}), qPrintable(a.statusText()));
        QCOMPARE(a.importResults()->topLevelItem(0)->data(1, BundleImportResults::kOutcomeRole),
                 QVariant(s("quarantined")));
        QCOMPARE(quarantine->topLevelItemCount(), 1);
        QVERIFY(!quarantine->isHidden());

        // Version 3 approves Bruno: the bundle leaves the quarantine (Ana is
        // no recipient, so it is refused for good rather than applied).
        QVERIFY2(a.importManifest(file(usb, "m3.vigia")), qPrintable(a.statusText()));
        QCOMPARE(quarantine->topLevelItemCount(), 0);
        QVERIFY(quarantine->isHidden());
    }

    void refusedBundleIsListedWithTheCoreMessage()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        QVERIFY(coordinator.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        QVERIFY(c.createProject(s("Frontera Sur"), s("BR"), QString()));
        QFile junk(file(usb, "junk.vigiabundle"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(300, 'x'));
        junk.close();

        QVERIFY(!c.importBundles({usb.path()}));
        QVERIFY(c.statusIsError());
        QCOMPARE(c.importResults()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = c.importResults()->topLevelItem(0);
        QCOMPARE(row->data(1, BundleImportResults::kOutcomeRole).toString(), s("refused"));
        QVERIFY(!row->text(2).isEmpty());

        // A folder without bundles says so instead of doing nothing.
        QTemporaryDir empty;
        QVERIFY(!c.importBundles({empty.path()}));
        QVERIFY(c.statusText().contains(s("*.vigiabundle")));
    }

    void errorsShowTheCoreMessage()
    {
        test::TestWorkspace researcher;
        QVERIFY(researcher.isValid());
        QTemporaryDir usb;
        SyncPage r(*researcher);
        QFile bad(file(usb, "invitation.vigia"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not an invitation");
        bad.close();
        QVERIFY(!r.joinFromInvitation(bad.fileName()));
        QVERIFY(r.statusIsError());
        QVERIFY(!r.statusText().isEmpty());
        QVERIFY(!ProjectStore(researcher->database()).load().value().has_value());
        QVERIFY(shown(r, "joinProject"));
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
