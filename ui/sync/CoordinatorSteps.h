#pragma once

#include <QWidget>

class QPushButton;

namespace vigia {

class FingerprintLabel;
class ProjectProgress;
class SyncStep;

// The coordinator's guided USB sequence on the Sync page: 1 Create the
// project · 2 Invite researchers · 3 Approve a join request · 4 Import
// findings, give receipts. Only the current step's buttons are enabled; each
// button asks the page (signals) to do its work.
class CoordinatorSteps : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSteps = 4;

    explicit CoordinatorSteps(QWidget *parent = nullptr);

    void retranslate();
    // Sets each step's state and texts from where the project stands and
    // returns the current step (1 to 4).
    int refresh(bool created, int members, quint64 manifestVersion, ProjectProgress &progress);
    void setKeyFingerprint(const QString &formatted);
    // A coordinator's own records go only to other coordinators.
    void setOwnChangesShown(bool shown);

signals:
    void createRequested();
    void saveInvitationRequested();
    void approveRequested();
    void exportManifestRequested();
    void importFilesRequested();
    void importFolderRequested();
    void exportReceiptRequested();
    void exportOwnChangesRequested();

private:
    SyncStep *m_createStep = nullptr;
    QPushButton *m_create = nullptr;
    SyncStep *m_inviteStep = nullptr;
    FingerprintLabel *m_keyFingerprint = nullptr;
    QPushButton *m_saveInvitation = nullptr;
    SyncStep *m_approveStep = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_exportManifest = nullptr;
    SyncStep *m_collectStep = nullptr;
    QPushButton *m_importFindings = nullptr;
    QPushButton *m_exportReceipt = nullptr;
    QPushButton *m_exportOwnChanges = nullptr;
};

} // namespace vigia
