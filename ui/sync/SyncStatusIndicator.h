#pragma once

#include "sync/SyncAgent.h"

#include <QLabel>

namespace vigia {

// The status bar's word on syncing with the hub: "Offline", "Syncing 3 of
// 10", "All changes sent", "Sync error" with the reason as its tooltip
// (SyncStatusText). Shown only while an agent runs: a workspace without a
// hub has nothing to say here.
class SyncStatusIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusIndicator(QWidget *parent = nullptr);

    void setStatus(const vigia::SyncAgent::Status &status, bool awaitingApproval = false);
    [[nodiscard]] const SyncAgent::Status &status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SyncAgent::Status m_status;
    bool m_awaitingApproval = false;
};

} // namespace vigia
