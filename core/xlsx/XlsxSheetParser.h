#pragma once

#include "common/Result.h"
#include "xlsx/XlsxCell.h"
#include "xlsx/XlsxLimits.h"
#include "xlsx/XlsxSheet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

class QXmlStreamReader;

namespace vigia {

class XlsxStyles;

// Reads one worksheet part's <sheetData> into an XlsxSheet: cell references
// (filling in missing ones by position), every cell type, and dates where
// the cell's style says so. One parser per sheet.
class XlsxSheetParser
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsxSheetParser)

public:
    XlsxSheetParser(const QString &fileName, const XlsxLimits &limits,
                    const QStringList &sharedStrings, const XlsxStyles &styles, bool date1904);

    [[nodiscard]] Result<XlsxSheet> parse(const QString &sheetName, const QString &part,
                                          const QByteArray &xml);

    // "B12" → column 1, row 12. False unless letters within XFD are followed
    // by a row number from 1 to 16 777 216 (LibreOffice's largest sheet).
    [[nodiscard]] static bool parseReference(QStringView ref, int *column, int *row);

private:
    [[nodiscard]] bool readSheetData();
    [[nodiscard]] bool readRow(int rowNumber, XlsxSheet::Row &cells);
    [[nodiscard]] bool readCell(int rowNumber, int &nextColumn, XlsxSheet::Row &cells);
    [[nodiscard]] bool makeCell(const QString &ref, QStringView type, int style,
                                const QString *value, const QString *inlineText, XlsxCell &cell);
    [[nodiscard]] XlsxCell numberCell(double value, int style) const;
    [[nodiscard]] bool reserveCell(const XlsxSheet::Row &cells, const QString &ref);
    [[nodiscard]] bool fail(Error error);
    [[nodiscard]] bool damaged(const QString &problem);

    QString m_fileName;
    XlsxLimits m_limits;
    const QStringList &m_sharedStrings;
    const XlsxStyles &m_styles;
    bool m_date1904 = false;

    QString m_sheetName;
    QString m_part;
    QXmlStreamReader *m_xml = nullptr;
    QMap<int, XlsxSheet::Row> m_rows;
    qint64 m_cellCount = 0; // cells held by m_rows
    Error m_error;
};

} // namespace vigia
