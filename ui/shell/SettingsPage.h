#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vigia {

class BackupGroup;
class SecretBytes;
class Workspace;
class WorkspaceSettings;

// Settings: interface language (applied at once), auto-lock delay, default
// form language, this device's name and fingerprint, changing the
// passphrase, backups (BackupGroup), and about. Every change is saved in the workspace's settings
// as soon as it is made.
// passphrase, changing the store's key, and about. Every change is saved in
// the workspace's settings as soon as it is made.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Workspace &ws, WorkspaceSettings &settings, QWidget *parent = nullptr);

signals:
    void autoLockMinutesChanged(int minutes);
    // The user confirmed a change of the store's key with this (checked)
    // passphrase; the window closes the store and runs it
    // (MainWindow::rekeyStore).
    void storeRekeyRequested(std::shared_ptr<const vigia::SecretBytes> passphrase);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void changePassphrase();
    void rekeyStore();

    Workspace &m_ws;
    WorkspaceSettings &m_settings;
    QGroupBox *m_interfaceBox = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_autoLockLabel = nullptr;
    QSpinBox *m_autoLock = nullptr;
    QGroupBox *m_formsBox = nullptr;
    QLabel *m_formLanguageLabel = nullptr;
    QComboBox *m_formLanguage = nullptr;
    QGroupBox *m_deviceBox = nullptr;
    QLabel *m_deviceNameLabel = nullptr;
    QLineEdit *m_deviceName = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLineEdit *m_role = nullptr;
    QLabel *m_fingerprintLabel = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QLabel *m_fingerprintHint = nullptr;
    QPushButton *m_changePassphrase = nullptr;
    BackupGroup *m_backupBox = nullptr;
    QGroupBox *m_storeKeyBox = nullptr;
    QLabel *m_storeKeyHint = nullptr;
    QPushButton *m_rekeyStore = nullptr;
    QGroupBox *m_aboutBox = nullptr;
    QLabel *m_about = nullptr;
};

} // namespace vigia
