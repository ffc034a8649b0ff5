#pragma once

#include "monitoring/TargetProgress.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigia {

class Workspace;

// Every target with its progress (docs/monitoring.md), one row each, read
// through TargetStore and ProgressCalculator. Numbers and dates follow the
// interface's locale; the status column carries the ProgressStatus in
// StatusRole.
class TargetsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CountryColumn,
        IndicatorColumn,
        BreakdownColumn,
        TargetColumn,
        LatestColumn,
        ExpectedColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit TargetsModel(Workspace &ws, QObject *parent = nullptr);

    // Re-reads targets and reports. Returns false (the model left empty) if
    // the store could not be read; errorString() says why.
    bool reload();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] const QList<TargetProgress> &rows() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QString text(const TargetProgress &p, int column) const;

    Workspace &m_ws;
    QList<TargetProgress> m_rows;
    QString m_error;
};

} // namespace vigia
