#pragma once

#include "ui/common/WorkspaceTask.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace vigia {

class CapsLockWarning;
class ErrorLabel;
class PassphraseEdit;
class Workspace;

// Settings > Store key > Change the store key: says what a change of the
// store's key does and asks for the passphrase, which the change needs to
// rewrite the keystore. The passphrase is checked off the GUI thread before
// the dialog accepts, so a wrong one never closes the store; the caller then
// takes it (takePassphrase) and runs the change (MainWindow::rekeyStore).
class RekeyStoreDialog : public QDialog
{
    Q_OBJECT

public:
    // `ws` must outlive the check, which may end after the dialog closed.
    explicit RekeyStoreDialog(const Workspace &ws, QWidget *parent = nullptr);
    ~RekeyStoreDialog() override;

    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The checked passphrase, once accepted; the dialog keeps no copy.
    [[nodiscard]] WorkspaceTask::Passphrase takePassphrase();

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void updateButtons();

    const Workspace &m_ws;
    QLabel *m_intro = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    PassphraseEdit *m_passphrase = nullptr;
    CapsLockWarning *m_capsLock = nullptr;
    QProgressBar *m_progress = nullptr;
    ErrorLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    WorkspaceTask::Passphrase m_checked;
    bool m_busy = false;
};

} // namespace vigia
