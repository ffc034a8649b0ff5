#include "ui/shell/ShortcutsDialog.h"

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

QKeySequence ShortcutsDialog::key()
{
    return QKeySequence(Qt::Key_F1);
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
    // The same keys MainWindow, RecordsPage, RecordEditor and the coding
    // controller bind; NativeText spells them in the interface language.
    const auto keys = [](const QKeySequence &k) { return k.toString(QKeySequence::NativeText); };
    const QList<QPair<QString, QString>> rows{
        {keys(QKeySequence(Qt::CTRL | Qt::Key_N)), tr("Start a new record")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_F)), tr("Search the records")},
        {keys(QKeySequence(Qt::Key_Return)), tr("Open the selected record")},
        {keys(QKeySequence(Qt::Key_Delete)), tr("Delete the selected record (it can be restored)")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_S)), tr("Save the draft now")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Finalize the record")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Z)), tr("Undo the last change")},
        {keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)), tr("Redo the change undone")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_K)), tr("Code the selected text")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_L)), tr("Lock Vigia now")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_1)), tr("Go to Records")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_2)), tr("Go to Codebook")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_3)), tr("Go to Sync")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_4)), tr("Go to Settings")},
        {keys(key()), tr("Show this list")},
    };
    m_list->clear();
    for (const auto &[k, action] : rows)
        m_list->addTopLevelItem(new QTreeWidgetItem(QStringList{k, action}));
}

} // namespace vigia
