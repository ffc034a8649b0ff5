#include "ui/sync/ProjectDevicesPanel.h"

#include "crypto/Fingerprint.h"
#include "project/ProjectManifest.h"
#include "store/Workspace.h"
#include "ui/sync/FingerprintLabel.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigia {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kRoleColumn = 1;
constexpr int kLastBundleColumn = 4;
constexpr int kClockColumn = 5;
constexpr int kUnacknowledgedColumn = 6;
} // namespace

ProjectDevicesPanel::ProjectDevicesPanel(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("projectDevices"));
    m_list->setColumnCount(7);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_revoke = new QPushButton(this);
    m_revoke->setObjectName(QStringLiteral("revokeDevice"));
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProjectDevicesPanel::updateButton);
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            emit revokeRequested(item->data(0, kIdRole).toByteArray(), item->text(0));
    });
    m_pendingBox = new QWidget(this);
    m_pendingTitle = new QLabel(m_pendingBox);
    QFont bold = m_pendingTitle->font();
    bold.setBold(true);
    m_pendingTitle->setFont(bold);
    m_pending = new QTreeWidget(m_pendingBox);
    m_pending->setObjectName(QStringLiteral("pendingRequests"));
    m_pending->setColumnCount(3);
    m_pending->setRootIsDecorated(false);
    m_pending->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pending->setMaximumHeight(m_pending->fontMetrics().lineSpacing() * 6);
    m_compare = new QLabel(m_pendingBox);
    m_compare->setWordWrap(true);
    m_fingerprint = new FingerprintLabel(QStringLiteral("pendingFingerprint"), m_pendingBox);
    m_approve = new QPushButton(m_pendingBox);
    m_approve->setObjectName(QStringLiteral("approveRequest"));
    connect(m_pending, &QTreeWidget::currentItemChanged, this,
            &ProjectDevicesPanel::showPendingRequest);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        const int row = m_pending->indexOfTopLevelItem(m_pending->currentItem());
        if (row >= 0 && row < m_pendingRequests.size())
            emit approveRequested(m_pendingRequests.at(row));
    });
    auto *pending = new QVBoxLayout(m_pendingBox);
    pending->setContentsMargins(0, 0, 0, 0);
    pending->addWidget(m_pendingTitle);
    pending->addWidget(m_pending);
    pending->addWidget(m_compare);
    pending->addWidget(m_fingerprint);
    pending->addWidget(m_approve, 0, Qt::AlignLeft);
    m_pendingBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pendingBox);
    layout->addWidget(m_list);
    layout->addWidget(m_revoke, 0, Qt::AlignLeft);
    retranslate();
    updateButton();
    showPendingRequest();
}

void ProjectDevicesPanel::setPendingRequests(const QList<JoinRequest> &requests)
{
    m_pendingRequests = requests;
    m_pending->clear();
    for (const JoinRequest &r : requests) {
        auto *item = new QTreeWidgetItem(m_pending);
        item->setText(0, r.name);
        item->setText(2, r.fingerprint().section(QLatin1Char(' '), 0, 0));
    }
    m_pendingBox->setVisible(!requests.isEmpty());
    retranslate();
    if (!requests.isEmpty())
        m_pending->setCurrentItem(m_pending->topLevelItem(0));
    showPendingRequest();
}

void ProjectDevicesPanel::showPendingRequest()
{
    const int row = m_pending->indexOfTopLevelItem(m_pending->currentItem());
    const bool chosen = row >= 0 && row < m_pendingRequests.size();
    m_fingerprint->setFingerprint(chosen ? m_pendingRequests.at(row).fingerprint() : QString());
    m_fingerprint->setAccessibleName(
        chosen ? tr("Fingerprint of %1's device").arg(m_pendingRequests.at(row).name) : QString());
    m_approve->setEnabled(chosen);
}

void ProjectDevicesPanel::setManifest(const ProjectManifest &manifest, const QByteArray &ownDevice)
{
    m_ownDevice = ownDevice;
    m_list->clear();
    for (const ManifestDevice &d : manifest.devices) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, d.name);
        item->setData(0, kIdRole, d.id);
        item->setData(kRoleColumn, kIdRole, roleName(d.role));
        item->setText(2, Fingerprint::ofKey(d.signPk));
        item->setText(3, manifest.isRecipient(d.id) ? tr("Yes") : tr("No"));
    }
    retranslate();
    updateButton();
}

void ProjectDevicesPanel::setOverview(const QList<DeviceOverview::Device> &devices)
{
    m_overview = devices;
    showOverview();
}

void ProjectDevicesPanel::showOverview()
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QByteArray id = item->data(0, kIdRole).toByteArray();
        for (const DeviceOverview::Device &d : std::as_const(m_overview)) {
            if (d.id != id)
                continue;
            if (d.lastBundleAt == 0) {
                item->setText(kLastBundleColumn, tr("None yet"));
                item->setText(kClockColumn, QString());
            } else {
                item->setText(
                    kLastBundleColumn,
                    QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.lastBundleAt).toLocalTime(),
                                       QLocale::ShortFormat));
                // Minutes: what a person can check against a wall clock.
                const qint64 minutes = d.skewMs / 60'000;
                item->setText(kClockColumn, d.clockAhead
                                                ? tr("%n minute(s) ahead", nullptr, int(minutes))
                                                : tr("On time"));
            }
            item->setText(kUnacknowledgedColumn, QString::number(d.unacknowledged));
        }
    }
}

int ProjectDevicesPanel::deviceCount() const
{
    return m_list->topLevelItemCount();
}

void ProjectDevicesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProjectDevicesPanel::retranslate()
{
    m_list->setHeaderLabels({tr("Device"), tr("Role"), tr("Fingerprint"), tr("Receives data"),
                             tr("Last bundle"), tr("Clock"), tr("Without receipt")});
    m_list->setAccessibleName(tr("Devices in the project"));
    m_revoke->setText(tr("&Revoke…"));
    m_revoke->setAccessibleName(tr("Revoke the selected device"));
    m_pendingTitle->setText(tr("Waiting to join"));
    m_pending->setHeaderLabels({tr("Device"), tr("Role asked"), tr("Fingerprint starts")});
    m_pending->setAccessibleName(tr("Devices asking to join the project"));
    m_compare->setText(tr("Before approving, call the person and have them read their device's "
                          "fingerprint aloud (their Sync page shows it). It must be this one:"));
    m_approve->setText(tr("A&pprove…"));
    m_approve->setAccessibleName(tr("Approve the selected device"));
    for (int i = 0; i < m_pending->topLevelItemCount() && i < m_pendingRequests.size(); ++i) {
        const bool coordinator = m_pendingRequests.at(i).role == roleName(Role::Coordinator);
        m_pending->topLevelItem(i)->setText(1, coordinator ? tr("Coordinator") : tr("Researcher"));
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool coordinator =
            item->data(kRoleColumn, kIdRole).toString() == roleName(Role::Coordinator);
        item->setText(kRoleColumn, coordinator ? tr("Coordinator") : tr("Researcher"));
    }
    showOverview();
}

void ProjectDevicesPanel::updateButton()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_revoke->setEnabled(item && item->data(0, kIdRole).toByteArray() != m_ownDevice);
}

} // namespace vigia
