#pragma once

#include "project/OutboxSummary.h"
#include "sync/SyncAgent.h"

#include <QGroupBox>
#include <QPointer>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace vigia {

class SyncController;
class SyncLogList;
class Workspace;

// The top of the Sync view when the project has a hub, for people rather
// than engineers: one sentence of state ("All changes sent · last sync 5
// minutes ago"), a progress bar while something moves, Sync now, the
// automatic-sync switch, the recent syncs, and a sentence when this
// computer's clock is far off. The hub's address and the keys wait behind
// the page's Details. It follows a SyncController; tests feed it statuses
// with setStatus().
class HubSyncPanel : public QGroupBox
{
    Q_OBJECT

public:
    // `ws` must outlive the panel.
    explicit HubSyncPanel(Workspace &ws, QWidget *parent = nullptr);

    // nullptr: nothing to sync with (the buttons are disabled).
    void setController(SyncController *controller);
    void setStatus(const vigia::SyncAgent::Status &status, bool awaitingApproval);
    // Reads the counts, the approval and the log again.
    void refresh();

    [[nodiscard]] QString sentence() const;
    [[nodiscard]] QString clockWarning() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void recount();
    void reloadLog();
    void showStatus();
    void retranslate();

    Workspace &m_ws;
    QPointer<SyncController> m_controller;
    SyncAgent::Status m_status;
    bool m_awaitingApproval = false;
    OutboxSummary::Counts m_toSend;
    int m_bundlesToSend = 0;
    QString m_countError;
    QLabel *m_sentence = nullptr;
    QLabel *m_clock = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_syncNow = nullptr;
    QCheckBox *m_automatic = nullptr;
    QLabel *m_logCaption = nullptr;
    SyncLogList *m_log = nullptr;
    QTimer *m_ticker = nullptr; // "5 minutes ago" grows old
};

} // namespace vigia
