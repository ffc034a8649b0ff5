#pragma once

#include "crypto/SecretBytes.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace vigia {

class CapsLockWarning;
class PassphraseEdit;

// The other way through the setup: a backup file and the passphrase it
// opens with. The last page of that path, so it also shows the progress of
// the restore and any error.
class SetupRestorePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupRestorePage(QWidget *parent = nullptr);

    [[nodiscard]] QString backupFile() const;
    void setBackupFile(const QString &file);
    // Takes the passphrase out of its field into locked memory.
    [[nodiscard]] std::shared_ptr<SecretBytes> takePassphrase();
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override { return -1; }

    void setBusy(bool busy);
    void showError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile();

    QLabel *m_intro = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    PassphraseEdit *m_passphrase = nullptr;
    CapsLockWarning *m_capsLock = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    bool m_isBusy = false;
};

} // namespace vigia
