#include "ui/codebook/CodebookPickerDialog.h"

#include "ui/codebook/CodebookModel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace vigia {

namespace {
constexpr int kTopLevelRole = CodebookModel::TotalCountRole + 1;
} // namespace

CodebookPickerDialog::CodebookPickerDialog(Workspace &ws, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
{
    setWindowTitle(title);
    m_model = new CodebookModel(ws, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(CodebookModel::NameColumn);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("codeFilter"));
    m_filter->setPlaceholderText(tr("Type to find a code"));
    m_filter->setAccessibleName(tr("Find a code"));
    m_filter->setClearButtonEnabled(true);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("codeTree"));
    m_view->setAccessibleName(tr("Codes"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setColumnHidden(CodebookModel::CountColumn, true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
        if (!m_view->currentIndex().isValid() || text.size() > 0) {
            const QModelIndex first = m_proxy->index(0, 0);
            QModelIndex leaf = first;
            // The first match is usually a group: prefer the first code that
            // matches itself.
            const QModelIndexList hits = m_proxy->match(first, Qt::DisplayRole, text, 1,
                                                        Qt::MatchContains | Qt::MatchRecursive);
            if (!hits.isEmpty())
                leaf = hits.first();
            m_view->setCurrentIndex(leaf);
        }
    });
    // Arrows in the filter move through the list, so typing and picking need
    // no mouse.
    m_filter->installEventFilter(this);
    connect(m_view, &QTreeView::activated, this, &CodebookPickerDialog::accept);
    refill();
    m_filter->setFocus();
    resize(420, 480);
}

void CodebookPickerDialog::refill()
{
    m_model->reload();
    if (m_topLevel) {
        auto *top = new QStandardItem(tr("Top level (no parent)"));
        top->setData(true, kTopLevelRole);
        top->setEditable(false);
        m_model->insertRow(0, top);
    }
    if (!m_excluded.isNull()) {
        const QModelIndex ex = m_model->indexOf(m_excluded);
        if (ex.isValid())
            m_model->removeRow(ex.row(), ex.parent());
    }
    m_view->expandAll();
    m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void CodebookPickerDialog::setTopLevelAllowed(bool allowed)
{
    m_topLevel = allowed;
    refill();
}

void CodebookPickerDialog::excludeSubtree(const QUuid &id)
{
    m_excluded = id;
    refill();
}

void CodebookPickerDialog::setCurrent(const QUuid &id)
{
    const QModelIndex source = m_model->indexOf(id);
    if (source.isValid())
        m_view->setCurrentIndex(m_proxy->mapFromSource(source));
}

bool CodebookPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            const auto *press = static_cast<QKeyEvent *>(event);
            QKeyEvent copy(QEvent::KeyPress, press->key(), press->modifiers());
            QCoreApplication::sendEvent(m_view, &copy);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CodebookPickerDialog::accept()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return;
    m_topLevelChosen = current.siblingAtColumn(0).data(kTopLevelRole).toBool();
    m_selected = m_topLevelChosen ? QUuid() : m_model->idAt(current);
    if (!m_topLevelChosen && m_selected.isNull())
        return;
    QDialog::accept();
}

} // namespace vigia
