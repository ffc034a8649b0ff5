#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace vigia {

class CapsLockWarning;
class ErrorLabel;
class PassphraseEdit;
class Workspace;

// Later runs: asks for the passphrase and opens the workspace off the GUI
// thread. A wrong passphrase is said so and the user tries again; opening
// never changes anything on disk.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnlockDialog(const QString &workspaceDir, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    [[nodiscard]] std::unique_ptr<Workspace> takeWorkspace();
    [[nodiscard]] bool isBusy() const { return m_busy; }

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);

    QString m_dir;
    QLabel *m_intro = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    PassphraseEdit *m_passphrase = nullptr;
    CapsLockWarning *m_capsLock = nullptr;
    QProgressBar *m_progress = nullptr;
    ErrorLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    bool m_busy = false;
};

} // namespace vigia
