#include "ui/records/RecordHistoryModel.h"

#include "oplog/Hlc.h"
#include "ui/common/DateText.h"
#include "ui/common/OpValueText.h"

#include <QDateTime>
#include <QLocale>

namespace vigia {

RecordHistoryModel::RecordHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RecordHistoryModel::setHistory(const RecordHistory &history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
}

void RecordHistoryModel::clear()
{
    setHistory({});
}

void RecordHistoryModel::setFieldLabels(const QHash<QString, QString> &labels)
{
    beginResetModel();
    m_labels = labels;
    endResetModel();
}

void RecordHistoryModel::retranslate()
{
    beginResetModel();
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RecordHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.changes.size());
}

int RecordHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordHistoryModel::fieldText(const QString &field) const
{
    if (const QString label = m_labels.value(field); !label.isEmpty())
        return label;
    if (field == QLatin1String("_status"))
        return tr("Status");
    if (field == QLatin1String("_deleted"))
        return tr("Deleted");
    if (field == QLatin1String("_form"))
        return tr("Form");
    if (field == QLatin1String("_form_version"))
        return tr("Form version");
    if (field == QLatin1String("_redact"))
        return tr("Answer removed");
    return field;
}

QString RecordHistoryModel::valueText(const QCborValue &value)
{
    return OpValueText::of(value);
}

QString RecordHistoryModel::text(const RecordHistory::Change &c, int column) const
{
    switch (column) {
    case TimeColumn:
        return DateText::dateTime(
            QDateTime::fromMSecsSinceEpoch(qint64(Hlc::physical(c.hlc))).toLocalTime());
    case DeviceColumn:
        return c.device;
    case FieldColumn:
        return fieldText(c.field);
    case ValueColumn:
        return valueText(c.value);
    case ViaColumn:
        if (c.writtenHere)
            return tr("Written here");
        if (c.bundleId.isEmpty())
            return tr("Bundle unknown");
        return tr("Bundle %1").arg(QString::fromLatin1(c.bundleId.toHex().left(8)));
    case NoteColumn:
        if (c.draft)
            return tr("Draft, never sent");
        if (c.resolution)
            return tr("Resolved a conflict");
        if (c.conflicting)
            return tr("In conflict");
        return {};
    default:
        return {};
    }
}

QVariant RecordHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_history.changes.size())
        return {};
    const RecordHistory::Change &c = m_history.changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // A narrative on one line, its line breaks marked: the view elides
        // its middle, so an added last line still shows. All of it is in
        // the tooltip.
        QString t = text(c, index.column());
        if (index.column() == ValueColumn)
            t.replace(QLatin1Char('\n'), QStringLiteral(" ¶ "));
        return t;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return text(c, index.column());
    case FieldRole:
        return c.field;
    default:
        return {};
    }
}

QVariant RecordHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case DeviceColumn:
        return tr("Device");
    case FieldColumn:
        return tr("Answer");
    case ValueColumn:
        return tr("Value");
    case ViaColumn:
        return tr("Arrived through");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace vigia
