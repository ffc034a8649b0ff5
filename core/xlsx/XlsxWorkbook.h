#pragma once

#include "common/Result.h"
#include "xlsx/XlsxLimits.h"
#include "xlsx/XlsxSheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigia {

class XlsxPackage;

// An .xlsx workbook read completely into memory: every worksheet's values,
// typed. This is the spreadsheet layer only; what the sheets mean (an
// XLSForm's survey, choices and settings) is the importer's business.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsxWorkbook)

public:
    [[nodiscard]] static Result<XlsxWorkbook> open(const QString &path,
                                                   const XlsxLimits &limits = {});

    // The file's name without its folder.
    [[nodiscard]] const QString &fileName() const { return m_fileName; }
    // Worksheet names in tab order; chart sheets are left out.
    [[nodiscard]] QStringList sheetNames() const;
    // Names compare case-insensitively and ignoring surrounding spaces, as
    // XLSForm tools do ("Survey", "SURVEY " and "survey" are one sheet).
    [[nodiscard]] bool hasSheet(const QString &name) const;
    [[nodiscard]] Result<XlsxSheet> sheet(const QString &name) const;
    [[nodiscard]] bool isDate1904() const { return m_date1904; }

private:
    struct SheetEntry
    {
        QString name;
        QString relationshipId;
    };

    XlsxWorkbook() = default;
    [[nodiscard]] Result<QString> findWorkbookPart(XlsxPackage &package) const;
    [[nodiscard]] Result<QList<SheetEntry>> readWorkbookPart(XlsxPackage &package,
                                                             const QString &part);
    [[nodiscard]] const XlsxSheet *find(const QString &name) const;

    QString m_fileName;
    QList<XlsxSheet> m_sheets;
    bool m_date1904 = false;
};

} // namespace vigia
