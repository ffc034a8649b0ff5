#include "XlsxTestWriter.h"

#include "xlsx/XlsxSheet.h"

// vigia_xlsx links QuaZip privately, so its include folder does not reach
// the tests; the versioned folder under /usr/include does.
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace vigia::test {

namespace {

using Rows = XlsxTestWriter::Rows;

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray sheetXml(const Rows &rows)
{
    QByteArray data;
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.at(r).isEmpty())
            continue;
        const QByteArray number = QByteArray::number(r + 1);
        data += "<row r=\"" + number + "\">";
        for (int c = 0; c < rows.at(r).size(); ++c) {
            if (rows.at(r).at(c).isEmpty())
                continue;
            data += "<c r=\"" + XlsxSheet::columnName(c).toLatin1() + number +
                    "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" +
                    escaped(rows.at(r).at(c)) + "</t></is></c>";
        }
        data += "</row>";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<sheetData>" +
           data + "</sheetData></worksheet>";
}

} // namespace

bool XlsxTestWriter::write(const QString &path, const Sheets &sheets)
{
    QList<QPair<QString, QByteArray>> parts;
    QByteArray overrides, entries, rels;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        overrides += "<Override PartName=\"/xl/worksheets/sheet" + n +
                     ".xml\" ContentType=\"application/"
                     "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        entries += "<sheet name=\"" + escaped(sheets.at(i).first) + "\" sheetId=\"" + n +
                   "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "worksheet\" Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                      sheetXml(sheets.at(i).second)});
    }
    parts.append({QStringLiteral("[Content_Types].xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"rels\" "
                  "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                  "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                      overrides + "</Types>"});
    parts.append({QStringLiteral("_rels/.rels"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  "<Relationships "
                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                  "officeDocument/2006/relationships/officeDocument\" "
                  "Target=\"xl/workbook.xml\"/></Relationships>"});
    parts.append({QStringLiteral("xl/workbook.xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                  "relationships\"><sheets>" +
                      entries + "</sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  "<Relationships "
                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                      rels + "</Relationships>"});

    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first)))
            return false;
        if (file.write(part.second) != part.second.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

} // namespace vigia::test
