#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace vigia::test {

// Writes small .xlsx workbooks for the XLSForm tests, with QuaZip: the least
// a spreadsheet program writes (content types, the package and workbook
// relationships, the workbook and its sheets), every cell an inline string.
class XlsxTestWriter
{
public:
    // A sheet as its rows of cell texts; an empty row leaves a blank line, so
    // row numbers in messages match what an author would see.
    using Rows = QList<QStringList>;
    using Sheets = QList<QPair<QString, Rows>>;

    [[nodiscard]] static bool write(const QString &path, const Sheets &sheets);
};

} // namespace vigia::test
