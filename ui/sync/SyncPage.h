#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QStringList>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;

namespace vigia {

class BundleImportResults;
class ProjectDevicesPanel;
class ProjectInfoPanel;
class QuarantinePanel;
class Workspace;

// Sync over files (a USB stick): project setup and invitations for the
// coordinator who holds the project key, joining for members, then bundles
// of changes, receipts and the quarantine for both. Every action has a slot
// that takes paths, so tests drive the page without file dialogs; the
// buttons only ask for the paths and call those slots. Results and errors
// (the core's own messages) appear in the status line at the top.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    // `ws` must outlive the page.
    explicit SyncPage(Workspace &ws, QWidget *parent = nullptr);

    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool statusIsError() const { return m_statusIsError; }
    [[nodiscard]] BundleImportResults *importResults() const { return m_results; }

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

    // Member.
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
    // Other pages add changes meanwhile; the count must be current when shown.
    void showEvent(QShowEvent *event) override;

private:
    void build();
    QGroupBox *buildSetupBox();
    QGroupBox *buildAdminBox();
    QGroupBox *buildMemberBox();
    QGroupBox *buildChangesBox();
    QGroupBox *buildQuarantineBox();
    QPushButton *addButton(const QString &objectName, void (SyncPage::*ask)());
    void retranslate();
    void showMessage(const QString &text);
    bool fail(const Error &error);
    void refreshProject();

    // The buttons: ask for a path, then call the slot above.
    void askCreateProject();
    void askSaveInvitation();
    void askApproveJoinRequest();
    void askExportManifest();
    void askJoin();
    void askSaveJoinRequest();
    void askImportManifest();
    void askExportChanges();
    void askImportBundleFiles();
    void askImportBundleFolder();
    void askExportReceipt();
    void askImportReceipt();
    [[nodiscard]] static QString signedFileFilter();
    [[nodiscard]] QString askSavePath(const QString &title, const QString &suggestedName);
    [[nodiscard]] QString askOpenPath(const QString &title);

    Workspace *m_ws = nullptr;
    bool m_statusIsError = false;
    bool m_holdsProjectKey = false;
    QLabel *m_status = nullptr;

    QGroupBox *m_setupBox = nullptr;
    QLabel *m_setupText = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_join = nullptr;

    ProjectInfoPanel *m_project = nullptr;

    QGroupBox *m_adminBox = nullptr;
    QPushButton *m_saveInvitation = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_exportManifest = nullptr;
    ProjectDevicesPanel *m_devices = nullptr;

    QGroupBox *m_memberBox = nullptr;
    QLabel *m_memberText = nullptr;
    QPushButton *m_saveRequest = nullptr;
    QPushButton *m_importManifest = nullptr;

    QGroupBox *m_changesBox = nullptr;
    QLabel *m_pending = nullptr;
    int m_pendingCount = 0;
    QPushButton *m_exportChanges = nullptr;
    QPushButton *m_importBundles = nullptr;
    QPushButton *m_exportReceipt = nullptr;
    QPushButton *m_importReceipt = nullptr;
    BundleImportResults *m_results = nullptr;

    QGroupBox *m_quarantineBox = nullptr;
    QuarantinePanel *m_quarantine = nullptr;
};

} // namespace vigia
