#pragma once

#include "common/Result.h"
#include "store/RecordFilter.h"
#include "store/RecordSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace vigia {

class Workspace;

// The records of the workspace as a lazy table: pages are read from the
// store only when the view asks for more (canFetchMore/fetchMore), so a list
// of 100 000 records opens with one page read. Sorting and filtering are
// done by the store in SQL.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SummaryColumn,
        FormColumn,
        CountryColumn,
        DateColumn,
        StatusColumn,
        UpdatedColumn,
        ReviewColumn, // the review state of finalized records
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        // The words of the current search in the summary, for the delegate
        // that highlights them (other columns have none).
        SearchWordsRole,
    };

    static constexpr int kPageSize = 100;

    explicit RecordListModel(Workspace &ws, QObject *parent = nullptr);

    // Replaces the filter (sorting kept) and reloads from the first page.
    void setFilter(const RecordFilter &filter);
    [[nodiscard]] const RecordFilter &filter() const { return m_filter; }
    // Reloads the loaded rows, after records changed.
    void reload();
    // Headers and texts again, after the interface language changed.
    void retranslate();
    // How many records match the filter, counted by the store.
    // With `cap` > 0, at most cap + 1 (RecordStore::summaryCount).
    [[nodiscard]] Result<int> matchingCount(int cap = 0) const;

    [[nodiscard]] QUuid idAt(int row) const;
    [[nodiscard]] int rowOf(const QUuid &id) const;
    [[nodiscard]] QStringList searchWords() const { return m_words; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void loadFailed(const QString &message);

private:
    void loadFormTitles();
    [[nodiscard]] QString formTitle(const QString &formId) const;
    [[nodiscard]] QString statusText(const RecordSummary &r) const;
    [[nodiscard]] QVariant reviewFlag(const RecordSummary &r, int role) const;
    [[nodiscard]] QString summaryText(const RecordSummary &r) const;
    [[nodiscard]] QString format(const RecordSummary &r, int column) const;
    [[nodiscard]] QString shown(int row, int column) const;

    Workspace &m_ws;
    RecordFilter m_filter;
    QList<RecordSummary> m_rows;
    QHash<QString, QHash<QString, QString>> m_formTitles; // form id → language → title
    QStringList m_words;
    // The text shown in each cell, formatted on first use: a paint asks for
    // every visible cell, and dates and times format slowly. Cleared when the
    // rows or the language change.
    mutable QList<std::array<std::optional<QString>, ColumnCount>> m_shown;
    bool m_exhausted = false;
};

} // namespace vigia
