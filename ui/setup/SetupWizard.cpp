#include "ui/setup/SetupWizard.h"

#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "ui/common/WorkspaceTask.h"
#include "ui/setup/SetupDevicePage.h"
#include "ui/setup/SetupLanguagePage.h"
#include "ui/setup/SetupPassphrasePage.h"

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
    setPage(LanguagePageId, m_languagePage);
    setPage(PassphrasePageId, m_passphrasePage);
    setPage(DevicePageId, m_devicePage);
    setStartId(LanguagePageId);
    resize(640, 480);
    retranslate();
}

SetupWizard::~SetupWizard() = default;

std::unique_ptr<Workspace> SetupWizard::takeWorkspace()
{
    return std::move(m_workspace);
}

bool SetupWizard::validateCurrentPage()
{
    if (currentId() != DevicePageId)
        return QWizard::validateCurrentPage();
    // Finishing waits for the workspace: createWorkspace() accepts again
    // once it exists, and this time the page is valid.
    if (m_workspace)
        return true;
    if (!m_busy)
        createWorkspace();
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

void SetupWizard::setBusy(bool busy)
{
    m_busy = busy;
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
    setButtonText(FinishButton, tr("&Create workspace"));
    setButtonText(CancelButton, tr("Cancel"));
}

} // namespace vigia
