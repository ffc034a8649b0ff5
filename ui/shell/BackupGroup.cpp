#include "ui/shell/BackupGroup.h"

#include "store/RestoreMark.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "ui/common/DateText.h"
#include "ui/common/MessageBox.h"
#include "ui/common/SentenceLabel.h"
#include "ui/common/StatusLine.h"
#include "ui/common/WorkspaceTask.h"
#include "ui/sync/PlainMessage.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia {

namespace {
const QString kSuffix = QStringLiteral("vigiabackup");
} // namespace

BackupGroup::BackupGroup(Workspace &ws, QWidget *parent)
    : QGroupBox(parent)
    , m_ws(ws)
{
    setObjectName(QStringLiteral("backupBox"));
    m_intro = new SentenceLabel(QStringLiteral("backupIntro"), this);
    m_last = new SentenceLabel(QStringLiteral("lastBackup"), this);
    m_backUp = new QPushButton(this);
    m_backUp->setObjectName(QStringLiteral("backUp"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new StatusLine(QStringLiteral("backupStatus"), this);
    m_hold = new SentenceLabel(QStringLiteral("restoreHold"), this);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmRestore"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirm);
    confirmRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_last);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_hold);
    layout->addLayout(confirmRow);

    connect(m_backUp, &QPushButton::clicked, this, &BackupGroup::askBackUp);
    connect(m_confirm, &QPushButton::clicked, this, &BackupGroup::confirmRestore);
    refresh();
}

void BackupGroup::refresh()
{
    m_restoredFrom = {};
    if (!m_ws.isLocked()) {
        auto mark = RestoreMark::read(m_ws.database());
        if (!mark)
            // Damaged, it still holds the changes back: show it as a mark.
            m_restoredFrom = QDateTime::fromMSecsSinceEpoch(0);
        else if (mark.value())
            m_restoredFrom = QDateTime::fromMSecsSinceEpoch(mark.value()->backupTimeMs);
    }
    retranslate();
}

void BackupGroup::askBackUp()
{
    const QString name = QStringLiteral("vigia-backup-%1.%2")
                             .arg(QDate::currentDate().toString(Qt::ISODate), kSuffix);
    QString file = QFileDialog::getSaveFileName(
        this, tr("Back up the workspace"), QDir::home().filePath(name),
        tr("Vigia backups (*.%1)").arg(kSuffix) + QStringLiteral(";;") + tr("All files (*)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QLatin1Char('.') + kSuffix;
    backUpTo(file);
}

void BackupGroup::backUpTo(const QString &file)
{
    if (m_busy)
        return;
    setBusy(true);
    WorkspaceTask::backup(this, m_ws, file, [this](Result<WorkspaceBackup::Written> written) {
        setBusy(false);
        if (!written) {
            m_status->showError(PlainMessage::withoutCommandLines(written.error().message()));
            return;
        }
        m_status->showMessage(tr("The backup was written. Keep it away from this computer, as "
                                 "safe as the computer itself."));
        retranslate();
    });
}

void BackupGroup::confirmRestore()
{
    const QString when = DateText::dateTime(m_restoredFrom);
    const auto answer = MessageBox::warning(
        this, tr("Confirm the restore"),
        tr("Confirm only if your coordinator has checked that they received no changes from "
           "this device made after %1. If the lost copy of this device sent changes after the "
           "backup, sending now gives the coordinator two versions of this device's history, "
           "and some of its records may be refused.\n\nConfirm the restore and send again?")
            .arg(when),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = RestoreMark::clear(m_ws.database()); !s) {
        m_status->showError(PlainMessage::withoutCommandLines(s.error().message()));
        return;
    }
    m_status->showMessage(tr("The restore is confirmed: this workspace sends its changes again."));
    refresh();
}

void BackupGroup::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_backUp->setEnabled(!busy);
    if (busy)
        m_status->showMessage(tr("Writing the backup…"));
}

void BackupGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void BackupGroup::showEvent(QShowEvent *event)
{
    refresh();
    QGroupBox::showEvent(event);
}

void BackupGroup::retranslate()
{
    setTitle(tr("Backups"));
    m_intro->setText(tr("A backup is one encrypted file with everything Vigia keeps on this "
                        "computer. It opens with the passphrase you have when you make it. Keep "
                        "it away from this computer, for example on a USB stick in a safe "
                        "place."));
    const WorkspaceSettings settings(m_ws.path());
    const QDateTime last = settings.lastBackupTime();
    m_last->setText(last.isValid() ? tr("Last backup: %1, written to %2.")
                                         .arg(DateText::dateTime(last.toLocalTime()),
                                              QDir::toNativeSeparators(settings.lastBackupPath()))
                                   : tr("No backup was made of this workspace yet."));
    m_backUp->setText(tr("Back up &now…"));
    m_backUp->setAccessibleName(tr("Back up the workspace"));
    const bool held = m_restoredFrom.isValid();
    m_hold->setVisible(held);
    m_confirm->setVisible(held);
    if (held)
        m_hold->setText(tr("This workspace was restored from a backup taken on %1. It sends none "
                           "of its changes until the restore is confirmed: a sync with the hub "
                           "confirms it by itself when the hub holds nothing newer from this "
                           "device. Without a hub, ask your coordinator first.")
                            .arg(DateText::dateTime(m_restoredFrom.toLocalTime())));
    m_confirm->setText(tr("Confir&m the restore…"));
}

} // namespace vigia
