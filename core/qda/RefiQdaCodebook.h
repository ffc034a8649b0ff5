#pragma once

#include "store/Code.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QXmlStreamWriter;

namespace vigia {

// The codebook in the REFI-QDA exchange standard (QDA-XML 1.0): the `.qdc`
// file on its own, and the <CodeBook> a project file embeds. Names are
// written in one language; the other two go into the description, so an
// analyst working in NVivo, ATLAS.ti, MAXQDA or QualCoder keeps them.
class RefiQdaCodebook
{
public:
    static constexpr const char *kCodebookNamespace = "urn:QDA-XML:codebook:1.0";
    static constexpr const char *kProjectNamespace = "urn:QDA-XML:project:1.0";

    // A whole .qdc document. `origin` names the program that wrote it.
    [[nodiscard]] static QByteArray document(const QList<CodeNode> &tree, const QString &language,
                                             const QString &origin);
    // <CodeBook><Codes>…</Codes></CodeBook> in the writer's current namespace.
    static void write(QXmlStreamWriter &xml, const QList<CodeNode> &tree, const QString &language);
    // A GUID as the standard spells it: lower-case hex groups, no braces.
    [[nodiscard]] static QString guid(const QUuid &id);

private:
    static void writeCode(QXmlStreamWriter &xml, const CodeNode &node, const QString &language);
};

} // namespace vigia
