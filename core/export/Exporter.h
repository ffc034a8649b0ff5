#pragma once

#include "common/Result.h"
#include "export/ExportOptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace vigia {

class Database;
class FormStore;

// Runs an export (docs/exports.md): the finalized records of each form
// version, read a page at a time, written through a CsvExporter or an
// XlsxExporter with the dictionary and, when de-identified, the aggregate
// tables. Everything is written into a temporary folder inside `outDir`
// and moved in only once complete: a failed or cancelled export leaves no
// file behind. Files of the same names already in `outDir` are replaced.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::Exporter)

public:
    // Called after each page with the records written so far and the total;
    // returning false cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Outcome
    {
        QStringList files; // names inside outDir
        qint64 records = 0;
        bool cancelled = false; // then nothing was written
    };

    Exporter(Database &db, FormStore &forms);

    [[nodiscard]] Result<Outcome> run(const QString &outDir, const ExportOptions &options,
                                      const Progress &progress = {});

private:
    Database &m_db;
    FormStore &m_forms;
};

} // namespace vigia
