#pragma once

#include <QString>
#include <QStringList>

namespace vigia {

// What an export writes (docs/exports.md).
struct ExportOptions
{
    enum class Format
    {
        Csv,
        Xlsx,
        Spss, // CSV files with an .sps syntax file beside each
    };
    enum class Sensitive
    {
        Drop,
        Pseudonymize,
    };

    Format format = Format::Csv;
    QString formId;               // empty: every form
    bool includeRejected = false; // by default every review state but rejected
    bool deidentify = false;
    Sensitive sensitive = Sensitive::Drop; // with deidentify
    bool includeText = false;              // free text in a de-identified export
    bool coarsenDates = false;
    bool bom = false; // CSV: a UTF-8 byte order mark, for Excel
    // select_one fields counted per country in the aggregate tables of a
    // de-identified export; empty: "manifestation" where a form has it.
    QStringList aggregateFields;
    int k = 5; // cells below k are suppressed
    int pageSize = 500;
};

} // namespace vigia
