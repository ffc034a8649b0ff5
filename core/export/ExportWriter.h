#pragma once

#include "common/Result.h"
#include "export/ExportTable.h"
#include "export/ExportValue.h"

#include <QList>
#include <QStringList>

namespace vigia {

class FormDefinition;

// Where an export's tables go: CSV files (CsvExporter) or one workbook
// (XlsxExporter). The Exporter feeds it one form version at a time, row by
// row, so a writer keeps no more than a buffer per table in memory.
class ExportWriter
{
public:
    virtual ~ExportWriter() = default;

    // Starts the tables of one form version; returns where each goes (a
    // file or a sheet name), in the tables' order.
    [[nodiscard]] virtual Result<QStringList> beginForm(const QList<ExportTable> &tables,
                                                        const FormDefinition &form) = 0;
    // One row of table `table` (an index into beginForm's list).
    [[nodiscard]] virtual Status writeRow(int table, const QList<ExportValue> &cells) = 0;
    [[nodiscard]] virtual Status endForm() = 0;
    // A small table written whole (the dictionary, the aggregate tables);
    // returns where it went.
    [[nodiscard]] virtual Result<QString> writeTextTable(const QString &name,
                                                         const QStringList &header,
                                                         const QList<QStringList> &rows) = 0;
    // Completes the files; the files written, as names inside the folder.
    [[nodiscard]] virtual Result<QStringList> finish() = 0;
};

} // namespace vigia
