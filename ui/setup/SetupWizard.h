#pragma once

#include "crypto/KdfLimits.h"

#include <QWizard>

#include <memory>

namespace vigia {

class SetupDevicePage;
class SetupLanguagePage;
class SetupPassphrasePage;
class SetupRestorePage;
class Workspace;

// The first run: language, passphrase, device name and role. Finishing
// creates the workspace off the GUI thread (Argon2id takes a while) and
// accepts the dialog once it exists; takeWorkspace() then hands it over.
// The other way from the first page: a backup and its passphrase, restored
// into the workspace folder (WorkspaceBackup) and opened.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        LanguagePageId,
        PassphrasePageId,
        DevicePageId,
        RestorePageId
    };

    explicit SetupWizard(const QString &workspaceDir,
                         const KdfLimits &limits = KdfLimits::fromEnvironment(),
                         QWidget *parent = nullptr);
    ~SetupWizard() override;

    [[nodiscard]] std::unique_ptr<Workspace> takeWorkspace();
    [[nodiscard]] bool isBusy() const { return m_busy; }

    bool validateCurrentPage() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void createWorkspace();
    void restoreWorkspace();
    void setBusy(bool busy);

    QString m_dir;
    KdfLimits m_limits;
    SetupLanguagePage *m_languagePage = nullptr;
    SetupPassphrasePage *m_passphrasePage = nullptr;
    SetupDevicePage *m_devicePage = nullptr;
    SetupRestorePage *m_restorePage = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    bool m_busy = false;
};

} // namespace vigia
