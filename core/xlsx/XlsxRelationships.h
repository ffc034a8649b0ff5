#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigia {

// A part's relationships (its .rels file): which other parts it points to.
// Targets are stored resolved to part names inside the zip.
class XlsxRelationships
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsxRelationships)

public:
    struct Relationship
    {
        QString id;
        // The last segment of the type URI ("worksheet", "sharedStrings"…),
        // the same in transitional and strict OOXML.
        QString type;
        QString target;
    };

    [[nodiscard]] static Result<XlsxRelationships> parse(const QByteArray &xml,
                                                         const QString &sourcePart,
                                                         const QString &relsPart,
                                                         const QString &fileName);

    // Nullptr when there is no such relationship.
    [[nodiscard]] const Relationship *byId(const QString &id) const;
    [[nodiscard]] const Relationship *byType(const QString &type) const;

    // "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
    [[nodiscard]] static QString relsPartOf(const QString &part);
    // A target relative to the source part's folder, or absolute from the
    // package root, as a part name: ("xl/workbook.xml", "worksheets/s.xml")
    // → "xl/worksheets/s.xml"; "/xl/s.xml" → "xl/s.xml".
    [[nodiscard]] static QString resolve(const QString &sourcePart, const QString &target);

private:
    QList<Relationship> m_relationships;
};

} // namespace vigia
