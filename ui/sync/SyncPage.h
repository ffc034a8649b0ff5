#pragma once

#include "common/Error.h"
#include "project/ProjectFiles.h"

#include <QByteArray>
#include <QPointer>
#include <QStringList>
#include <QUuid>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace vigia {

class ConflictsView;
class FormsView;
class CoordinatorSteps;
class InboxView;
class FingerprintLabel;
class OutboxCountsBox;

class BundleImportResults;
class HubCoordinatorPanel;
class HubSyncPanel;
class ProjectDevicesPanel;
class ProjectInfoPanel;
class QuarantinePanel;
class StatusLine;
class SyncController;
class SyncStep;
class Workspace;

// Sync over files (a USB stick) as a guided sequence. A researcher: 1 join
// from the invitation (after comparing the project's fingerprint with the
// coordinator by phone), 2 save the join request, 3 load the approval (the
// manifest), 4 send findings and load receipts. The coordinator who holds
// the project key: 1 create the project, 2 save invitations, 3 approve
// requests and save the approval, 4 import findings and save receipts.
// Only the current step's buttons are enabled (and a finished step's when
// doing it again makes sense); ids, versions and the quarantine wait behind
// "Details". Every action has a slot that takes paths, so tests drive the
// page without file dialogs; the buttons only ask for paths and call those
// slots. Results and errors appear in the status line at the top, never
// naming a command line.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    // `ws` must outlive the page.
    explicit SyncPage(Workspace &ws, QWidget *parent = nullptr);

    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool statusIsError() const;
    [[nodiscard]] BundleImportResults *importResults() const { return m_results; }
    // 1 to 4: the step of the shown sequence that comes next.
    [[nodiscard]] int currentStep() const { return m_currentStep; }
    // The hub's section at the top, shown when the project has a hub.
    [[nodiscard]] HubSyncPanel *hubPanel() const { return m_hub; }
    // The coordinator's business with the hub, shown to the holder of the
    // project key when the project has a hub.
    [[nodiscard]] HubCoordinatorPanel *hubCoordinatorPanel() const { return m_hubCoordinator; }
    // The app's sync agent, which the hub's section follows and drives;
    // nullptr leaves its buttons disabled (tests, screenshots).
    void setSyncController(SyncController *controller);
    // A coordinator's inbox and open conflicts, each on a tab of its own.
    [[nodiscard]] InboxView *inboxView() const { return m_inbox; }
    [[nodiscard]] ConflictsView *conflictsView() const { return m_conflicts; }
    [[nodiscard]] FormsView *formsView() const { return m_forms; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

signals:
    // "Open records" in the inbox: a record a bundle changed.
    void openRecordRequested(const QUuid &id);
    // A workspace already in a project joined a further one, in a store of
    // its own (docs/store.md, "Several projects"): the window shows it
    // next. Connect it queued: the page is on the stack when it emits, and
    // showing another project deletes it.
    void projectAdded(const QByteArray &store);

public slots:
    void refresh();

    // Coordinator.
    bool createProject(const QString &name, const QString &country, const QString &hubUrl);
    bool saveInvitation(const QString &path);
    // Shows the request and its fingerprint and approves only if the user does.
    bool approveJoinRequest(const QString &path);
    // Asks for confirmation first.
    bool revokeDevice(const QByteArray &deviceId, const QString &name);
    bool exportManifest(const QString &path);

    // Member. Joining asks first: openInvitation() shows the project's
    // name and fingerprint with the question and writes nothing;
    // confirmJoin() is the answer "it matches", cancelJoin() the other.
    bool openInvitation(const QString &path);
    bool confirmJoin();
    void cancelJoin();
    // openInvitation() and confirmJoin() at once, for callers with no
    // person to ask (screenshots, tests of later steps).
    bool joinFromInvitation(const QString &path);
    bool saveJoinRequest(const QString &path);
    bool importManifest(const QString &path);

    // Both.
    bool exportChangesTo(const QString &dir);
    // Files, or folders standing for the bundles in them.
    bool importBundles(const QStringList &paths);
    bool exportReceipt(const QString &path);
    bool importReceipt(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    // Other pages add records meanwhile; the counts must be current when shown.
    void showEvent(QShowEvent *event) override;

private:
    void build();
    QWidget *buildResearcherSteps();
    QWidget *buildDetails();
    QWidget *buildJoinQuestion();
    void retranslate();
    void showMessage(const QString &text);
    bool fail(const Error &error);
    bool failWith(const QString &text);
    // Joins the project of `invitation` in a store of its own beside the
    // current one, on a sibling workspace: this page and the others stay
    // on the store they hold until the window switches.
    bool joinFurtherProject(const QByteArray &invitation);
    void refreshProject();
    void refreshResearcherSteps(bool joined, bool approved, bool hasManifest,
                                const QString &projectName);
    void refreshCounts();
    // Whether the workspace has joined / been approved; else says which step comes first.
    [[nodiscard]] bool requireJoined();
    [[nodiscard]] bool requireApproved();
    [[nodiscard]] bool requireCreated();

    // The buttons: ask for a path, then call the slot above.
    void askCreateProject();
    void askSaveInvitation();
    void askApproveJoinRequest();
    void askExportManifest();
    void askJoin();
    // JoinByCodeDialog: through the hub, with the code the coordinator reads out.
    void askJoinByCode();
    void askSaveJoinRequest();
    void askImportManifest();
    void askExportChanges();
    void askImportBundleFiles();
    void askImportBundleFolder();
    void askExportReceipt();
    void askImportReceipt();

    Workspace *m_ws = nullptr;
    bool m_holdsProjectKey = false;
    bool m_joined = false;
    bool m_approved = false;
    int m_currentStep = 1;
    StatusLine *m_status = nullptr;
    QLabel *m_intro = nullptr;
    HubSyncPanel *m_hub = nullptr;
    HubCoordinatorPanel *m_hubCoordinator = nullptr;
    QPointer<SyncController> m_syncController;

    // A researcher's sequence (also a coordinator's device that joined).
    QWidget *m_researcherSteps = nullptr;
    SyncStep *m_joinStep = nullptr;
    SyncStep *m_requestStep = nullptr;
    SyncStep *m_approvalStep = nullptr;
    SyncStep *m_sendStep = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_joinByCode = nullptr;
    QWidget *m_joinQuestion = nullptr;
    QPushButton *m_joinAnother = nullptr;
    QLabel *m_joinProjectName = nullptr;
    FingerprintLabel *m_joinFingerprint = nullptr;
    QLabel *m_joinAsk = nullptr;
    QPushButton *m_joinMatches = nullptr;
    QPushButton *m_joinCancel = nullptr;
    QByteArray m_openedInvitation; // shown in the question, not yet joined
    FingerprintLabel *m_deviceFingerprint = nullptr;
    QPushButton *m_saveRequest = nullptr;
    QPushButton *m_importManifest = nullptr;
    QPushButton *m_exportChanges = nullptr;
    QPushButton *m_importReceipt = nullptr;
    QPushButton *m_importBundles = nullptr;

    // The sequence of the coordinator who holds the project key.
    CoordinatorSteps *m_coordinatorSteps = nullptr;
    QGroupBox *m_membersBox = nullptr;
    ProjectDevicesPanel *m_devices = nullptr;

    OutboxCountsBox *m_countsBox = nullptr;
    QTabWidget *m_tabs = nullptr;
    InboxView *m_inbox = nullptr;
    ConflictsView *m_conflicts = nullptr;
    FormsView *m_forms = nullptr;
    BundleImportResults *m_results = nullptr;

    QToolButton *m_detailsToggle = nullptr;
    QWidget *m_details = nullptr;
    ProjectInfoPanel *m_project = nullptr;
    QLabel *m_technical = nullptr;
    QGroupBox *m_quarantineBox = nullptr;
    QuarantinePanel *m_quarantine = nullptr;
};

} // namespace vigia
