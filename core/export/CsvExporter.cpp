#include "export/CsvExporter.h"

#include "export/SpssSyntaxWriter.h"

#include <QDir>

namespace vigia {

namespace {
// Rows are gathered and written in blocks: a write call per row would
// dominate a 100 000-record export.
constexpr qsizetype kFlushBytes = 256 * 1024;
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");
} // namespace

CsvExporter::CsvExporter(QString dir, bool bom, bool spss)
    : m_dir(std::move(dir))
    , m_bom(bom && !spss) // SPSS reads the encoding from the syntax, not a mark
    , m_spss(spss)
{}

CsvExporter::~CsvExporter() = default;

void CsvExporter::appendQuoted(QByteArray &out, QByteArrayView utf8)
{
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += utf8;
        return;
    }
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

QByteArray CsvExporter::quoted(const QString &field)
{
    QByteArray out;
    appendQuoted(out, field.toUtf8());
    return out;
}

QByteArray CsvExporter::line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += quoted(fields[i]);
    }
    out += "\r\n";
    return out;
}

QString CsvExporter::uniqueName(const QString &base, const QString &suffix)
{
    QString name = base + suffix;
    for (int n = 2; m_files.contains(name, Qt::CaseInsensitive); ++n)
        name = base + QLatin1Char('_') + QString::number(n) + suffix;
    m_files.append(name);
    return name;
}

Result<CsvExporter::Open> CsvExporter::create(const QString &fileName)
{
    Open open;
    open.file = std::make_unique<QFile>(QDir(m_dir).filePath(fileName));
    if (!open.file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error(ErrorCode::Io, tr("Could not create %1: %2")
                                        .arg(QDir::toNativeSeparators(open.file->fileName()),
                                             open.file->errorString()));
    }
    if (m_bom)
        open.buffer = kBom;
    return open;
}

Status CsvExporter::flush(Open &open, bool close)
{
    if (!open.file)
        return {};
    if (!open.buffer.isEmpty() && open.file->write(open.buffer) != open.buffer.size()) {
        return Error(ErrorCode::Io, tr("Could not write %1: %2")
                                        .arg(QDir::toNativeSeparators(open.file->fileName()),
                                             open.file->errorString()));
    }
    open.buffer.clear();
    if (close) {
        if (!open.file->flush()) {
            return Error(ErrorCode::Io, tr("Could not write %1: %2")
                                            .arg(QDir::toNativeSeparators(open.file->fileName()),
                                                 open.file->errorString()));
        }
        open.file->close();
        open.file.reset();
    }
    return {};
}

Result<QStringList> CsvExporter::beginForm(const QList<ExportTable> &tables,
                                           const FormDefinition &form)
{
    if (Status s = endForm(); !s)
        return s.error();
    QStringList names;
    for (const ExportTable &table : tables) {
        const QString name = uniqueName(table.name, QStringLiteral(".csv"));
        auto open = create(name);
        if (!open)
            return open.error();
        QStringList header;
        for (const ExportColumn &c : table.columns)
            header.append(c.name);
        open.value().buffer += line(header);
        m_open.push_back(open.take());
        names.append(name);
        if (m_spss) {
            const QString sps = uniqueName(name.chopped(4), QStringLiteral(".sps"));
            QFile file(QDir(m_dir).filePath(sps));
            const QByteArray syntax = SpssSyntaxWriter::syntax(table, form, name).toUtf8();
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(syntax) != syntax.size() || !file.flush()) {
                return Error(ErrorCode::Io, tr("Could not write %1: %2")
                                                .arg(QDir::toNativeSeparators(file.fileName()),
                                                     file.errorString()));
            }
        }
    }
    return names;
}

Status CsvExporter::writeRow(int table, const QList<ExportValue> &cells)
{
    Open &open = m_open[std::size_t(table)];
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            open.buffer += ',';
        const ExportValue &v = cells[i];
        if (v.kind() == ExportValue::Kind::Text)
            appendQuoted(open.buffer, v.utf8());
        else
            appendQuoted(open.buffer, v.text().toUtf8());
    }
    open.buffer += "\r\n";
    if (open.buffer.size() >= kFlushBytes)
        return flush(open, false);
    return {};
}

Status CsvExporter::endForm()
{
    for (Open &open : m_open)
        if (Status s = flush(open, true); !s)
            return s;
    m_open.clear();
    return {};
}

Result<QString> CsvExporter::writeTextTable(const QString &name, const QStringList &header,
                                            const QList<QStringList> &rows)
{
    const QString fileName = uniqueName(name, QStringLiteral(".csv"));
    auto open = create(fileName);
    if (!open)
        return open.error();
    open.value().buffer += line(header);
    for (const QStringList &row : rows)
        open.value().buffer += line(row);
    if (Status s = flush(open.value(), true); !s)
        return s.error();
    return fileName;
}

Result<QStringList> CsvExporter::finish()
{
    if (Status s = endForm(); !s)
        return s.error();
    return m_files;
}

} // namespace vigia
