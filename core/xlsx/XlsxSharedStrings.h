#pragma once

#include "common/Result.h"
#include "xlsx/XlsxLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QXmlStreamReader;

namespace vigia {

// xl/sharedStrings.xml: the texts that t="s" cells refer to by index.
class XlsxSharedStrings
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsxSharedStrings)

public:
    [[nodiscard]] static Result<QStringList> parse(const QByteArray &xml, const QString &part,
                                                   const QString &fileName,
                                                   const XlsxLimits &limits);

    // Reads the current <si> or <is> element to its end: plain <t> text or
    // the <t> of every rich-text run <r>, without phonetic guides <rPh>.
    [[nodiscard]] static QString readRichText(QXmlStreamReader &xml);
    // Excel writes characters XML cannot carry as _xHHHH_ (_x000D_ for a
    // carriage return) and a literal "_x" as _x005F_x.
    [[nodiscard]] static QString unescape(const QString &text);
};

} // namespace vigia
