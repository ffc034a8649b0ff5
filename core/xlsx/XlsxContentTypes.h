#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace vigia {

// [Content_Types].xml: the one place that says which part is the workbook
// and whether the file is an .xlsx at all or, say, a binary .xlsb.
class XlsxContentTypes
{
public:
    static inline const QString kPart = QStringLiteral("[Content_Types].xml");

    [[nodiscard]] static Result<XlsxContentTypes> parse(const QByteArray &xml,
                                                        const QString &fileName);

    // The XML workbook part (.xlsx, .xlsm, .xltx), or empty when none is declared.
    [[nodiscard]] const QString &workbookPart() const { return m_workbookPart; }
    // A binary (.xlsb) workbook, which this reader cannot read.
    [[nodiscard]] bool isBinaryWorkbook() const { return m_binary; }

private:
    QString m_workbookPart;
    bool m_binary = false;
};

} // namespace vigia
