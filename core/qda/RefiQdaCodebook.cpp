#include "qda/RefiQdaCodebook.h"

#include <QXmlStreamWriter>

namespace vigia {

QString RefiQdaCodebook::guid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toLower();
}

QByteArray RefiQdaCodebook::document(const QList<CodeNode> &tree, const QString &language,
                                     const QString &origin)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("CodeBook"));
    xml.writeDefaultNamespace(QString::fromLatin1(kCodebookNamespace));
    xml.writeAttribute(QStringLiteral("origin"), origin);
    write(xml, tree, language);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

void RefiQdaCodebook::write(QXmlStreamWriter &xml, const QList<CodeNode> &tree,
                            const QString &language)
{
    // <Codes> is required and holds at least one <Code> in the schema; a
    // codebook with no code is still written, and reported by the caller.
    xml.writeStartElement(QStringLiteral("Codes"));
    for (const CodeNode &node : tree)
        writeCode(xml, node, language);
    xml.writeEndElement();
}

void RefiQdaCodebook::writeCode(QXmlStreamWriter &xml, const CodeNode &node,
                                const QString &language)
{
    const Code &code = node.code;
    xml.writeStartElement(QStringLiteral("Code"));
    xml.writeAttribute(QStringLiteral("guid"), guid(code.id));
    xml.writeAttribute(QStringLiteral("name"), code.name(language));
    xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
    if (!code.color.isEmpty())
        xml.writeAttribute(QStringLiteral("color"), code.color.toUpper());
    QStringList description;
    if (!code.description.isEmpty())
        description.append(code.description);
    // The names in the other languages, so nothing of the codebook is lost.
    const QList<QPair<QString, QString>> names{{QStringLiteral("en"), code.nameEn},
                                               {QStringLiteral("es"), code.nameEs},
                                               {QStringLiteral("pt-BR"), code.namePt}};
    for (const auto &[lang, name] : names) {
        if (!name.isEmpty() && name != code.name(language))
            description.append(QStringLiteral("[%1] %2").arg(lang, name));
    }
    if (!description.isEmpty())
        xml.writeTextElement(QStringLiteral("Description"), description.join(QLatin1Char('\n')));
    for (const CodeNode &child : node.children)
        writeCode(xml, child, language);
    xml.writeEndElement();
}

} // namespace vigia
