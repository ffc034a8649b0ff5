#include "ui/sync/BundleImportResults.h"

#include "ui/sync/PlainMessage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>

namespace vigia {

namespace {
constexpr int kResultColumn = 1;

QString outcomeKey(const Result<ChangeImporter::Outcome> &result)
{
    if (!result)
        return QStringLiteral("refused");
    switch (result.value().kind) {
    case ChangeImporter::Outcome::Kind::Applied:
        return QStringLiteral("applied");
    case ChangeImporter::Outcome::Kind::AlreadyApplied:
        return QStringLiteral("already_applied");
    case ChangeImporter::Outcome::Kind::Quarantined:
        return QStringLiteral("quarantined");
    }
    return QStringLiteral("refused");
}
} // namespace

BundleImportResults::BundleImportResults(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("importResults"));
    setColumnCount(3);
    setRootIsDecorated(false);
    setWordWrap(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(kResultColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    retranslate();
}

void BundleImportResults::addResult(const QString &path,
                                    const Result<ChangeImporter::Outcome> &result)
{
    auto *item = new QTreeWidgetItem(this);
    item->setText(0, QFileInfo(path).fileName());
    item->setToolTip(0, QDir::toNativeSeparators(path));
    item->setData(kResultColumn, kOutcomeRole, outcomeKey(result));
    const QString message = PlainMessage::withoutCommandLines(result ? result.value().message
                                                                     : result.error().message());
    item->setText(2, message);
    item->setToolTip(2, message);
    retranslate();
    scrollToItem(item);
}

void BundleImportResults::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void BundleImportResults::retranslate()
{
    setHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    setAccessibleName(tr("Results of the last import"));
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const QString key = item->data(kResultColumn, kOutcomeRole).toString();
        QString text;
        if (key == QLatin1String("applied"))
            text = tr("Applied");
        else if (key == QLatin1String("already_applied"))
            text = tr("Already applied");
        else if (key == QLatin1String("quarantined"))
            text = tr("Waiting for the sender's approval");
        else
            text = tr("Refused");
        item->setText(kResultColumn, text);
    }
}

} // namespace vigia
