#include "forms/FormFile.h"

#include "forms/FormJson.h"
#include "forms/FormRegexWarnings.h"
#include "forms/XlsFormImporter.h"

#include <QDir>
#include <QFileInfo>

namespace vigia {

Result<XlsFormImport> FormFile::read(const QString &path, const QString &attachDir)
{
    if (!attachDir.isEmpty() && !QFileInfo(attachDir).isDir()) {
        return Error(ErrorCode::Usage,
                     tr("%1 is not a folder; give the folder that holds the form's choice "
                        "files.")
                         .arg(QDir::toNativeSeparators(attachDir)));
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    Result<XlsFormImport> loaded = Error(ErrorCode::Failure, QString());
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xls")) {
        loaded = XlsFormImporter::importFile(path, attachDir);
    } else if (suffix == QLatin1String("json")) {
        auto definition = FormJson::readFile(path);
        if (definition) {
            const QStringList warnings = FormRegexWarnings::warnings(definition.value());
            loaded = XlsFormImport(definition.take(), warnings);
        } else {
            loaded = definition.error();
        }
    } else {
        return Error(ErrorCode::Usage,
                     tr("%1 is neither a form definition (.json) nor an XLSForm workbook "
                        "(.xlsx). Give a file with one of those extensions.")
                         .arg(QDir::toNativeSeparators(path)));
    }
    // A damaged or unreadable file's content is the author's to fix, as much
    // as a rule the definition breaks: the same error code for both.
    if (!loaded && loaded.error().code() == ErrorCode::Corrupt)
        return Error(ErrorCode::Validation, loaded.error().message());
    return loaded;
}

} // namespace vigia
