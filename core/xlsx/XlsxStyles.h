#pragma once

#include "common/Result.h"
#include "xlsx/XlsxNumberFormat.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vigia {

// The part of xl/styles.xml that matters for values: which cell formats
// (a cell's s="…" index into <cellXfs>) show numbers as dates or times.
class XlsxStyles
{
public:
    [[nodiscard]] static Result<XlsxStyles> parse(const QByteArray &xml, const QString &part,
                                                  const QString &fileName);

    // Number for an index without a format, as spreadsheet programs do.
    [[nodiscard]] XlsxNumberFormat::Kind kindOf(int styleIndex) const;

private:
    QList<XlsxNumberFormat::Kind> m_kinds;
};

} // namespace vigia
