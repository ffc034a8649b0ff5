#pragma once

#include "export/ExportRecord.h"
#include "export/ExportTable.h"
#include "export/ExportValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace vigia {

class Deidentifier;
class FormDefinition;
class FormRow;

// The tables one form version exports to, and how a record becomes their
// rows: the records table first (one row per record), then one table per
// repeat in form order (one row per instance, keyed by the record's id, the
// address of the enclosing instance for a nested repeat, and the
// instance's number). Fields the de-identification leaves out are kept
// aside in removed() for the dictionary.
class ExportLayout
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ExportLayout)

public:
    // `cells` may borrow the record's text (ExportValue::fromUtf8): they are
    // valid during the call only.
    using RowSink = std::function<void(int table, const QList<ExportValue> &cells)>;

    ExportLayout(const FormDefinition &form, const Deidentifier &deidentifier);

    [[nodiscard]] const QList<ExportTable> &tables() const { return m_tables; }
    // The fields left out of table `table`, with why.
    [[nodiscard]] QList<ExportColumn> removed(int table) const { return m_removed.value(table); }
    // The records table's column of the field `name`, or -1.
    [[nodiscard]] int mainColumn(const QString &name) const;
    // Every row `record` contributes, records table first, then each
    // repeat's instances in order.
    void rows(const ExportRecord &record, const RowSink &sink) const;

private:
    struct Place
    {
        int table = 0;
        int column = 0;
    };
    // `groups` is the group path in the table's repeat level ("respondent/"),
    // `shared` the level's names used twice: such a field's column and
    // address hold its group path.
    void addRows(const QList<FormRow> &rows, int table, bool sensitive,
                 const QSet<QString> &sensitiveNames, const QString &groups,
                 const QSet<QString> &shared);
    void addRepeat(const FormRow &repeat, bool sensitive, const QSet<QString> &sensitiveNames);
    [[nodiscard]] ExportValue cell(const ExportColumn &column, QByteArrayView stored) const;
    [[nodiscard]] static QString placeKey(const QString &repeat, const QString &field);

    const Deidentifier &m_deidentifier;
    QString m_formId;
    QString m_formVersion;
    QList<ExportTable> m_tables;
    QHash<int, QList<ExportColumn>> m_removed; // by table
    // placeKey(repeat, field name) -> where its answers go
    QHash<QString, Place> m_places;
    QHash<QString, int> m_repeatTables; // repeat name -> its table
    QList<int> m_parentTable;           // per table: the enclosing repeat's table, or -1
    // The records table's field columns sorted by field, as a record's
    // answers are: a record's row is one walk along both lists.
    QList<std::pair<QString, int>> m_mainByField;
};

} // namespace vigia
