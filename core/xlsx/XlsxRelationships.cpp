#include "xlsx/XlsxRelationships.h"

#include "xlsx/XlsxPackage.h"

#include <QXmlStreamReader>

namespace vigia {

Result<XlsxRelationships> XlsxRelationships::parse(const QByteArray &data,
                                                   const QString &sourcePart,
                                                   const QString &relsPart, const QString &fileName)
{
    XlsxRelationships rels;
    QXmlStreamReader xml(data);
    if (XlsxPackage::enterRoot(xml)) {
        while (xml.readNextStartElement()) {
            if (xml.name() != u"Relationship") {
                xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes a = xml.attributes();
            // Links to web pages or other files are no parts of this package.
            if (a.value(QLatin1StringView("TargetMode"))
                    .compare(u"External", Qt::CaseInsensitive) != 0) {
                Relationship r;
                r.id = a.value(QLatin1StringView("Id")).toString();
                const QStringView type = a.value(QLatin1StringView("Type"));
                r.type = type.mid(type.lastIndexOf(QLatin1Char('/')) + 1).toString();
                r.target = resolve(sourcePart, a.value(QLatin1StringView("Target")).toString());
                rels.m_relationships.append(r);
            }
            xml.skipCurrentElement();
        }
        while (!xml.atEnd())
            xml.readNext();
    }
    if (xml.hasError())
        return XlsxPackage::malformed(fileName, relsPart, xml);
    return rels;
}

const XlsxRelationships::Relationship *XlsxRelationships::byId(const QString &id) const
{
    for (const Relationship &r : m_relationships) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const XlsxRelationships::Relationship *XlsxRelationships::byType(const QString &type) const
{
    for (const Relationship &r : m_relationships) {
        if (r.type.compare(type, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

QString XlsxRelationships::relsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

QString XlsxRelationships::resolve(const QString &sourcePart, const QString &target)
{
    QString t = target;
    t.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList segments;
    if (!t.startsWith(QLatin1Char('/'))) {
        segments = sourcePart.split(QLatin1Char('/'));
        segments.removeLast(); // the source part's own name
    }
    const QStringList parts = t.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (p == u"..") {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (p != u".") {
            segments.append(p);
        }
    }
    segments.removeAll(QString());
    return segments.join(QLatin1Char('/'));
}

} // namespace vigia
