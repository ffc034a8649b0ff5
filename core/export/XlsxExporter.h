#pragma once

#include "export/ExportWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace vigia {

struct XlsxWriterLibrary;

// Writes every table as a sheet of one workbook through libxlsxwriter:
// numbers as numbers, dates and date-times as dates with a date format, a
// coarsened date as its month; the dictionary and the aggregate tables as
// sheets too. In constant-memory mode each sheet goes to a temporary file
// (in the export's own temporary folder) as its rows come, so memory stays
// bounded whatever the number of records.
class XlsxExporter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsxExporter)

public:
    // `file` is the workbook's name inside `dir`.
    XlsxExporter(QString dir, QString file);
    ~XlsxExporter() override;

    XlsxExporter(const XlsxExporter &) = delete;
    XlsxExporter &operator=(const XlsxExporter &) = delete;

    [[nodiscard]] Result<QStringList> beginForm(const QList<ExportTable> &tables,
                                                const FormDefinition &form) override;
    [[nodiscard]] Status writeRow(int table, const QList<ExportValue> &cells) override;
    [[nodiscard]] Status endForm() override;
    [[nodiscard]] Result<QString> writeTextTable(const QString &name, const QStringList &header,
                                                 const QList<QStringList> &rows) override;
    [[nodiscard]] Result<QStringList> finish() override;

private:
    struct Sheet
    {
        lxw_worksheet *sheet = nullptr;
        quint32 nextRow = 0;
    };
    [[nodiscard]] Status open();
    [[nodiscard]] Result<Sheet> addSheet(const QString &name, const QStringList &header,
                                         QString *usedName);
    [[nodiscard]] Status check(int error) const;
    [[nodiscard]] QString uniqueSheetName(const QString &name);
    // A text cell as libxlsxwriter takes it: zero-terminated, cut to Excel's
    // limit; valid until the next call.
    [[nodiscard]] const char *cellText(QByteArrayView utf8);

    QString m_dir;
    QString m_file;
    QByteArray m_tmpdir;
    const XlsxWriterLibrary *m_lib = nullptr;
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_format *m_month = nullptr;
    QList<Sheet> m_sheets;      // the current form's
    QSet<QString> m_sheetNames; // lower case, as Excel compares them
    QByteArray m_cell;          // cellText's buffer
};

} // namespace vigia
