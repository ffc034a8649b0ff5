#include "xlsx/XlsxStyles.h"

#include "xlsx/XlsxPackage.h"

#include <QHash>
#include <QXmlStreamReader>

namespace vigia {

Result<XlsxStyles> XlsxStyles::parse(const QByteArray &data, const QString &part,
                                     const QString &fileName)
{
    XlsxStyles styles;
    QHash<int, QString> codes; // custom <numFmt>s, which may also redefine built-in ids
    QList<int> formatIds;
    QXmlStreamReader xml(data);
    if (XlsxPackage::enterRoot(xml)) {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"numFmts") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numFmt") {
                        const QXmlStreamAttributes a = xml.attributes();
                        codes.insert(a.value(QLatin1StringView("numFmtId")).toInt(),
                                     a.value(QLatin1StringView("formatCode")).toString());
                    }
                    xml.skipCurrentElement();
                }
            } else if (xml.name() == u"cellXfs") {
                // Only <cellXfs>: <cellStyleXfs> holds named styles that
                // cells do not index directly.
                while (xml.readNextStartElement()) {
                    const QXmlStreamAttributes a = xml.attributes();
                    if (xml.name() == u"xf")
                        formatIds.append(a.value(QLatin1StringView("numFmtId")).toInt());
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
        return XlsxPackage::malformed(fileName, part, xml);
    styles.m_kinds.reserve(formatIds.size());
    for (int id : std::as_const(formatIds))
        styles.m_kinds.append(XlsxNumberFormat::classify(id, codes.value(id)));
    return styles;
}

XlsxNumberFormat::Kind XlsxStyles::kindOf(int styleIndex) const
{
    if (styleIndex < 0 || styleIndex >= m_kinds.size())
        return XlsxNumberFormat::Kind::Number;
    return m_kinds.at(styleIndex);
}

} // namespace vigia
