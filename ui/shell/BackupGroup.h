#pragma once

#include <QDateTime>
#include <QGroupBox>

class QLabel;
class QProgressBar;
class QPushButton;

namespace vigia {

class SentenceLabel;
class StatusLine;
class Workspace;

// Settings > Backups: writes a backup of the workspace to a file the person
// chooses (WorkspaceBackup, off the GUI thread), says where the last one
// went and when, and, in a workspace restored from a backup, says that it
// sends nothing yet and lets the person confirm the restore after a warning
// (RestoreMark).
class BackupGroup : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupGroup(Workspace &ws, QWidget *parent = nullptr);

    // Writes a backup to `file` (the button asks for it first).
    void backUpTo(const QString &file);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // Reads the restore mark again (a sync pass may have cleared it).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void askBackUp();
    void confirmRestore();
    void setBusy(bool busy);

    Workspace &m_ws;
    SentenceLabel *m_intro = nullptr;
    SentenceLabel *m_last = nullptr;
    QPushButton *m_backUp = nullptr;
    QProgressBar *m_progress = nullptr;
    StatusLine *m_status = nullptr;
    SentenceLabel *m_hold = nullptr;
    QPushButton *m_confirm = nullptr;
    bool m_busy = false;
    // The restore mark as last read: the backup's time, invalid when none.
    QDateTime m_restoredFrom;
};

} // namespace vigia
