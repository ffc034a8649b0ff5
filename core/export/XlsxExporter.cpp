#include "export/XlsxExporter.h"

#include "export/XlsxWriterLibrary.h"

#include <QDir>

namespace vigia {

namespace {
// Excel's limit on a cell's text.
constexpr qsizetype kMaxCellText = 32767;

lxw_datetime lxwDateTime(const ExportValue &v)
{
    const QDate d = v.date();
    if (v.kind() != ExportValue::Kind::DateTime)
        return lxw_datetime{d.year(), d.month(), d.day(), 0, 0, 0};
    const QDateTime dt = v.dateTime();
    const QTime t = dt.time();
    return lxw_datetime{d.year(), d.month(),  d.day(),
                        t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
}
} // namespace

XlsxExporter::XlsxExporter(QString dir, QString file)
    : m_dir(std::move(dir))
    , m_file(std::move(file))
{}

XlsxExporter::~XlsxExporter()
{
    // An export cancelled or failed midway: the workbook is closed only to
    // free it; the caller removes the temporary folder it was written to.
    if (m_workbook)
        m_lib->workbookClose(m_workbook);
}

Status XlsxExporter::check(int error) const
{
    if (error == LXW_NO_ERROR)
        return {};
    return Error(ErrorCode::Io,
                 tr("Could not write the workbook %1: %2")
                     .arg(m_file, QString::fromUtf8(m_lib->strerror(lxw_error(error)))));
}

Status XlsxExporter::open()
{
    if (m_workbook)
        return {};
    QString error;
    m_lib = XlsxWriterLibrary::get(&error);
    if (!m_lib)
        return Error(ErrorCode::NotFound, error);
    m_tmpdir = QDir::toNativeSeparators(m_dir).toLocal8Bit();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpdir.data();
    options.use_zip64 = LXW_TRUE;
    const QByteArray path = QDir(m_dir).filePath(m_file).toLocal8Bit();
    m_workbook = m_lib->workbookNewOpt(path.constData(), &options);
    if (!m_workbook)
        return Error(ErrorCode::Io, tr("Could not create the workbook %1.").arg(m_file));
    m_header = m_lib->workbookAddFormat(m_workbook);
    m_lib->formatSetBold(m_header);
    m_date = m_lib->workbookAddFormat(m_workbook);
    m_lib->formatSetNumFormat(m_date, "yyyy-mm-dd");
    m_dateTime = m_lib->workbookAddFormat(m_workbook);
    m_lib->formatSetNumFormat(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    m_month = m_lib->workbookAddFormat(m_workbook);
    m_lib->formatSetNumFormat(m_month, "yyyy-mm");
    return {};
}

QString XlsxExporter::uniqueSheetName(const QString &name)
{
    QString base;
    for (const QChar c : name)
        base += QStringLiteral("[]:*?/\\").contains(c) ? QLatin1Char('_') : c;
    QString candidate = base.left(LXW_SHEETNAME_MAX);
    for (int n = 2; m_sheetNames.contains(candidate.toLower()); ++n) {
        const QString suffix = QLatin1Char('~') + QString::number(n);
        candidate = base.left(LXW_SHEETNAME_MAX - suffix.size()) + suffix;
    }
    m_sheetNames.insert(candidate.toLower());
    return candidate;
}

Result<XlsxExporter::Sheet> XlsxExporter::addSheet(const QString &name, const QStringList &header,
                                                   QString *usedName)
{
    if (Status s = open(); !s)
        return s.error();
    *usedName = uniqueSheetName(name);
    Sheet sheet;
    sheet.sheet = m_lib->workbookAddWorksheet(m_workbook, usedName->toUtf8().constData());
    if (!sheet.sheet)
        return Error(ErrorCode::Io,
                     tr("Could not add the sheet %1 to the workbook.").arg(*usedName));
    for (qsizetype c = 0; c < header.size(); ++c)
        if (Status s = check(m_lib->worksheetWriteString(sheet.sheet, 0, lxw_col_t(c),
                                                         header[c].toUtf8().constData(), m_header));
            !s)
            return s.error();
    sheet.nextRow = 1;
    return sheet;
}

Result<QStringList> XlsxExporter::beginForm(const QList<ExportTable> &tables,
                                            const FormDefinition &)
{
    m_sheets.clear();
    QStringList names;
    for (const ExportTable &table : tables) {
        QStringList header;
        for (const ExportColumn &c : table.columns)
            header.append(c.name);
        QString name;
        auto sheet = addSheet(table.name, header, &name);
        if (!sheet)
            return sheet.error();
        m_sheets.append(sheet.value());
        names.append(name);
    }
    return names;
}

Status XlsxExporter::writeRow(int table, const QList<ExportValue> &cells)
{
    Sheet &sheet = m_sheets[table];
    if (sheet.nextRow >= LXW_ROW_MAX) {
        return Error(
            ErrorCode::TooLarge,
            tr("A sheet holds at most %1 rows; export this form as CSV instead.").arg(LXW_ROW_MAX));
    }
    const lxw_row_t row = sheet.nextRow++;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const ExportValue &v = cells[c];
        const auto col = lxw_col_t(c);
        lxw_error error = LXW_NO_ERROR;
        switch (v.kind()) {
        case ExportValue::Kind::Empty:
            break;
        case ExportValue::Kind::Text:
            error = m_lib->worksheetWriteString(sheet.sheet, row, col, cellText(v.utf8()), nullptr);
            break;
        case ExportValue::Kind::Number:
            error = m_lib->worksheetWriteNumber(sheet.sheet, row, col, v.number(), nullptr);
            break;
        case ExportValue::Kind::Date:
        case ExportValue::Kind::DateTime:
        case ExportValue::Kind::Month: {
            lxw_datetime dt = lxwDateTime(v);
            lxw_format *format = v.kind() == ExportValue::Kind::Date       ? m_date
                                 : v.kind() == ExportValue::Kind::DateTime ? m_dateTime
                                                                           : m_month;
            error = m_lib->worksheetWriteDatetime(sheet.sheet, row, col, &dt, format);
            break;
        }
        }
        if (Status s = check(error); !s)
            return s;
    }
    return {};
}

const char *XlsxExporter::cellText(QByteArrayView utf8)
{
    // No more bytes than the limit's characters: nothing to cut. Copied for
    // its terminating zero into a buffer that keeps its capacity.
    if (utf8.size() <= kMaxCellText) {
        m_cell.resize(0);
        m_cell.append(utf8);
    } else {
        m_cell = QString::fromUtf8(utf8).left(kMaxCellText).toUtf8();
    }
    return m_cell.constData();
}

Status XlsxExporter::endForm()
{
    m_sheets.clear();
    return {};
}

Result<QString> XlsxExporter::writeTextTable(const QString &name, const QStringList &header,
                                             const QList<QStringList> &rows)
{
    QString used;
    auto sheet = addSheet(name, header, &used);
    if (!sheet)
        return sheet.error();
    lxw_row_t row = 1;
    for (const QStringList &line : rows) {
        for (qsizetype c = 0; c < line.size(); ++c) {
            if (line[c].isEmpty())
                continue;
            if (Status s = check(m_lib->worksheetWriteString(
                    sheet.value().sheet, row, lxw_col_t(c),
                    line[c].left(kMaxCellText).toUtf8().constData(), nullptr));
                !s)
                return s.error();
        }
        ++row;
    }
    return used;
}

Result<QStringList> XlsxExporter::finish()
{
    if (Status s = open(); !s)
        return s.error();
    lxw_workbook *workbook = std::exchange(m_workbook, nullptr);
    if (Status s = check(m_lib->workbookClose(workbook)); !s)
        return s.error();
    return QStringList{m_file};
}

} // namespace vigia
