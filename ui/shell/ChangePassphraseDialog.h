#pragma once

#include <QDialog>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QProgressBar;

namespace vigia {

class CapsLockWarning;
class ErrorLabel;
class NewPassphraseFields;
class PassphraseEdit;
class Workspace;

// Settings > Change passphrase: the current passphrase and a new one typed
// twice, under the same strength rule as the setup wizard. The keystore is
// re-encrypted off the GUI thread (Argon2id runs twice); the dialog accepts
// once the new passphrase is in place and otherwise says why and stays open,
// with every field emptied after each attempt.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    // `ws` must outlive the change, which may end after the dialog closed.
    explicit ChangePassphraseDialog(Workspace &ws, QWidget *parent = nullptr);
    ~ChangePassphraseDialog() override;

    [[nodiscard]] bool isBusy() const { return m_busy; }

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void updateButtons();
    void showMessage(const QString &text);

    Workspace &m_ws;
    QLabel *m_intro = nullptr;
    QLabel *m_currentLabel = nullptr;
    PassphraseEdit *m_current = nullptr;
    CapsLockWarning *m_capsLock = nullptr;
    QGroupBox *m_newBox = nullptr;
    NewPassphraseFields *m_new = nullptr;
    QProgressBar *m_progress = nullptr;
    ErrorLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
    bool m_changed = false;
};

} // namespace vigia
