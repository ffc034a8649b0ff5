#include "ui/monitoring/TargetsModel.h"

#include "monitoring/ProgressCalculator.h"
#include "store/ReviewStore.h"
#include "store/TargetStore.h"
#include "store/Workspace.h"

#include <QLocale>

namespace vigia {

namespace {
QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

QString date(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}
} // namespace

TargetsModel::TargetsModel(Workspace &ws, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ws(ws)
{}

bool TargetsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    TargetStore targets(m_ws.database(), m_ws.oplog(), m_ws.role());
    ReviewStore reviews(m_ws.database(), m_ws.oplog(), m_ws.role());
    ProgressCalculator calculator(targets, reviews);
    auto progress = calculator.progress();
    if (progress)
        m_rows = progress.take();
    else
        m_error = progress.error().message();
    endResetModel();
    return m_error.isEmpty();
}

int TargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TargetsModel::text(const TargetProgress &p, int column) const
{
    const Target &t = p.target;
    switch (column) {
    case CountryColumn:
        return t.country;
    case IndicatorColumn:
        return t.indicator;
    case BreakdownColumn:
        return t.disaggregation.isEmpty() ? tr("total") : t.disaggregation;
    case TargetColumn:
        return tr("%1 %2 by %3").arg(number(t.targetValue), t.unit, date(t.targetDate));
    case LatestColumn:
        return p.latestValue ? tr("%1 (to %2)").arg(number(*p.latestValue), date(p.periodEnd))
                             : QString();
    case ExpectedColumn:
        return p.expected ? number(*p.expected) : QString();
    case StatusColumn:
        return p.error.isError() ? tr("cannot compare") : ProgressStatusText::label(p.status);
    default:
        return {};
    }
}

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TargetProgress &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(p, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && p.error.isError())
            return p.error.message();
        return {};
    case StatusRole:
        return int(p.status);
    case Qt::TextAlignmentRole:
        if (index.column() == LatestColumn || index.column() == ExpectedColumn ||
            index.column() == TargetColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CountryColumn:
        return tr("Country");
    case IndicatorColumn:
        return tr("Indicator");
    case BreakdownColumn:
        return tr("Breakdown");
    case TargetColumn:
        return tr("Target");
    case LatestColumn:
        return tr("Latest value");
    case ExpectedColumn:
        return tr("Milestone path");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace vigia
