// libFuzzer target: the workbook reader and the XLSForm importer must turn
// any file into a form or an error, within their limits, without crashing.
// The reader opens paths (QuaZip), so each input goes through a file in a
// temporary folder, in memory when /dev/shm exists.
#include "forms/XlsFormImporter.h"
#include "xlsx/XlsxWorkbook.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

QString inputPath()
{
    static const QString base =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    static QTemporaryDir dir(base + QStringLiteral("/vigia-fuzz-XXXXXX"));
    return dir.filePath(QStringLiteral("input.xlsx"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = inputPath();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto workbook = vigia::XlsxWorkbook::open(path);
    if (!workbook)
        return 0;
    for (const QString &name : workbook.value().sheetNames())
        (void)workbook.value().sheet(name);
    (void)vigia::XlsFormImporter::importWorkbook(workbook.value());
    return 0;
}
