#pragma once

#include "export/ExportWriter.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <vector>

namespace vigia {

// Writes each table as a UTF-8 CSV file (RFC 4180: comma separated, CRLF
// line ends, a field with a comma, a quote or a line break quoted, its
// quotes doubled), the header first; with a byte order mark when asked,
// which Excel needs to read UTF-8. With `spss`, an SPSS syntax file
// (SpssSyntaxWriter) goes beside each table's CSV.
class CsvExporter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::CsvExporter)

public:
    CsvExporter(QString dir, bool bom, bool spss = false);
    ~CsvExporter() override;

    // One CSV line (with its CRLF) of `fields`.
    [[nodiscard]] static QByteArray line(const QStringList &fields);
    [[nodiscard]] static QByteArray quoted(const QString &field);
    // The same from UTF-8, onto `out`: no copy of a field needing no quotes.
    static void appendQuoted(QByteArray &out, QByteArrayView utf8);

    [[nodiscard]] Result<QStringList> beginForm(const QList<ExportTable> &tables,
                                                const FormDefinition &form) override;
    [[nodiscard]] Status writeRow(int table, const QList<ExportValue> &cells) override;
    [[nodiscard]] Status endForm() override;
    [[nodiscard]] Result<QString> writeTextTable(const QString &name, const QStringList &header,
                                                 const QList<QStringList> &rows) override;
    [[nodiscard]] Result<QStringList> finish() override;

private:
    struct Open
    {
        std::unique_ptr<QFile> file;
        QByteArray buffer;
    };
    [[nodiscard]] Result<Open> create(const QString &fileName);
    [[nodiscard]] Status flush(Open &open, bool close);
    [[nodiscard]] QString uniqueName(const QString &base, const QString &suffix);

    QString m_dir;
    bool m_bom = false;
    bool m_spss = false;
    std::vector<Open> m_open;
    QStringList m_files;
};

} // namespace vigia
