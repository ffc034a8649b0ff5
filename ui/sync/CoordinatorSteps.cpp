#include "ui/sync/CoordinatorSteps.h"

#include "project/ProjectProgress.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/SyncStep.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia {

CoordinatorSteps::CoordinatorSteps(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("coordinatorSteps"));
    m_createStep = new SyncStep(1, kSteps, this);
    m_create = m_createStep->addButton(QStringLiteral("createProject"));
    connect(m_create, &QPushButton::clicked, this, &CoordinatorSteps::createRequested);

    m_inviteStep = new SyncStep(2, kSteps, this);
    m_keyFingerprint = new FingerprintLabel(QStringLiteral("projectKeyToRead"), this);
    m_inviteStep->addWidget(m_keyFingerprint);
    m_saveInvitation = m_inviteStep->addButton(QStringLiteral("saveInvitation"));
    connect(m_saveInvitation, &QPushButton::clicked, this,
            &CoordinatorSteps::saveInvitationRequested);

    m_approveStep = new SyncStep(3, kSteps, this);
    m_approve = m_approveStep->addButton(QStringLiteral("approveJoinRequest"));
    connect(m_approve, &QPushButton::clicked, this, &CoordinatorSteps::approveRequested);
    m_exportManifest = m_approveStep->addButton(QStringLiteral("exportManifest"));
    connect(m_exportManifest, &QPushButton::clicked, this,
            &CoordinatorSteps::exportManifestRequested);

    m_collectStep = new SyncStep(4, kSteps, this);
    m_importFindings = m_collectStep->addBundleMenu(QStringLiteral("importFindings"));
    const QList<QAction *> imports = m_importFindings->menu()->actions();
    connect(imports[0], &QAction::triggered, this, &CoordinatorSteps::importFilesRequested);
    connect(imports[1], &QAction::triggered, this, &CoordinatorSteps::importFolderRequested);
    m_exportReceipt = m_collectStep->addButton(QStringLiteral("exportReceipt"));
    connect(m_exportReceipt, &QPushButton::clicked, this,
            &CoordinatorSteps::exportReceiptRequested);
    m_exportOwnChanges = m_collectStep->addButton(QStringLiteral("exportOwnChanges"));
    connect(m_exportOwnChanges, &QPushButton::clicked, this,
            &CoordinatorSteps::exportOwnChangesRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (SyncStep *step : {m_createStep, m_inviteStep, m_approveStep, m_collectStep})
        layout->addWidget(step);
}

void CoordinatorSteps::retranslate()
{
    m_createStep->setTitle(tr("Create the project"));
    m_createStep->setText(tr("Name the project and its country. This workspace will hold the "
                             "project key: keep it and its passphrase safe."));
    m_create->setText(tr("&Create the project…"));
    m_create->setAccessibleName(tr("Create a project"));

    m_inviteStep->setTitle(tr("Invite researchers"));
    m_keyFingerprint->setAccessibleName(tr("Project fingerprint"));
    m_saveInvitation->setText(tr("Save an &invitation…"));
    m_saveInvitation->setAccessibleName(tr("Save an invitation file for a new member"));

    m_approveStep->setTitle(tr("Approve a join request"));
    m_approveStep->setText(tr("Open a researcher's request and compare the fingerprint they "
                              "read to you. Then save the approval and give it back to them, "
                              "and to every member after each change."));
    m_approve->setText(tr("&Open a join request…"));
    m_approve->setAccessibleName(tr("Open a join request file to approve"));
    m_exportManifest->setText(tr("Save the &approval…"));
    m_exportManifest->setAccessibleName(tr("Save the approval for every member"));

    m_collectStep->setTitle(tr("Import findings, give receipts"));
    m_collectStep->setText(tr("Import the findings researchers bring on their USB sticks, then "
                              "save a receipt for them: it tells their devices what arrived."));
    m_importFindings->setText(tr("Import &findings…"));
    m_importFindings->setAccessibleName(tr("Import findings from files or a folder"));
    SyncStep::retranslateBundleMenu(m_importFindings);
    m_exportReceipt->setText(tr("Save a receip&t…"));
    m_exportReceipt->setAccessibleName(tr("Save a receipt for the findings imported here"));
    m_exportOwnChanges->setText(tr("&Export this device's records…"));
    m_exportOwnChanges->setAccessibleName(
        tr("Save this device's records to a folder for another coordinator"));
}

int CoordinatorSteps::refresh(bool created, int members, quint64 manifestVersion,
                              ProjectProgress &progress)
{
    auto invited = progress.invitationSaved();
    auto savedVersion = progress.manifestSavedVersion();
    const bool invitationSaved = invited && invited.value();
    // Version 1 is the project as created: nobody needs it.
    const bool approvalPending =
        manifestVersion > 1 && (!savedVersion || savedVersion.value() < manifestVersion);
    const bool approvalGiven = savedVersion && savedVersion.value() > 1;
    int current = 4;
    if (!created)
        current = 1;
    else if (!invitationSaved)
        current = 2;
    else if (members < 2 || approvalPending)
        current = 3;
    const auto stateOf = [current](int step, bool done) {
        if (done)
            return SyncStep::State::Done;
        return step == current ? SyncStep::State::Current : SyncStep::State::Waiting;
    };
    m_createStep->setState(stateOf(1, created));
    m_inviteStep->setState(stateOf(2, invitationSaved), true);
    m_approveStep->setState(stateOf(3, current == 4 || (approvalGiven && !approvalPending)), true);
    // Once findings can arrive, they can keep arriving while a new approval waits.
    m_collectStep->setState(current == 4    ? SyncStep::State::Current
                            : approvalGiven ? SyncStep::State::Done
                                            : SyncStep::State::Waiting,
                            true);
    m_exportManifest->setEnabled(m_exportManifest->isEnabled() && manifestVersion > 1);

    m_inviteStep->setText(created ? tr("Save the invitation to the USB stick for each new "
                                       "researcher. When they open it, read them this "
                                       "fingerprint by phone:")
                                  : tr("Save an invitation file for each researcher."));
    m_keyFingerprint->setVisible(created);
    return current;
}

void CoordinatorSteps::setKeyFingerprint(const QString &formatted)
{
    m_keyFingerprint->setFingerprint(formatted);
}

void CoordinatorSteps::setOwnChangesShown(bool shown)
{
    m_exportOwnChanges->setVisible(shown);
}

} // namespace vigia
