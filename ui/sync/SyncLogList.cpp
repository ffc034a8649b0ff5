#include "ui/sync/SyncLogList.h"

#include "ui/sync/SyncStatusText.h"

#include <QEvent>

namespace vigia {

namespace {
// About five lines: the list is a glance at the last syncs, the page scrolls.
constexpr int kVisibleLines = 5;
} // namespace

SyncLogList::SyncLogList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("hubLog"));
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setMaximumHeight(fontMetrics().lineSpacing() * (kVisibleLines + 1) + 2 * frameWidth());
    retranslate();
}

void SyncLogList::setEntries(const QList<SyncStore::LogEntry> &entries)
{
    m_entries = entries;
    m_error.clear();
    retranslate();
}

void SyncLogList::setError(const QString &message)
{
    m_entries.clear();
    m_error = message;
    retranslate();
}

void SyncLogList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

void SyncLogList::retranslate()
{
    setAccessibleName(tr("Recent syncs"));
    clear();
    if (!m_error.isEmpty()) {
        addItem(m_error);
        return;
    }
    if (m_entries.isEmpty()) {
        addItem(tr("No sync yet."));
        return;
    }
    for (const SyncStore::LogEntry &entry : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(SyncStatusText::logLine(entry), this);
        item->setToolTip(item->text());
    }
}

} // namespace vigia
