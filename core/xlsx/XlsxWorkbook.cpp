#include "xlsx/XlsxWorkbook.h"

#include "xlsx/XlsxContentTypes.h"
#include "xlsx/XlsxPackage.h"
#include "xlsx/XlsxRelationships.h"
#include "xlsx/XlsxSharedStrings.h"
#include "xlsx/XlsxSheetParser.h"
#include "xlsx/XlsxStyles.h"

#include <QXmlStreamReader>

namespace vigia {

namespace {
const QString kDefaultWorkbookPart = QStringLiteral("xl/workbook.xml");
const QString kPackageRels = QStringLiteral("_rels/.rels");

bool isTrue(QStringView v)
{
    return v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
}

// The relationship id is r:id in transitional OOXML and a different
// namespace in strict, so any namespaced "id" attribute will do.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

// A part that the workbook points to, or its usual place when the
// relationship is missing; empty when neither exists.
QString partFor(const XlsxPackage &package, const XlsxRelationships &rels, const QString &type,
                const QString &usual)
{
    if (const auto *r = rels.byType(type); r && package.contains(r->target))
        return r->target;
    return package.contains(usual) ? usual : QString();
}
} // namespace

Result<XlsxWorkbook> XlsxWorkbook::open(const QString &path, const XlsxLimits &limits)
{
    XlsxPackage package(path, limits);
    if (Status s = package.open(); !s)
        return s.error();
    XlsxWorkbook workbook;
    workbook.m_fileName = package.fileName();
    const QString &fileName = workbook.m_fileName;

    auto workbookPart = workbook.findWorkbookPart(package);
    if (!workbookPart)
        return workbookPart.error();
    const QString part = workbookPart.value();
    auto entries = workbook.readWorkbookPart(package, part);
    if (!entries)
        return entries.error();

    const QString relsPart = XlsxRelationships::relsPartOf(part);
    if (!package.contains(relsPart)) {
        return Error(ErrorCode::Corrupt,
                     tr("%1 is damaged: its part %2, which says where the sheets are, is "
                        "missing. Open it in a spreadsheet program and save it again as .xlsx, "
                        "then import again.")
                         .arg(fileName, relsPart));
    }
    auto relsData = package.read(relsPart);
    if (!relsData)
        return relsData.error();
    auto rels = XlsxRelationships::parse(relsData.value(), part, relsPart, fileName);
    if (!rels)
        return rels.error();

    QStringList sharedStrings;
    const QString sstPart = partFor(package, rels.value(), QStringLiteral("sharedStrings"),
                                    QStringLiteral("xl/sharedStrings.xml"));
    if (!sstPart.isEmpty()) {
        auto data = package.read(sstPart);
        if (!data)
            return data.error();
        auto parsed = XlsxSharedStrings::parse(data.value(), sstPart, fileName, limits);
        if (!parsed)
            return parsed.error();
        sharedStrings = parsed.take();
    }

    XlsxStyles styles;
    const QString stylesPart =
        partFor(package, rels.value(), QStringLiteral("styles"), QStringLiteral("xl/styles.xml"));
    if (!stylesPart.isEmpty()) {
        auto data = package.read(stylesPart);
        if (!data)
            return data.error();
        auto parsed = XlsxStyles::parse(data.value(), stylesPart, fileName);
        if (!parsed)
            return parsed.error();
        styles = parsed.take();
    }

    for (const SheetEntry &entry : std::as_const(entries.value())) {
        const auto *rel = rels.value().byId(entry.relationshipId);
        if (!rel) {
            return Error(ErrorCode::Corrupt,
                         tr("%1 is damaged: the sheet \"%2\" points to %3, which %4 does not "
                            "list. Open it in a spreadsheet program and save it again as .xlsx, "
                            "then import again.")
                             .arg(fileName, entry.name, entry.relationshipId, relsPart));
        }
        // Chart and dialog sheets hold no cells.
        if (rel->type.compare(u"worksheet", Qt::CaseInsensitive) != 0)
            continue;
        if (!package.contains(rel->target)) {
            return Error(ErrorCode::Corrupt,
                         tr("%1 is damaged: the sheet \"%2\" should be in its part %3, which is "
                            "missing. Open it in a spreadsheet program and save it again as "
                            ".xlsx, then import again.")
                             .arg(fileName, entry.name, rel->target));
        }
        auto data = package.read(rel->target);
        if (!data)
            return data.error();
        XlsxSheetParser parser(fileName, limits, sharedStrings, styles, workbook.m_date1904);
        auto sheet = parser.parse(entry.name, rel->target, data.value());
        if (!sheet)
            return sheet.error();
        workbook.m_sheets.append(sheet.take());
    }
    return workbook;
}

Result<QString> XlsxWorkbook::findWorkbookPart(XlsxPackage &package) const
{
    QString part;
    if (package.contains(XlsxContentTypes::kPart)) {
        auto data = package.read(XlsxContentTypes::kPart);
        if (!data)
            return data.error();
        auto types = XlsxContentTypes::parse(data.value(), m_fileName);
        if (!types)
            return types.error();
        if (types.value().isBinaryWorkbook()) {
            return Error(ErrorCode::Usage,
                         tr("%1 is an Excel binary (.xlsb) workbook. Open it in a spreadsheet "
                            "program and save it as .xlsx, then import again.")
                             .arg(m_fileName));
        }
        part = types.value().workbookPart();
    }
    if (part.isEmpty() && package.contains(kPackageRels)) {
        auto data = package.read(kPackageRels);
        if (!data)
            return data.error();
        auto rels = XlsxRelationships::parse(data.value(), QString(), kPackageRels, m_fileName);
        if (!rels)
            return rels.error();
        if (const auto *r = rels.value().byType(QStringLiteral("officeDocument")))
            part = r->target;
    }
    if (part.isEmpty())
        part = kDefaultWorkbookPart;
    if (!package.contains(part)) {
        return Error(ErrorCode::Corrupt,
                     tr("%1 is damaged or is not an Excel workbook: it has no workbook part "
                        "(%2). Open it in a spreadsheet program and save it as .xlsx, then "
                        "import again.")
                         .arg(m_fileName, part));
    }
    return part;
}

Result<QList<XlsxWorkbook::SheetEntry>> XlsxWorkbook::readWorkbookPart(XlsxPackage &package,
                                                                       const QString &part)
{
    auto data = package.read(part);
    if (!data)
        return data.error();
    QList<SheetEntry> entries;
    QXmlStreamReader xml(data.value());
    if (XlsxPackage::enterRoot(xml)) {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"workbookPr") {
                const QXmlStreamAttributes a = xml.attributes();
                m_date1904 = isTrue(a.value(QLatin1StringView("date1904")));
                xml.skipCurrentElement();
            } else if (xml.name() == u"sheets") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"sheet") {
                        SheetEntry e;
                        const QXmlStreamAttributes a = xml.attributes();
                        e.name = a.value(QLatin1StringView("name")).toString();
                        e.relationshipId = relationshipId(a);
                        entries.append(e);
                    }
                    xml.skipCurrentElement();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        while (!xml.atEnd())
            xml.readNext();
    }
    if (xml.hasError())
        return XlsxPackage::malformed(m_fileName, part, xml);
    return entries;
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const XlsxSheet &s : m_sheets)
        names.append(s.name());
    return names;
}

const XlsxSheet *XlsxWorkbook::find(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const XlsxSheet &s : m_sheets) {
        if (s.name().trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

bool XlsxWorkbook::hasSheet(const QString &name) const
{
    return find(name) != nullptr;
}

Result<XlsxSheet> XlsxWorkbook::sheet(const QString &name) const
{
    if (const XlsxSheet *s = find(name))
        return *s;
    return Error(ErrorCode::NotFound,
                 tr("%1 has no sheet named \"%2\"; its sheets are: %3. Rename the sheet or add "
                    "it, then import again.")
                     .arg(m_fileName, name, sheetNames().join(QStringLiteral(", "))));
}

} // namespace vigia
