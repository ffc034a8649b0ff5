#pragma once

#include "project/RecordHistory.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vigia {

// A record's history (core History) as a read-only table, oldest first:
// when, who, which answer, the value, how it arrived and whether it took
// part in a conflict. Values History redacted show as removed: the model
// never has more than History gives it.
class RecordHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        FieldColumn,
        ValueColumn,
        DeviceColumn,
        ViaColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        FieldRole = Qt::UserRole + 1, // the op's field name
    };

    explicit RecordHistoryModel(QObject *parent = nullptr);

    void setHistory(const RecordHistory &history);
    void clear();
    // Field name -> the question people read, for the answer column.
    void setFieldLabels(const QHash<QString, QString> &labels);
    [[nodiscard]] const RecordHistory &history() const { return m_history; }
    // The answer's name as people read it: its question, or what a field of
    // Vigia's own (_status, _deleted…) means.
    [[nodiscard]] QString fieldText(const QString &field) const;
    // Headers and texts again, after the interface language changed.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] static QString valueText(const QCborValue &value);
    [[nodiscard]] QString text(const RecordHistory::Change &c, int column) const;

    RecordHistory m_history;
    QHash<QString, QString> m_labels;
};

} // namespace vigia
