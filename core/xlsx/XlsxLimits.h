#pragma once

#include <QtGlobal>

namespace vigia {

// Bounds for reading a workbook that anyone may have sent: a zip bomb or an
// absurd sheet must end in a clear error instead of exhausting memory. The
// defaults leave ample room for any real XLSForm, which has at most a few
// thousand rows and a few dozen columns.
struct XlsxLimits
{
    // The .xlsx file itself, as stored on disk.
    qint64 maxFileBytes = 50LL * 1024 * 1024;
    // One part (an XML file inside the zip) once uncompressed.
    qint64 maxPartBytes = 100LL * 1024 * 1024;
    // All parts read from one workbook together.
    qint64 maxTotalBytes = 200LL * 1024 * 1024;
    // Uncompressed size divided by compressed size, per part. Real workbook
    // XML compresses about 5:1 to 30:1; zip bombs reach 1000:1 and more.
    int maxCompressionRatio = 200;
    // Entries in the zip's central directory.
    int maxParts = 10000;
    // Rows that hold at least one value, per sheet.
    int maxRows = 100000;
    // Columns that may hold a value, per sheet (A = 1).
    int maxColumns = 1000;
    // Cells with a value kept in memory per sheet. Rows are sparse, so this
    // is what the sheet costs (about a hundred bytes a cell, texts shared);
    // without it maxRows × maxColumns would allow 10^8 cells from a file
    // that compresses well. A real XLSForm has a few tens of thousands.
    qint64 maxCells = 1000000;
    int maxSharedStrings = 1000000;
    // Excel itself refuses more than 32 767 characters in a cell.
    int maxCellTextLength = 32767;
};

} // namespace vigia
