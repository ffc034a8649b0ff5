#include "ui/setup/SetupRestorePage.h"

#include "ui/common/CapsLockWarning.h"
#include "ui/common/PassphraseEdit.h"
#include "ui/common/SecretText.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia {

SetupRestorePage::SetupRestorePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("restorePage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("backupFile"));
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseBackup"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setBuddy(m_file);
    m_passphrase = new PassphraseEdit(this);
    m_passphrase->setObjectName(QStringLiteral("restorePassphrase"));
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_capsLock = new CapsLockWarning(this);
    m_capsLock->watch(m_passphrase);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("restoreStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(QString(), m_capsLock);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_busy);
    layout->addWidget(m_status);

    connect(m_file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_passphrase, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_choose, &QPushButton::clicked, this, &SetupRestorePage::chooseFile);
    retranslate();
}

QString SetupRestorePage::backupFile() const
{
    return m_file->text().trimmed();
}

void SetupRestorePage::setBackupFile(const QString &file)
{
    m_file->setText(QDir::toNativeSeparators(file));
}

std::shared_ptr<SecretBytes> SetupRestorePage::takePassphrase()
{
    return SecretText::take(m_passphrase);
}

bool SetupRestorePage::isComplete() const
{
    return !m_isBusy && !backupFile().isEmpty() && !m_passphrase->text().isEmpty();
}

void SetupRestorePage::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose the backup"), QDir::homePath(),
        tr("Vigia backups (*.vigiabackup)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!file.isEmpty())
        setBackupFile(file);
}

void SetupRestorePage::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_file, m_choose, m_passphrase})
        w->setEnabled(!busy);
    if (busy) {
        m_status->setText(tr("Checking and restoring the backup. This takes a while for a large "
                             "workspace…"));
        m_status->show();
    }
    emit completeChanged();
}

void SetupRestorePage::showError(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_passphrase->setFocus();
}

void SetupRestorePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SetupRestorePage::retranslate()
{
    setTitle(tr("Restore from a backup"));
    setSubTitle(tr("This computer takes the place of the one the backup was made on."));
    m_intro->setText(tr("Choose the backup file and type the passphrase the workspace had when "
                        "the backup was made. Everything is checked before anything is "
                        "written; a damaged backup or a wrong passphrase changes nothing."));
    m_fileLabel->setText(tr("Backup &file:"));
    m_file->setAccessibleName(tr("Backup file"));
    m_choose->setText(tr("C&hoose…"));
    m_choose->setAccessibleName(tr("Choose the backup file"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase of the backup"));
    if (m_isBusy)
        m_status->setText(tr("Checking and restoring the backup. This takes a while for a large "
                             "workspace…"));
}

} // namespace vigia
