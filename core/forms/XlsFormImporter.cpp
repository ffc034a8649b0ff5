#include "forms/XlsFormImporter.h"

#include "forms/FormJson.h"
#include "forms/FormRegexWarnings.h"
#include "forms/XlsFormChoicesReader.h"
#include "forms/XlsFormIgnored.h"
#include "forms/XlsFormReading.h"
#include "forms/XlsFormSettingsReader.h"
#include "forms/XlsFormSurveyReader.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace vigia {

Result<XlsFormImport> XlsFormImporter::importFile(const QString &path, const QString &attachDir)
{
    if (QFileInfo(path).suffix().compare(u"xls", Qt::CaseInsensitive) == 0) {
        return Error(ErrorCode::Usage,
                     tr("%1 is an old .xls workbook, which Vigia cannot read. Open it in a "
                        "spreadsheet program, save it as .xlsx and import that file.")
                         .arg(QFileInfo(path).fileName()));
    }
    auto workbook = XlsxWorkbook::open(path);
    if (!workbook)
        return workbook.error();
    return importWorkbook(workbook.value(), attachDir);
}

Result<XlsFormImport> XlsFormImporter::importWorkbook(const XlsxWorkbook &workbook,
                                                      const QString &attachDir)
{
    XlsFormReading reading(workbook, attachDir);
    if (auto st = XlsFormSettingsReader::read(reading); !st)
        return st.error();
    if (auto st = XlsFormChoicesReader::read(reading, QStringLiteral("choices"), false); !st)
        return st.error();
    // select_one_external's lists, which ODK Collect reads from a file
    // pyxform writes: here they are choices like any other.
    if (auto st = XlsFormChoicesReader::read(reading, QStringLiteral("external_choices"), true);
        !st)
        return st.error();
    if (auto st = XlsFormSurveyReader(reading).read(); !st)
        return st.error();
    FormDefinition &definition = reading.definition();
    QStringList &warnings = reading.warnings();
    warnings << XlsFormIgnored::warnings(definition);
    warnings << FormRegexWarnings::warnings(definition);
    if (workbook.hasSheet(QStringLiteral("entities"))) {
        warnings << tr("entities sheet: Vigia has no entities, so the sheet is "
                       "ignored; the form works without it.");
    }
    // pyxform makes version optional and most published workbooks have none;
    // a version from the content keeps FormStore's rule (a version never
    // changes) without asking the author for one.
    const bool derive = definition.version().isEmpty();
    if (derive) {
        const QString version = contentVersion(definition);
        definition.setVersion(version);
        warnings << tr("settings: the form has no version, so Vigia gave it the version "
                       "%1, taken from its content: importing the same form again "
                       "changes nothing and a changed form gets a new version. To "
                       "number versions yourself, add a version column to the settings "
                       "sheet, with a value such as 1.")
                        .arg(version);
    }
    XlsFormImport imported(std::move(definition), std::move(warnings), derive);
    imported.setChoiceFiles(std::move(reading.choiceFiles()));
    return imported;
}

QString XlsFormImporter::contentVersion(const FormDefinition &definition)
{
    FormDefinition unversioned = definition;
    unversioned.setVersion({});
    const QByteArray digest =
        QCryptographicHash::hash(FormJson::write(unversioned), QCryptographicHash::Sha256);
    // 48 bits: a clash needs millions of versions of one form.
    return QStringLiteral("auto-") + QString::fromLatin1(digest.toHex().left(12));
}

} // namespace vigia
