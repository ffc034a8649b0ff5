#include "ui/sync/QuarantinePanel.h"

#include "common/UuidText.h"
#include "project/ProjectManifest.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace vigia {

QuarantinePanel::QuarantinePanel(QWidget *parent)
    : QWidget(parent)
{
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("quarantineEmpty"));
    m_empty->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("quarantineList"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    retranslate();
    setEntries({}, nullptr);
}

void QuarantinePanel::setEntries(const QList<ChangeImporter::Quarantined> &entries,
                                 const ProjectManifest *manifest)
{
    m_list->clear();
    for (const ChangeImporter::Quarantined &q : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::fromLatin1(q.bundleId.toHex().left(16)));
        const ManifestDevice *device = manifest ? manifest->device(q.sender) : nullptr;
        item->setText(1, device ? device->name : UuidText::of(q.sender));
        item->setText(2, QFileInfo(q.file).fileName());
    }
    m_list->setVisible(!entries.isEmpty());
    m_empty->setVisible(entries.isEmpty());
}

int QuarantinePanel::count() const
{
    return m_list->topLevelItemCount();
}

void QuarantinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuarantinePanel::retranslate()
{
    m_empty->setText(tr("No bundles are waiting in quarantine."));
    m_list->setHeaderLabels({tr("Bundle"), tr("Sender"), tr("File")});
    m_list->setAccessibleName(tr("Bundles waiting for their sender's approval"));
    m_list->setToolTip(tr("These bundles come from devices the project has not approved yet. "
                          "They are imported by themselves once a manifest approves the "
                          "sender."));
}

} // namespace vigia
