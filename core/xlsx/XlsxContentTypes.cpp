#include "xlsx/XlsxContentTypes.h"

#include "xlsx/XlsxPackage.h"
#include "xlsx/XlsxRelationships.h"

#include <QXmlStreamReader>

namespace vigia {

Result<XlsxContentTypes> XlsxContentTypes::parse(const QByteArray &data, const QString &fileName)
{
    XlsxContentTypes types;
    QXmlStreamReader xml(data);
    if (XlsxPackage::enterRoot(xml)) {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"Override") {
                const QXmlStreamAttributes a = xml.attributes();
                const QStringView type = a.value(QLatin1StringView("ContentType"));
                // spreadsheetml.sheet.main+xml, ms-excel.sheet.macroEnabled.main+xml,
                // spreadsheetml.template.main+xml and their strict twins.
                const bool workbook = type.endsWith(u".main+xml", Qt::CaseInsensitive) &&
                                      (type.contains(u"spreadsheetml", Qt::CaseInsensitive) ||
                                       type.contains(u"ms-excel", Qt::CaseInsensitive));
                if (workbook && types.m_workbookPart.isEmpty()) {
                    types.m_workbookPart = XlsxRelationships::resolve(
                        QString(), a.value(QLatin1StringView("PartName")).toString());
                }
                if (type.contains(u"ms-excel.sheet.binary", Qt::CaseInsensitive))
                    types.m_binary = true;
            }
            xml.skipCurrentElement();
        }
        while (!xml.atEnd())
            xml.readNext();
    }
    if (xml.hasError())
        return XlsxPackage::malformed(fileName, kPart, xml);
    return types;
}

} // namespace vigia
