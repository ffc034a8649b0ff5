#include "ui/sync/InboxView.h"

#include "oplog/Hlc.h"
#include "project/Inbox.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"
#include "ui/common/CountryFilterBox.h"
#include "ui/common/RowTable.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigia {

namespace {
enum Column
{
    Received,
    Sender,
    Written,
    Source,
    Changes,
    Records,
    State,
    ColumnCount
};

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}
} // namespace

InboxView::InboxView(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
{
    setObjectName(QStringLiteral("inboxView"));
    m_deviceLabel = new QLabel(this);
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("inboxDevice"));
    m_deviceLabel->setBuddy(m_device);
    m_stateLabel = new QLabel(this);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("inboxState"));
    m_stateLabel->setBuddy(m_state);
    m_state->addItem(QString());
    for (InboxEntry::State s : {InboxEntry::State::Applied, InboxEntry::State::AlreadyApplied,
                                InboxEntry::State::Quarantined, InboxEntry::State::Refused})
        m_state->addItem(QString(), int(s));
    m_countryLabel = new QLabel(this);
    m_country = new CountryFilterBox(this);
    m_country->setObjectName(QStringLiteral("inboxCountry"));
    m_countryLabel->setBuddy(m_country);
    m_table = new RowTable(QStringLiteral("inboxTable"), ColumnCount, this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("inboxEmpty"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("inboxDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("inboxOpenRecords"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_deviceLabel);
    filters->addWidget(m_device, 1);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_state, 1);
    filters->addWidget(m_countryLabel);
    filters->addWidget(m_country, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_open, 0, Qt::AlignLeft);

    connect(m_device, &QComboBox::currentIndexChanged, this, &InboxView::refresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &InboxView::refresh);
    connect(m_country, &QComboBox::currentIndexChanged, this, &InboxView::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InboxView::showSelected);
    connect(m_open, &QPushButton::clicked, this, &InboxView::openRecords);
    retranslate();
    refresh();
}

QString InboxView::stateText(InboxEntry::State state)
{
    switch (state) {
    case InboxEntry::State::Applied:
        return tr("Applied");
    case InboxEntry::State::AlreadyApplied:
        return tr("Already applied");
    case InboxEntry::State::Quarantined:
        return tr("Quarantined");
    case InboxEntry::State::Refused:
        return tr("Refused");
    }
    return {};
}

int InboxView::rowCount() const
{
    return m_table->rowCount();
}

void InboxView::fillDevices()
{
    const QByteArray chosen = m_device->currentData().toByteArray();
    auto all = Inbox(m_ws).list();
    QSignalBlocker block(m_device);
    m_device->clear();
    m_device->addItem(tr("All devices"));
    if (all) {
        QList<QByteArray> seen;
        for (const InboxEntry &e : all.value()) {
            if (e.sender.isEmpty() || seen.contains(e.sender))
                continue;
            seen.append(e.sender);
            m_device->addItem(Inbox::senderLabel(e), e.sender);
        }
    }
    const int at = m_device->findData(chosen);
    m_device->setCurrentIndex(at < 0 ? 0 : at);
}

void InboxView::refresh()
{
    if (sender() != m_device && sender() != m_state && sender() != m_country)
        fillDevices();
    Inbox::Filter filter;
    filter.device = m_device->currentData().toByteArray();
    if (m_state->currentData().isValid())
        filter.state = InboxEntry::State(m_state->currentData().toInt());
    filter.country = m_country->country();
    auto entries = Inbox(m_ws).list(filter);
    m_entries = entries ? entries.value() : QList<InboxEntry>();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const InboxEntry &e = m_entries.at(row);
        const QString texts[ColumnCount] = {
            localTime(e.receivedAt),
            Inbox::senderLabel(e),
            e.createdHlc ? localTime(Hlc::physical(e.createdHlc)) : QString(),
            e.fromHub() ? tr("Hub") : e.file,
            QLocale().toString(e.ops),
            e.records < 0 ? tr("unknown") : QLocale().toString(e.records),
            stateText(e.state)};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(texts[c]));
    }
    m_table->resizeColumnsToContents();
    m_empty->setVisible(m_entries.isEmpty());
    m_empty->setText(!entries ? entries.error().message()
                              : tr("No bundle received matches these filters."));
    showSelected();
}

void InboxView::showSelected()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_entries.size() && !m_table->selectedItems().isEmpty();
    m_open->setEnabled(any && !m_entries.at(row).bundleId.isEmpty() &&
                       (m_entries.at(row).state == InboxEntry::State::Applied ||
                        m_entries.at(row).state == InboxEntry::State::AlreadyApplied ||
                        m_entries.at(row).state == InboxEntry::State::Quarantined));
    if (!any) {
        m_detail->clear();
        return;
    }
    const InboxEntry &e = m_entries.at(row);
    QStringList lines;
    lines << tr("Bundle %1 from %2")
                 .arg(QString::fromLatin1(e.bundleId.toHex().left(16)), Inbox::senderLabel(e));
    if (!e.fingerprint.isEmpty())
        lines << tr("Fingerprint: %1").arg(e.fingerprint);
    if (!e.reason.isEmpty())
        lines << tr("Why: %1").arg(e.reason);
    if (!e.release.isEmpty())
        lines << tr("What would release it: %1").arg(e.release);
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void InboxView::openRecords()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    auto records = Inbox(m_ws).recordsOf(m_entries.at(row).bundleId);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("inboxRecordsDialog"));
    dialog.setWindowTitle(tr("Records changed by this bundle"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("inboxRecordsList"));
    if (records) {
        for (const QUuid &id : records.value()) {
            auto record = m_ws.records().get(id);
            QString text = id.toString(QUuid::WithoutBraces).left(8);
            if (record)
                text = tr("%1 · %2").arg(record.value().formId, text);
            auto *item = new QListWidgetItem(text, list);
            item->setData(Qt::UserRole, id);
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(
        records ? tr("%n record(s) changed by this bundle:", nullptr, int(records.value().size()))
                : records.error().message(),
        &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addWidget(buttons);
    QUuid chosen;
    const auto open = [&] {
        if (QListWidgetItem *item = list->currentItem()) {
            chosen = item->data(Qt::UserRole).toUuid();
            dialog.accept();
        }
    };
    connect(buttons, &QDialogButtonBox::accepted, &dialog, open);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, &dialog, open);
    if (list->count() > 0)
        list->setCurrentRow(0);
    if (dialog.exec() == QDialog::Accepted && !chosen.isNull())
        emit openRecordRequested(chosen);
}

void InboxView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InboxView::retranslate()
{
    m_deviceLabel->setText(tr("Device:"));
    m_stateLabel->setText(tr("State:"));
    m_countryLabel->setText(tr("Country:"));
    m_country->setAccessibleName(tr("Filter by country"));
    m_state->setItemText(0, tr("All states"));
    for (int i = 1; i < m_state->count(); ++i)
        m_state->setItemText(i, stateText(InboxEntry::State(m_state->itemData(i).toInt())));
    if (m_device->count() > 0)
        m_device->setItemText(0, tr("All devices"));
    m_table->setHorizontalHeaderLabels({tr("Received"), tr("Sender"), tr("Written"), tr("From"),
                                        tr("Changes"), tr("Records"), tr("State")});
    m_open->setText(tr("Open records…"));
    m_open->setToolTip(tr("The records the selected bundle changed"));
    m_open->setAccessibleName(m_open->toolTip());
    showSelected();
}

} // namespace vigia
