#pragma once

#include <QCoreApplication>
#include <QString>

#include <xlsxwriter.h>

namespace vigia {

// libxlsxwriter, loaded at run time with its own dependencies first
// (QLibrary::DeepBindHint, RTLD_DEEPBIND). Linked normally it would call
// zipOpen and the rest of minizip's writer through the process's global
// symbols, where QuaZip (which the xlsx reader links) exports functions of
// the same names over its own QIODevice-based minizip: the workbook's
// packaging would crash inside QuaZip. Loaded this way, libxlsxwriter and the
// system minizip it needs bind to each other.
struct XlsxWriterLibrary
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsxWriterLibrary)

public:
    // The library, loaded once per process; nullptr with `error` set when
    // it is not installed (Debian's libxlsxwriter4).
    [[nodiscard]] static const XlsxWriterLibrary *get(QString *error = nullptr);

    decltype(&::workbook_new_opt) workbookNewOpt = nullptr;
    decltype(&::workbook_add_format) workbookAddFormat = nullptr;
    decltype(&::workbook_add_worksheet) workbookAddWorksheet = nullptr;
    decltype(&::workbook_close) workbookClose = nullptr;
    decltype(&::format_set_bold) formatSetBold = nullptr;
    decltype(&::format_set_num_format) formatSetNumFormat = nullptr;
    decltype(&::worksheet_write_string) worksheetWriteString = nullptr;
    decltype(&::worksheet_write_number) worksheetWriteNumber = nullptr;
    decltype(&::worksheet_write_datetime) worksheetWriteDatetime = nullptr;
    decltype(&::lxw_strerror) strerror = nullptr;
};

} // namespace vigia
