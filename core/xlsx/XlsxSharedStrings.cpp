#include "xlsx/XlsxSharedStrings.h"

#include "xlsx/XlsxPackage.h"

#include <QXmlStreamReader>

namespace vigia {

namespace {
bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// Text elements keep their whitespace whether or not xml:space="preserve" is
// set: QXmlStreamReader never drops it, and a trailing space in a name is
// something the importer must see to report.
QString readRun(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t")
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else
            xml.skipCurrentElement();
    }
    return text;
}
} // namespace

Result<QStringList> XlsxSharedStrings::parse(const QByteArray &data, const QString &part,
                                             const QString &fileName, const XlsxLimits &limits)
{
    QStringList strings;
    QXmlStreamReader xml(data);
    if (XlsxPackage::enterRoot(xml)) {
        while (xml.readNextStartElement()) {
            if (xml.name() != u"si") {
                xml.skipCurrentElement();
                continue;
            }
            if (strings.size() >= limits.maxSharedStrings) {
                return Error(ErrorCode::Validation,
                             tr("%1 cannot be imported: %2 holds more than %3 different texts, "
                                "the limit for a workbook. Remove sheets the form does not need, "
                                "then import again.")
                                 .arg(fileName, part)
                                 .arg(limits.maxSharedStrings));
            }
            const QString text = readRichText(xml);
            if (text.size() > limits.maxCellTextLength) {
                return Error(ErrorCode::Validation,
                             tr("%1 cannot be imported: text number %2 in %3 is %4 characters "
                                "long, more than the limit of %5 for one cell. Shorten it, then "
                                "import again.")
                                 .arg(fileName)
                                 .arg(strings.size() + 1)
                                 .arg(part)
                                 .arg(text.size())
                                 .arg(limits.maxCellTextLength));
            }
            strings.append(text);
        }
        while (!xml.atEnd())
            xml.readNext();
    }
    if (xml.hasError())
        return XlsxPackage::malformed(fileName, part, xml);
    return strings;
}

QString XlsxSharedStrings::readRichText(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t")
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"r")
            text += readRun(xml);
        else
            xml.skipCurrentElement(); // rPh, phoneticPr, extLst
    }
    return unescape(text);
}

QString XlsxSharedStrings::unescape(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < n && text.at(i + 1) == QLatin1Char('x') &&
            isHex(text.at(i + 2)) && isHex(text.at(i + 3)) && isHex(text.at(i + 4)) &&
            isHex(text.at(i + 5)) && text.at(i + 6) == QLatin1Char('_')) {
            out.append(QChar(char16_t(text.mid(i + 2, 4).toUShort(nullptr, 16))));
            i += 6;
        } else {
            out.append(text.at(i));
        }
    }
    return out;
}

} // namespace vigia
