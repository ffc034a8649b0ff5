#include "ui/codebook/CodebookModel.h"

#include "store/Codebook.h"
#include "store/Workspace.h"

#include <QLocale>
#include <QMimeData>

#include <functional>

namespace vigia {

namespace {
const QString kMime = QStringLiteral("application/x-vigia-code-id");
} // namespace

CodebookModel::CodebookModel(Workspace &ws, QObject *parent)
    : QStandardItemModel(parent)
    , m_ws(ws)
{
    retitle();
}

QString CodebookModel::interfaceLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Spanish:
        return QStringLiteral("es");
    case QLocale::Portuguese:
        return QStringLiteral("pt");
    default:
        return QStringLiteral("en");
    }
}

void CodebookModel::retitle()
{
    setHorizontalHeaderLabels({tr("Code"), tr("Codings")});
}

bool CodebookModel::reload()
{
    const QString lang = interfaceLanguage();
    Codebook book(m_ws.database(), m_ws.oplog());
    auto tree = book.tree(lang);
    // clear() would also drop the columns, and views forget their header
    // settings (stretch, hidden count column) with them.
    removeRows(0, rowCount());
    m_codes.clear();
    retitle();
    if (!tree) {
        m_error = tree.error().message();
        return false;
    }
    m_error.clear();
    const std::function<void(QStandardItem *, const QList<CodeNode> &)> add =
        [&](QStandardItem *parentItem, const QList<CodeNode> &nodes) {
            for (const CodeNode &node : nodes) {
                const Code &c = node.code;
                m_codes.insert(c.id, c);
                auto *name = new QStandardItem(c.name(lang));
                name->setData(c.id, IdRole);
                name->setData(node.totalCount, TotalCountRole);
                name->setData(QColor(c.color), Qt::DecorationRole);
                name->setToolTip(c.description);
                name->setEditable(false);
                name->setFlags(name->flags() | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
                const QString count = node.totalCount == c.count
                                          ? QLocale().toString(c.count)
                                          : tr("%1 (%2 with sub-codes)")
                                                .arg(QLocale().toString(c.count),
                                                     QLocale().toString(node.totalCount));
                auto *countItem = new QStandardItem(count);
                countItem->setData(c.id, IdRole);
                countItem->setEditable(false);
                countItem->setFlags(countItem->flags() & ~Qt::ItemIsDropEnabled);
                countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                parentItem->appendRow({name, countItem});
                add(name, node.children);
            }
        };
    add(invisibleRootItem(), tree.value());
    return true;
}

QModelIndex CodebookModel::indexOf(const QUuid &id) const
{
    if (id.isNull())
        return {};
    const QModelIndexList found =
        match(index(0, NameColumn), IdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

QUuid CodebookModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? index.siblingAtColumn(NameColumn).data(IdRole).toUuid() : QUuid();
}

Qt::DropActions CodebookModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList CodebookModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *CodebookModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        const QUuid id = idAt(i);
        if (!id.isNull()) {
            auto *data = new QMimeData;
            data->setData(kMime, id.toByteArray());
            return data;
        }
    }
    return nullptr;
}

bool CodebookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMime))
        return false;
    const QUuid code(data->data(kMime));
    if (code.isNull())
        return false;
    // Queued: the view is still inside its drag handling, and the move
    // reloads this model.
    const QUuid target = idAt(parent);
    QMetaObject::invokeMethod(
        this, [this, code, target] { emit moveRequested(code, target); }, Qt::QueuedConnection);
    // False: the view must not remove the dragged row; reload() redraws.
    return false;
}

} // namespace vigia
