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

    // The connection's page cache while an export runs (then set back).
    // RecordPages reads each record's answers from the index
    // `field_values_answers` in the order of the records' random ids, so
    // each of its pages is wanted again and again across the run; with the
    // usual 64 MiB about half of that index stays cached at 100 000 records
    // of 20 answers (116 MiB), and each miss is a page read and decrypted
    // through CryptVfs again. 128 MiB nearly halves the pages read; holding
    // all of it (160 MiB) measured no better. Fixed, so the peak RSS does
    // not grow with the store (docs/benchmarks.md).
    static constexpr int kCacheKiB = 128 * 1024;

    Exporter(Database &db, FormStore &forms);

    [[nodiscard]] Result<Outcome> run(const QString &outDir, const ExportOptions &options,
                                      const Progress &progress = {});

private:
    Database &m_db;
    FormStore &m_forms;
};

} // namespace vigia
