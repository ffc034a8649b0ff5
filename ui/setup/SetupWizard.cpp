#include "ui/setup/SetupWizard.h"

#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WorkspaceTask.h"
#include "ui/setup/SetupDevicePage.h"
#include "ui/setup/SetupLanguagePage.h"
#include "ui/setup/SetupPassphrasePage.h"
#include "ui/setup/SetupRestorePage.h"
#include "ui/sync/PlainMessage.h"

#include <QAbstractButton>
#include <QEvent>

namespace vigia {

SetupWizard::SetupWizard(const QString &workspaceDir, const KdfLimits &limits, QWidget *parent)
    : QWizard(parent)
    , m_dir(workspaceDir)
    , m_limits(limits)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_languagePage = new SetupLanguagePage(this);
    m_passphrasePage = new SetupPassphrasePage(this);
    m_devicePage = new SetupDevicePage(this);
    m_restorePage = new SetupRestorePage(this);
    setPage(LanguagePageId, m_languagePage);
    setPage(PassphrasePageId, m_passphrasePage);
    setPage(DevicePageId, m_devicePage);
    setPage(RestorePageId, m_restorePage);
    setStartId(LanguagePageId);
    resize(640, 480);
    // The finish button names what it does on each path.
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::retranslate);
    retranslate();
}

SetupWizard::~SetupWizard() = default;

std::unique_ptr<Workspace> SetupWizard::takeWorkspace()
{
    return std::move(m_workspace);
}

bool SetupWizard::validateCurrentPage()
{
    if (currentId() != DevicePageId && currentId() != RestorePageId)
        return QWizard::validateCurrentPage();
    // Finishing waits for the workspace: createWorkspace() and
    // restoreWorkspace() accept again once it exists, and this time the
    // page is valid.
    if (m_workspace)
        return true;
    if (!m_busy) {
        if (currentId() == RestorePageId)
            restoreWorkspace();
        else
            createWorkspace();
    }
    return false;
}

void SetupWizard::reject()
{
    // Closing mid-creation would leave a half-written folder behind.
    if (!m_busy)
        QWizard::reject();
}

void SetupWizard::createWorkspace()
{
    // Null only if the passphrase page was skipped without its validation.
    const auto passphrase = m_passphrasePage->passphrase();
    if (!passphrase)
        return;
    setBusy(true);
    m_devicePage->showError(QString());
    const QString language = m_languagePage->language();
    WorkspaceTask::create(this, m_dir, passphrase, m_devicePage->deviceName(), m_devicePage->role(),
                          m_limits, [this, language](Result<std::unique_ptr<Workspace>> ws) {
                              setBusy(false);
                              if (!ws) {
                                  m_devicePage->showError(ws.error().message());
                                  return;
                              }
                              m_workspace = ws.take();
                              WorkspaceSettings(m_workspace->path()).setInterfaceLanguage(language);
                              accept();
                          });
}

void SetupWizard::restoreWorkspace()
{
    const QString file = m_restorePage->backupFile();
    const auto passphrase = m_restorePage->takePassphrase();
    if (file.isEmpty() || !passphrase || passphrase->isEmpty())
        return;
    setBusy(true);
    m_restorePage->showError(QString());
    WorkspaceTask::restore(
        this, file, m_dir, passphrase, [this](Result<std::unique_ptr<Workspace>> ws) {
            setBusy(false);
            if (!ws) {
                m_restorePage->showError(PlainMessage::withoutCommandLines(ws.error().message()));
                return;
            }
            m_workspace = ws.take();
            MessageBox::information(this, tr("Workspace restored"),
                                    tr("The workspace was restored. It sends none of its changes "
                                       "until the restore is confirmed: a sync with the hub "
                                       "confirms it by itself when the hub holds nothing newer "
                                       "from this device. Without a hub, ask your coordinator, "
                                       "then confirm it in Settings > Backups."));
            accept();
        });
}

void SetupWizard::setBusy(bool busy)
{
    m_busy = busy;
    if (currentId() == RestorePageId)
        m_restorePage->setBusy(busy);
    else
        m_devicePage->setBusy(busy);
    for (WizardButton b : {BackButton, CancelButton})
        button(b)->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SetupWizard::retranslate()
{
    setWindowTitle(tr("Set up Vigia"));
    setButtonText(BackButton, tr("< &Back"));
    setButtonText(NextButton, tr("&Next >"));
    setButtonText(FinishButton, currentId() == RestorePageId ? tr("&Restore workspace")
                                                             : tr("&Create workspace"));
    setButtonText(CancelButton, tr("Cancel"));
}

} // namespace vigia
