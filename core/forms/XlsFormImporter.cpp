#include "forms/XlsFormImporter.h"

#include "forms/ChoiceFile.h"
#include "forms/FormJson.h"
#include "forms/FormRegexWarnings.h"
#include "forms/XlsFormIgnored.h"
#include "forms/XlsFormTypeName.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace vigia {

namespace {

const QString kSurvey = QStringLiteral("survey");
const QString kChoices = QStringLiteral("choices");
const QString kExternalChoices = QStringLiteral("external_choices");
const QString kSettings = QStringLiteral("settings");

// What authors write in required and read_only: yes/no in any spelling, or
// an expression.
QString normalizedFlag(const QString &value)
{
    const QString lower = value.trimmed().toLower();
    if (lower == u"yes" || lower == u"true" || lower == u"true()" || lower == u"1")
        return QStringLiteral("yes");
    if (lower.isEmpty() || lower == u"no" || lower == u"false" || lower == u"false()" ||
        lower == u"0")
        return {};
    return value.trimmed();
}

// Spreadsheet programs turn typed quotes into typographic ones; in an
// expression they can only mean the plain quotes (pyxform replaces them too).
QString straightQuotes(QString text)
{
    text.replace(QChar(0x2018), u'\'').replace(QChar(0x2019), u'\'');
    text.replace(QChar(0x201C), u'"').replace(QChar(0x201D), u'"');
    return text;
}

bool isRowEmpty(const XlsxSheet &sheet, int row)
{
    for (const XlsxSheet::Entry &entry : sheet.rowCells(row)) {
        if (!entry.cell.text().trimmed().isEmpty())
            return false;
    }
    return true;
}

struct OpenContainer
{
    FormRow row;
    bool loop = false;
};

} // namespace

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
    XlsFormImporter importer(workbook, attachDir);
    if (auto st = importer.readSettings(); !st)
        return st.error();
    if (auto st = importer.readChoices(kChoices); !st)
        return st.error();
    // select_one_external's lists, which ODK Collect reads from a file
    // pyxform writes: here they are choices like any other.
    if (auto st = importer.readChoices(kExternalChoices); !st)
        return st.error();
    if (auto st = importer.readSurvey(); !st)
        return st.error();
    importer.m_warnings << XlsFormIgnored::warnings(importer.m_definition);
    importer.m_warnings << FormRegexWarnings::warnings(importer.m_definition);
    if (workbook.hasSheet(QStringLiteral("entities"))) {
        importer.m_warnings << tr("entities sheet: Vigia has no entities, so the sheet is "
                                  "ignored; the form works without it.");
    }
    // pyxform makes version optional and most published workbooks have none;
    // a version from the content keeps FormStore's rule (a version never
    // changes) without asking the author for one.
    const bool derive = importer.m_definition.version().isEmpty();
    if (derive) {
        const QString version = contentVersion(importer.m_definition);
        importer.m_definition.setVersion(version);
        importer.m_warnings << tr("settings: the form has no version, so Vigia gave it the version "
                                  "%1, taken from its content: importing the same form again "
                                  "changes nothing and a changed form gets a new version. To "
                                  "number versions yourself, add a version column to the settings "
                                  "sheet, with a value such as 1.")
                                   .arg(version);
    }
    XlsFormImport imported(std::move(importer.m_definition), std::move(importer.m_warnings),
                           derive);
    imported.setChoiceFiles(std::move(importer.m_choiceFiles));
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

Error XlsFormImporter::error(const QString &sheet, int row, const QString &column,
                             const QString &what) const
{
    const QString where = column.isEmpty()
                              ? tr("%1 row %2").arg(sheet).arg(row)
                              : tr("%1 row %2, column %3").arg(sheet).arg(row).arg(column);
    return Error(ErrorCode::Validation, tr("%1: %2: %3").arg(m_workbook.fileName(), where, what));
}

QString XlsFormImporter::languageOf(const XlsFormHeader::Column &column) const
{
    // A column without a language is in the form's default language.
    if (!column.language.isEmpty())
        return column.language;
    return m_defaultLanguage.isEmpty() ? QStringLiteral("default") : m_defaultLanguage;
}

Status XlsFormImporter::attachChoices(const XlsxSheet &sheet, int number, const QString &file,
                                      FormType &type)
{
    const QString path = QDir(m_attachDir).filePath(file);
    if (!QFileInfo(path).isFile()) {
        return error(sheet.name(), number, QStringLiteral("type"),
                     tr("the file %1 is not in %2; put it there, or import without a folder of "
                        "choice files (without --attach) to keep the row without collecting "
                        "it.")
                         .arg(file, QDir::toNativeSeparators(m_attachDir)));
    }
    if (!m_fileLists.contains(file)) {
        const QString language = m_definition.defaultLanguage().isEmpty()
                                     ? QStringLiteral("default")
                                     : m_definition.defaultLanguage();
        auto choices = ChoiceFile::read(path, file, language);
        if (!choices)
            return error(sheet.name(), number, QStringLiteral("type"), choices.error().message());
        for (FormChoice &choice : choices.value())
            m_definition.appendChoice(std::move(choice));
        m_fileLists.insert(file);
    }
    type = FormType::fromName(type.name() == u"select_one_from_file"
                                  ? QStringLiteral("select_one")
                                  : QStringLiteral("select_multiple"));
    return {};
}

Status XlsFormImporter::readSettings()
{
    const QString stem = QFileInfo(m_workbook.fileName()).completeBaseName();
    m_definition.setFormId(stem);
    if (!m_workbook.hasSheet(kSettings))
        return {};
    auto sheet = m_workbook.sheet(kSettings);
    if (!sheet)
        return sheet.error();
    auto header = XlsFormHeader::read(sheet.value(), XlsFormHeader::Sheet::Settings);
    if (!header)
        return header.error();
    // The first row after the header holds the values.
    const int row = 1;
    const auto value = [&](int column) { return sheet.value().cell(row, column).text().trimmed(); };
    const int languageColumn = header.value().indexOf(QStringLiteral("default_language"));
    if (languageColumn >= 0 && !value(languageColumn).isEmpty())
        m_defaultLanguage = XlsFormHeader::languageCode(value(languageColumn));
    m_definition.setDefaultLanguage(m_defaultLanguage);
    for (const XlsFormHeader::Column &column : header.value().columns()) {
        const QString text = value(column.index);
        if (column.base == u"default_language")
            continue;
        if (column.base == u"form_id" && column.language.isEmpty()) {
            if (!text.isEmpty())
                m_definition.setFormId(text);
        } else if (column.base == u"version" && column.language.isEmpty()) {
            m_definition.setVersion(text);
        } else if (column.base == u"allow_choice_duplicates" && column.language.isEmpty()) {
            // Written yes, TRUE or true(): FormValidator reads "yes".
            m_definition.setAttribute(column.base, normalizedFlag(text));
        } else if (column.base == u"form_title") {
            m_definition.setTitle(languageOf(column), text);
        } else {
            m_definition.setAttribute(column.language.isEmpty()
                                          ? column.base
                                          : column.base + QStringLiteral("::") + column.language,
                                      text);
        }
    }
    return {};
}

Status XlsFormImporter::readChoices(const QString &sheetName)
{
    if (!m_workbook.hasSheet(sheetName))
        return {};
    auto sheet = m_workbook.sheet(sheetName);
    if (!sheet)
        return sheet.error();
    const XlsxSheet &choices = sheet.value();
    auto header = XlsFormHeader::read(choices, XlsFormHeader::Sheet::Choices);
    if (!header)
        return header.error();
    const int listColumn = header.value().indexOf(QStringLiteral("list_name"));
    const int nameColumn = header.value().indexOf(QStringLiteral("name"));
    if (listColumn < 0 || nameColumn < 0) {
        return error(choices.name(), choices.rowNumber(0), QString(),
                     tr("the sheet needs a list_name and a name column; add them to its first "
                        "row."));
    }
    for (int row = 1; row < choices.rowCount(); ++row) {
        if (isRowEmpty(choices, row))
            continue;
        const QString list = choices.cell(row, listColumn).text().trimmed();
        const QString name = choices.cell(row, nameColumn).text().trimmed();
        if (list.isEmpty() && name.isEmpty())
            continue; // a row of notes beside the lists
        if (list.isEmpty() || name.isEmpty()) {
            return error(
                choices.name(), choices.rowNumber(row),
                list.isEmpty() ? QStringLiteral("list_name") : QStringLiteral("name"),
                tr("the choice has no %1; fill it in or delete the row.")
                    .arg(list.isEmpty() ? QStringLiteral("list_name") : QStringLiteral("name")));
        }
        FormChoice choice(list, name);
        choice.setSourceRow(choices.rowNumber(row));
        for (const XlsFormHeader::Column &column : header.value().columns()) {
            if (column.index == listColumn || column.index == nameColumn)
                continue;
            const QString text = choices.cell(row, column.index).text().trimmed();
            if (column.base == u"label")
                choice.setLabel(languageOf(column), text);
            else if (XlsFormHeader::isMediaColumn(column.base))
                choice.setMedia(column.base, languageOf(column), text);
            else
                choice.setAttribute(column.language.isEmpty()
                                        ? column.base
                                        : column.base + QStringLiteral("::") + column.language,
                                    text);
        }
        if (sheetName == kExternalChoices)
            m_externalLists.insert(list);
        m_definition.appendChoice(std::move(choice));
    }
    return {};
}

Status XlsFormImporter::fillRow(const XlsxSheet &sheet, const XlsFormHeader &header, int row,
                                FormRow &target) const
{
    for (const XlsFormHeader::Column &column : header.columns()) {
        QString text = sheet.cell(row, column.index).text().trimmed();
        const QString &base = column.base;
        if (text.isEmpty() || base == u"type" || base == u"name")
            continue;
        if (column.language.isEmpty() && FormRow::expressionColumns().contains(base))
            text = straightQuotes(text);
        if (XlsFormHeader::isTextColumn(base)) {
            target.setText(base, languageOf(column), text);
        } else if (XlsFormHeader::isMediaColumn(base)) {
            target.setMedia(base, languageOf(column), text);
        } else if (column.language.isEmpty() && (base == u"required" || base == u"read_only")) {
            target.setProperty(base, normalizedFlag(text));
        } else if (column.language.isEmpty() && (base == u"sensitive" || base == u"coding")) {
            const QString flag = normalizedFlag(text);
            if (flag != u"yes" && !flag.isEmpty()) {
                return error(sheet.name(), sheet.rowNumber(row), base,
                             tr("'%1' is not yes or no; write yes or no.").arg(text));
            }
            if (base == u"sensitive")
                target.setSensitive(flag == u"yes");
            else
                target.setCoding(flag == u"yes");
        } else if (column.language.isEmpty() && FormRow::propertyColumns().contains(base)) {
            target.setProperty(base, text);
        } else {
            target.setAttribute(
                column.language.isEmpty() ? base : base + QStringLiteral("::") + column.language,
                text);
        }
    }
    return {};
}

Status XlsFormImporter::readSurvey()
{
    if (!m_workbook.hasSheet(kSurvey)) {
        return Error(ErrorCode::Validation,
                     tr("%1 has no survey sheet, so it is not an XLSForm. Add a sheet called "
                        "survey with the questions.")
                         .arg(m_workbook.fileName()));
    }
    auto sheetResult = m_workbook.sheet(kSurvey);
    if (!sheetResult)
        return sheetResult.error();
    const XlsxSheet &sheet = sheetResult.value();
    auto headerResult = XlsFormHeader::read(sheet, XlsFormHeader::Sheet::Survey);
    if (!headerResult)
        return headerResult.error();
    const XlsFormHeader &header = headerResult.value();
    const int typeColumn = header.indexOf(QStringLiteral("type"));
    const int nameColumn = header.indexOf(QStringLiteral("name"));
    if (typeColumn < 0 || nameColumn < 0) {
        return error(sheet.name(), sheet.rowCount() > 0 ? sheet.rowNumber(0) : 1, QString(),
                     tr("the survey sheet needs a type and a name column; add them to its "
                        "first row."));
    }
    if (m_defaultLanguage.isEmpty()) {
        // Without a default_language setting, the first label column decides.
        for (const XlsFormHeader::Column &column : header.columns()) {
            if (column.base == u"label") {
                m_definition.setDefaultLanguage(languageOf(column));
                break;
            }
        }
    }

    QList<OpenContainer> open;
    const auto append = [&](FormRow row) {
        if (open.isEmpty())
            m_definition.appendRow(std::move(row));
        else
            open.last().row.appendChild(std::move(row));
    };
    for (int i = 1; i < sheet.rowCount(); ++i) {
        if (isRowEmpty(sheet, i))
            continue;
        const int number = sheet.rowNumber(i);
        const QString typeText = sheet.cell(i, typeColumn).text().trimmed();
        const QString name = sheet.cell(i, nameColumn).text().trimmed();
        if (typeText.isEmpty()) {
            m_warnings << tr("%1 row %2: the row has no type and was skipped.")
                              .arg(sheet.name())
                              .arg(number);
            continue;
        }
        const XlsFormTypeName parsed = XlsFormTypeName::parse(typeText);
        if (parsed.boundary() == XlsFormTypeName::Boundary::End) {
            if (open.isEmpty()) {
                return error(sheet.name(), number, QStringLiteral("type"),
                             tr("'%1' has no matching begin row; delete it or add the begin "
                                "row.")
                                 .arg(typeText));
            }
            OpenContainer closed = open.takeLast();
            if (closed.row.type().kind() != parsed.type().kind() ||
                closed.loop != parsed.isLoop()) {
                return error(sheet.name(), number, QStringLiteral("type"),
                             tr("'%1' closes '%2', begun at row %3; make them match.")
                                 .arg(typeText, closed.row.name())
                                 .arg(closed.row.sourceRow()));
            }
            append(std::move(closed.row));
            continue;
        }
        if (!parsed.type().isKnown()) {
            return error(sheet.name(), number, QStringLiteral("type"),
                         tr("unknown type '%1'; see docs/form-format.md for the types Vigia "
                            "knows.")
                             .arg(typeText));
        }
        const bool takesList = parsed.type().isSelect() ||
                               parsed.type().kind() == FormType::Kind::NotCollected ||
                               parsed.isLoop();
        if (!parsed.listName().isEmpty() && !takesList) {
            return error(sheet.name(), number, QStringLiteral("type"),
                         tr("'%1' is not a type; only selects name a choice list after the "
                            "type.")
                             .arg(typeText));
        }
        if (parsed.type().isSelect() && parsed.listName().isEmpty()) {
            return error(
                sheet.name(), number, QStringLiteral("type"),
                tr("%1 needs a choice list, as in '%1 yes_no'.").arg(parsed.type().name()));
        }
        FormType type = parsed.type();
        if (type.name() == u"select_one_external" && m_externalLists.contains(parsed.listName()))
            type = FormType::fromName(QStringLiteral("select_one"));
        if (type.name() == u"select_one_from_file" || type.name() == u"select_multiple_from_file") {
            if (!m_choiceFiles.contains(parsed.listName()))
                m_choiceFiles.append(parsed.listName());
            if (!m_attachDir.isEmpty()) {
                if (auto st = attachChoices(sheet, number, parsed.listName(), type); !st)
                    return st;
            }
        }
        FormRow row(type, name);
        row.setSourceRow(number);
        row.setListName(parsed.listName());
        row.setOrOther(parsed.orOther());
        if (auto st = fillRow(sheet, header, i, row); !st)
            return st;
        if (!parsed.impliedConstraint().isEmpty() && row.constraint().isEmpty())
            row.setProperty(QStringLiteral("constraint"), parsed.impliedConstraint());
        if (type.kind() == FormType::Kind::NotCollected) {
            m_warnings << tr("%1 row %2: '%3' (%4) cannot be collected on the desktop; the row "
                             "is kept but not collected.")
                              .arg(sheet.name())
                              .arg(number)
                              .arg(name, parsed.type().name());
        }
        if (parsed.boundary() == XlsFormTypeName::Boundary::Begin) {
            if (parsed.isLoop()) {
                row.setListName({});
                row.setAttribute(QStringLiteral("loop_over"), parsed.listName());
                m_warnings << tr("%1 row %2: the loop '%3' was imported as a group; Vigia has "
                                 "no loops, so use a repeat instead.")
                                  .arg(sheet.name())
                                  .arg(number)
                                  .arg(name);
            }
            open.append({std::move(row), parsed.isLoop()});
            continue;
        }
        append(std::move(row));
    }
    if (!open.isEmpty()) {
        const FormRow &unclosed = open.last().row;
        return error(sheet.name(), unclosed.sourceRow(), QStringLiteral("type"),
                     tr("'%1' is never closed; add an 'end %2' row after its last question.")
                         .arg(unclosed.name(), unclosed.type().name()));
    }
    return {};
}

} // namespace vigia
