#include "ui/records/RecordListModel.h"

#include "oplog/Hlc.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"
#include "ui/common/DateText.h"
#include "ui/records/ReviewBar.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QStyle>

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace vigia {

namespace {
constexpr int kSummaryLength = 160;

QString interfaceLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}
} // namespace

RecordListModel::RecordListModel(Workspace &ws, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ws(ws)
{
    m_filter.limit = kPageSize;
    loadFormTitles();
}

void RecordListModel::loadFormTitles()
{
    m_formTitles.clear();
    auto forms = m_ws.forms().list();
    if (!forms)
        return;
    // Versions come oldest first, so the latest title wins.
    for (const FormStore::Entry &e : forms.value()) {
        QHash<QString, QString> titles;
        for (auto it = e.title.texts().cbegin(); it != e.title.texts().cend(); ++it)
            titles.insert(it.key(), it.value());
        titles.insert(QString(), e.title.text(e.defaultLanguage, e.defaultLanguage));
        m_formTitles.insert(e.formId, titles);
    }
}

QString RecordListModel::formTitle(const QString &formId) const
{
    auto it = m_formTitles.constFind(formId);
    if (it == m_formTitles.cend()) {
        // A form imported since the titles were read.
        const_cast<RecordListModel *>(this)->loadFormTitles();
        it = m_formTitles.constFind(formId);
        if (it == m_formTitles.cend()) {
            const_cast<RecordListModel *>(this)->m_formTitles.insert(formId, {});
            return formId;
        }
    }
    const QString own = it->value(interfaceLanguage());
    if (!own.isEmpty())
        return own;
    const QString fallback = it->value(QString());
    return fallback.isEmpty() ? formId : fallback;
}

void RecordListModel::setFilter(const RecordFilter &filter)
{
    const RecordSort sort = m_filter.sort;
    const bool ascending = m_filter.ascending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.ascending = ascending;
    m_filter.limit = kPageSize;
    m_filter.offset = 0;
    m_words = RecordStore::searchWords(m_filter.search);
    reload();
}

void RecordListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_shown.clear();
    m_exhausted = false;
    endResetModel();
    // The first page at once: a view that is not shown yet would not ask.
    fetchMore({});
}

void RecordListModel::retranslate()
{
    m_shown.clear();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

Result<int> RecordListModel::matchingCount(int cap) const
{
    return m_ws.records().summaryCount(m_filter, cap);
}

QUuid RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QUuid();
}

int RecordListModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    RecordFilter page = m_filter;
    page.offset = int(m_rows.size());
    page.limit = kPageSize;
    auto rows = m_ws.records().summaries(page);
    if (!rows) {
        m_exhausted = true;
        emit loadFailed(rows.error().message());
        return;
    }
    if (rows.value().size() < kPageSize)
        m_exhausted = true;
    if (rows.value().isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.value().size() - 1));
    if (m_rows.isEmpty())
        m_rows = std::move(rows.value());
    else
        m_rows.append(rows.value());
    endInsertRows();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, RecordSort> byColumn{
        {FormColumn, RecordSort::ByForm},       {CountryColumn, RecordSort::ByCountry},
        {DateColumn, RecordSort::ByDate},       {StatusColumn, RecordSort::ByStatus},
        {UpdatedColumn, RecordSort::ByUpdated}, {ReviewColumn, RecordSort::ByReview}};
    // The summary is not a column of the store: it keeps the latest first.
    m_filter.sort = byColumn.value(column, RecordSort::ByUpdated);
    m_filter.ascending = column == SummaryColumn ? false : order == Qt::AscendingOrder;
    reload();
}

QString RecordListModel::statusText(const RecordSummary &r) const
{
    if (r.deleted)
        return tr("Deleted");
    if (r.status == RecordStatus::Finalized)
        return tr("Finalized");
    return tr("Draft");
}

QVariant RecordListModel::reviewFlag(const RecordSummary &r, int role) const
{
    Q_UNUSED(r);
    // "Needs changes" is the one state that asks something of the reader:
    // it stands out in the column without relying on colour alone.
    if (role == Qt::DecorationRole)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QFont bold;
    bold.setBold(true);
    return bold;
}

QString RecordListModel::summaryText(const RecordSummary &r) const
{
    QString text = r.summary().simplified();
    if (text.isEmpty())
        return tr("(no text yet)");
    // With a search, show the part around the first match.
    int start = 0;
    for (const QString &w : m_words) {
        const int at = text.indexOf(w, 0, Qt::CaseInsensitive);
        if (at >= 0) {
            start = qMax(0, at - kSummaryLength / 4);
            break;
        }
    }
    QString out = text.mid(start, kSummaryLength);
    if (start > 0)
        out.prepend(QStringLiteral("…"));
    if (start + kSummaryLength < text.size())
        out.append(QStringLiteral("…"));
    return out;
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RecordSummary &r = m_rows[index.row()];
    if (role == IdRole)
        return r.id;
    if (role == SearchWordsRole)
        return index.column() == SummaryColumn ? QVariant(m_words) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return r.summary().left(1000);
    if (index.column() == ReviewColumn && r.review == ReviewState::NeedsChanges &&
        (role == Qt::DecorationRole || role == Qt::FontRole))
        return reviewFlag(r, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    return shown(index.row(), index.column());
}

QString RecordListModel::shown(int row, int column) const
{
    if (m_shown.size() < m_rows.size())
        m_shown.resize(m_rows.size());
    std::optional<QString> &text = m_shown[row][size_t(column)];
    if (!text)
        text = format(m_rows[row], column);
    return *text;
}

QString RecordListModel::format(const RecordSummary &r, int column) const
{
    switch (column) {
    case SummaryColumn:
        return summaryText(r);
    case FormColumn:
        return formTitle(r.formId);
    case CountryColumn:
        return r.country;
    case DateColumn: {
        const QDate d = QDate::fromString(r.date, Qt::ISODate);
        return d.isValid() ? DateText::date(d) : r.date;
    }
    case StatusColumn:
        return statusText(r);
    case UpdatedColumn: {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(Hlc::physical(r.updatedHlc));
        return DateText::dateTime(t.toLocalTime());
    }
    case ReviewColumn:
        return r.review && !r.deleted ? ReviewBar::stateText(*r.review) : QString();
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SummaryColumn:
        return tr("Summary");
    case FormColumn:
        return tr("Form");
    case CountryColumn:
        return tr("Country");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Last change");
    case ReviewColumn:
        return tr("Review");
    default:
        return {};
    }
}

} // namespace vigia
