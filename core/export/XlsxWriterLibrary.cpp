#include "export/XlsxWriterLibrary.h"

#include "common/LogCategories.h"

#include <QLibrary>
#include <QMutex>

namespace vigia {

namespace {
// The soname's version of Debian 12's libxlsxwriter4.
constexpr int kSoVersion = 4;

template <typename F> bool resolve(QLibrary &lib, const char *name, F &out)
{
    out = reinterpret_cast<F>(lib.resolve(name));
    return out != nullptr;
}
} // namespace

const XlsxWriterLibrary *XlsxWriterLibrary::get(QString *error)
{
    static QMutex mutex;
    static XlsxWriterLibrary *loaded = nullptr;
    static QString failure;
    const QMutexLocker locker(&mutex);
    if (!loaded && failure.isEmpty()) {
        // Never unloaded: workbooks may be open until the process ends.
        auto *lib = new QLibrary(QStringLiteral("xlsxwriter"), kSoVersion);
        lib->setLoadHints(QLibrary::DeepBindHint);
        auto *api = new XlsxWriterLibrary;
        const bool ok = lib->load() && resolve(*lib, "workbook_new_opt", api->workbookNewOpt) &&
                        resolve(*lib, "workbook_add_format", api->workbookAddFormat) &&
                        resolve(*lib, "workbook_add_worksheet", api->workbookAddWorksheet) &&
                        resolve(*lib, "workbook_close", api->workbookClose) &&
                        resolve(*lib, "format_set_bold", api->formatSetBold) &&
                        resolve(*lib, "format_set_num_format", api->formatSetNumFormat) &&
                        resolve(*lib, "worksheet_write_string", api->worksheetWriteString) &&
                        resolve(*lib, "worksheet_write_number", api->worksheetWriteNumber) &&
                        resolve(*lib, "worksheet_write_datetime", api->worksheetWriteDatetime) &&
                        resolve(*lib, "lxw_strerror", api->strerror);
        if (ok) {
            loaded = api;
        } else {
            qCWarning(lcExport) << "libxlsxwriter not usable:" << lib->errorString();
            failure = tr("XLSX files cannot be written: the libxlsxwriter library is missing "
                         "(install libxlsxwriter4). Export as CSV instead.");
            delete api;
            delete lib;
        }
    }
    if (!loaded && error)
        *error = failure;
    return loaded;
}

} // namespace vigia
