#include "ui/shell/ShortcutsDialog.h"

#include "ui/common/KeyBindings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigia {

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    retranslate();
    resize(520, 420);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Keys"), tr("Action")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    // NativeText spells the keys in the interface language.
    const QList<QPair<QKeySequence, QString>> rows{
        {keys::newRecord(), tr("Start a new record")},
        {keys::search(), tr("Search the records")},
        {QKeySequence(Qt::Key_Return), tr("Open the selected record")},
        {QKeySequence(QKeySequence::Delete), tr("Delete the selected record (it can be restored)")},
        {QKeySequence(QKeySequence::Save), tr("Save the draft now")},
        {keys::finalize(), tr("Finalize the record")},
        {keys::nextProblem(), tr("Go to the next field to correct")},
        {keys::answerHistory(), tr("Show the history of the answer with the focus")},
        {QKeySequence(QKeySequence::Undo), tr("Undo the last change")},
        {keys::redo(), tr("Redo the change undone")},
        {keys::applyCode(), tr("Code the selected text")},
        {keys::lock(), tr("Lock Vigia now")},
        {keys::page(0), tr("Go to Records")},
        {keys::page(1), tr("Go to Codebook")},
        {keys::page(2), tr("Go to Targets")},
        {keys::page(3), tr("Go to Dashboard")},
        {keys::page(4), tr("Go to Sync")},
        {keys::page(5), tr("Go to Settings")},
        {keys::shortcutsList(), tr("Show this list")},
    };
    m_list->clear();
    for (const auto &[k, action] : rows)
        m_list->addTopLevelItem(
            new QTreeWidgetItem(QStringList{k.toString(QKeySequence::NativeText), action}));
}

} // namespace vigia
