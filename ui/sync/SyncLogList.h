#pragma once

#include "sync/SyncStore.h"

#include <QList>
#include <QListWidget>

namespace vigia {

// The recent syncs with the hub, newest first, one readable line each: when,
// and what was sent and received or why it failed (SyncStore's log).
class SyncLogList : public QListWidget
{
    Q_OBJECT

public:
    explicit SyncLogList(QWidget *parent = nullptr);

    void setEntries(const QList<SyncStore::LogEntry> &entries);
    // The log could not be read: said where it would be.
    void setError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<SyncStore::LogEntry> m_entries;
    QString m_error;
};

} // namespace vigia
