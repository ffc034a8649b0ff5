#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace vigia {

class CapsLockWarning;
class ErrorLabel;
class PassphraseEdit;
class Workspace;

// What a locked window shows instead of its pages: nothing of the data, only
// a passphrase field. The passphrase is checked against the keystore off the
// GUI thread; unlocked() is emitted when it is right.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(Workspace &ws, QWidget *parent = nullptr);
    ~LockScreen() override;

    // Clears the field and any message and hides the passphrase again;
    // called each time the window locks.
    void reset();

signals:
    void unlocked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void tryUnlock();
    void setBusy(bool busy);

    Workspace &m_ws;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    PassphraseEdit *m_passphrase = nullptr;
    QPushButton *m_unlock = nullptr;
    CapsLockWarning *m_capsLock = nullptr;
    QProgressBar *m_progress = nullptr;
    ErrorLabel *m_message = nullptr;
    bool m_busy = false;
};

} // namespace vigia
