#include "forms/XlsFormSurveyReader.h"

#include "forms/ChoiceFile.h"
#include "forms/FormRow.h"
#include "forms/XlsFormReading.h"
#include "forms/XlsFormTypeName.h"

#include <QDir>
#include <QFileInfo>

namespace vigia {

namespace {

const QString kSurvey = QStringLiteral("survey");

// Spreadsheet programs turn typed quotes into typographic ones; in an
// expression they can only mean the plain quotes (pyxform replaces them too).
QString straightQuotes(QString text)
{
    text.replace(QChar(0x2018), u'\'').replace(QChar(0x2019), u'\'');
    text.replace(QChar(0x201C), u'"').replace(QChar(0x201D), u'"');
    return text;
}

struct OpenContainer
{
    FormRow row;
    bool loop = false;
};

} // namespace

Status XlsFormSurveyReader::read()
{
    if (!m_reading.workbook().hasSheet(kSurvey)) {
        return Error(ErrorCode::Validation,
                     tr("%1 has no survey sheet, so it is not an XLSForm. Add a sheet called "
                        "survey with the questions.")
                         .arg(m_reading.workbook().fileName()));
    }
    auto sheetResult = m_reading.workbook().sheet(kSurvey);
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
        return m_reading.error(
            sheet.name(), sheet.rowCount() > 0 ? sheet.rowNumber(0) : 1, QString(),
            tr("the survey sheet needs a type and a name column; add them to its "
               "first row."));
    }
    if (m_reading.defaultLanguage().isEmpty()) {
        // Without a default_language setting, the first label column decides.
        for (const XlsFormHeader::Column &column : header.columns()) {
            if (column.base == u"label") {
                m_reading.definition().setDefaultLanguage(m_reading.languageOf(column));
                break;
            }
        }
    }

    QList<OpenContainer> open;
    const auto append = [&](FormRow row) {
        if (open.isEmpty())
            m_reading.definition().appendRow(std::move(row));
        else
            open.last().row.appendChild(std::move(row));
    };
    for (int i = 1; i < sheet.rowCount(); ++i) {
        if (XlsFormReading::isRowEmpty(sheet, i))
            continue;
        const int number = sheet.rowNumber(i);
        const QString typeText = sheet.cell(i, typeColumn).text().trimmed();
        const QString name = sheet.cell(i, nameColumn).text().trimmed();
        if (typeText.isEmpty()) {
            m_reading.warnings() << tr("%1 row %2: the row has no type and was skipped.")
                                        .arg(sheet.name())
                                        .arg(number);
            continue;
        }
        const XlsFormTypeName parsed = XlsFormTypeName::parse(typeText);
        if (parsed.boundary() == XlsFormTypeName::Boundary::End) {
            if (open.isEmpty()) {
                return m_reading.error(
                    sheet.name(), number, QStringLiteral("type"),
                    tr("'%1' has no matching begin row; delete it or add the begin "
                       "row.")
                        .arg(typeText));
            }
            OpenContainer closed = open.takeLast();
            if (closed.row.type().kind() != parsed.type().kind() ||
                closed.loop != parsed.isLoop()) {
                return m_reading.error(sheet.name(), number, QStringLiteral("type"),
                                       tr("'%1' closes '%2', begun at row %3; make them match.")
                                           .arg(typeText, closed.row.name())
                                           .arg(closed.row.sourceRow()));
            }
            append(std::move(closed.row));
            continue;
        }
        if (!parsed.type().isKnown()) {
            return m_reading.error(
                sheet.name(), number, QStringLiteral("type"),
                tr("unknown type '%1'; see docs/form-format.md for the types Vigia "
                   "knows.")
                    .arg(typeText));
        }
        const bool takesList = parsed.type().isSelect() ||
                               parsed.type().kind() == FormType::Kind::NotCollected ||
                               parsed.isLoop();
        if (!parsed.listName().isEmpty() && !takesList) {
            return m_reading.error(
                sheet.name(), number, QStringLiteral("type"),
                tr("'%1' is not a type; only selects name a choice list after the "
                   "type.")
                    .arg(typeText));
        }
        if (parsed.type().isSelect() && parsed.listName().isEmpty()) {
            return m_reading.error(
                sheet.name(), number, QStringLiteral("type"),
                tr("%1 needs a choice list, as in '%1 yes_no'.").arg(parsed.type().name()));
        }
        FormType type = parsed.type();
        if (type.name() == u"select_one_external" &&
            m_reading.externalLists().contains(parsed.listName()))
            type = FormType::fromName(QStringLiteral("select_one"));
        if (type.name() == u"select_one_from_file" || type.name() == u"select_multiple_from_file") {
            if (!m_reading.choiceFiles().contains(parsed.listName()))
                m_reading.choiceFiles().append(parsed.listName());
            if (!m_reading.attachDir().isEmpty()) {
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
            m_reading.warnings()
                << tr("%1 row %2: '%3' (%4) cannot be collected on the desktop; the row "
                      "is kept but not collected.")
                       .arg(sheet.name())
                       .arg(number)
                       .arg(name, parsed.type().name());
        }
        if (parsed.boundary() == XlsFormTypeName::Boundary::Begin) {
            if (parsed.isLoop()) {
                row.setListName({});
                row.setAttribute(QStringLiteral("loop_over"), parsed.listName());
                m_reading.warnings()
                    << tr("%1 row %2: the loop '%3' was imported as a group; Vigia has "
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
        return m_reading.error(
            sheet.name(), unclosed.sourceRow(), QStringLiteral("type"),
            tr("'%1' is never closed; add an 'end %2' row after its last question.")
                .arg(unclosed.name(), unclosed.type().name()));
    }
    return {};
}

Status XlsFormSurveyReader::fillRow(const XlsxSheet &sheet, const XlsFormHeader &header, int row,
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
            target.setText(base, m_reading.languageOf(column), text);
        } else if (XlsFormHeader::isMediaColumn(base)) {
            target.setMedia(base, m_reading.languageOf(column), text);
        } else if (column.language.isEmpty() && (base == u"required" || base == u"read_only")) {
            target.setProperty(base, XlsFormReading::normalizedFlag(text));
        } else if (column.language.isEmpty() && (base == u"sensitive" || base == u"coding")) {
            const QString flag = XlsFormReading::normalizedFlag(text);
            if (flag != u"yes" && !flag.isEmpty()) {
                return m_reading.error(sheet.name(), sheet.rowNumber(row), base,
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

Status XlsFormSurveyReader::attachChoices(const XlsxSheet &sheet, int number, const QString &file,
                                          FormType &type)
{
    const QString path = QDir(m_reading.attachDir()).filePath(file);
    if (!QFileInfo(path).isFile()) {
        return m_reading.error(
            sheet.name(), number, QStringLiteral("type"),
            tr("the file %1 is not in %2; put it there, or import without a folder of "
               "choice files (without --attach) to keep the row without collecting "
               "it.")
                .arg(file, QDir::toNativeSeparators(m_reading.attachDir())));
    }
    if (!m_fileLists.contains(file)) {
        const QString language = m_reading.definition().defaultLanguage().isEmpty()
                                     ? QStringLiteral("default")
                                     : m_reading.definition().defaultLanguage();
        auto choices = ChoiceFile::read(path, file, language);
        if (!choices)
            return m_reading.error(sheet.name(), number, QStringLiteral("type"),
                                   choices.error().message());
        for (FormChoice &choice : choices.value())
            m_reading.definition().appendChoice(std::move(choice));
        m_fileLists.insert(file);
    }
    type = FormType::fromName(type.name() == u"select_one_from_file"
                                  ? QStringLiteral("select_one")
                                  : QStringLiteral("select_multiple"));
    return {};
}

} // namespace vigia
