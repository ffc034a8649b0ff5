#include "xlsx/XlsxPackage.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace vigia {

namespace {
// Parts smaller than this are never called bombs: a few kilobytes of
// repetitive XML can compress beyond any ratio, and are harmless anyway.
constexpr qint64 kRatioFloorBytes = 1024 * 1024;
constexpr qint64 kChunkBytes = 64 * 1024;
const QByteArray kOle2Signature = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 4);
}

QString normalised(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return name.toLower();
}

// Compared in floating point: a forged zip64 size times the ratio could
// overflow an integer.
bool beyondRatio(qint64 uncompressed, qint64 compressed, int ratio)
{
    return uncompressed > kRatioFloorBytes && double(uncompressed) > double(compressed) * ratio;
}
} // namespace

XlsxPackage::XlsxPackage(const QString &path, const XlsxLimits &limits)
    : m_path(path)
    , m_fileName(QFileInfo(path).fileName())
    , m_limits(limits)
{}

XlsxPackage::~XlsxPackage() = default;

Status XlsxPackage::open()
{
    const QFileInfo info(m_path);
    if (!info.exists() || !info.isFile()) {
        return Error(
            ErrorCode::NotFound,
            tr("%1 does not exist. Check the file name and folder, then try again.").arg(m_path));
    }
    if (info.size() > m_limits.maxFileBytes) {
        return Error(ErrorCode::Validation,
                     tr("%1 is larger than %2 MiB, the limit for a workbook. Remove sheets or "
                        "images the form does not need, save it again, then import again.")
                         .arg(m_fileName, mebibytes(m_limits.maxFileBytes)));
    }
    if (Status s = checkSignature(); !s)
        return s;
    return listEntries();
}

Status XlsxPackage::checkSignature()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, tr("%1 could not be read: %2. Check that you may read the "
                                       "file, then try again.")
                                        .arg(m_fileName, file.errorString()));
    }
    if (file.read(kOle2Signature.size()) != kOle2Signature)
        return {};
    // Password-protected .xlsx files are OLE2 containers too; the stream
    // that holds their key is named in UTF-16 in the container's directory.
    const QByteArray encryptionInfo =
        QByteArrayLiteral("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0");
    file.seek(0);
    if (file.readAll().contains(encryptionInfo)) {
        return Error(ErrorCode::Usage,
                     tr("%1 is protected with a password. Open it in a spreadsheet program, "
                        "remove the password, save it as .xlsx, then import again.")
                         .arg(m_fileName));
    }
    return Error(ErrorCode::Usage,
                 tr("%1 is an Excel 97–2003 (.xls) workbook. Open it in a spreadsheet program "
                    "and save it as .xlsx, then import again.")
                     .arg(m_fileName));
}

Status XlsxPackage::listEntries()
{
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return notAZip();
    const int count = m_zip->getEntriesCount();
    if (count < 0)
        return notAZip();
    const auto tooMany = [this](qsizetype n) {
        return Error(ErrorCode::Validation,
                     tr("%1 contains %2 files, more than the limit of %3 for a workbook. Copy "
                        "the form's sheets into a new workbook, then import that one.")
                         .arg(m_fileName)
                         .arg(n)
                         .arg(m_limits.maxParts));
    };
    if (count > m_limits.maxParts)
        return tooMany(count);
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return notAZip();
        // The count in the end record is only a claim; count what is there.
        if (m_entries.size() >= m_limits.maxParts)
            return tooMany(m_entries.size() + 1);
        Entry e;
        e.name = info.name;
        e.compressed = qint64(info.compressedSize);
        e.uncompressed = qint64(info.uncompressedSize);
        m_entries.insert(normalised(info.name), e);
    }
    if (m_zip->getZipError() != UNZ_OK)
        return notAZip();
    return {};
}

bool XlsxPackage::contains(const QString &part) const
{
    return m_entries.contains(normalised(part));
}

Result<QByteArray> XlsxPackage::read(const QString &part)
{
    const auto it = m_entries.constFind(normalised(part));
    if (it == m_entries.constEnd() || !m_zip)
        return damaged(m_fileName, part, tr("the part is missing"));
    const Entry &e = *it;
    if (e.uncompressed > m_limits.maxPartBytes)
        return tooLarge(part);
    if (beyondRatio(e.uncompressed, e.compressed, m_limits.maxCompressionRatio))
        return tooCompressed(part);
    if (m_bytesRead + e.uncompressed > m_limits.maxTotalBytes)
        return totalTooLarge();

    if (!m_zip->setCurrentFile(e.name, QuaZip::csSensitive))
        return damaged(m_fileName, part, tr("the part cannot be found in the zip directory"));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return damaged(m_fileName, part, tr("the part cannot be unpacked"));
    QByteArray data;
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return damaged(m_fileName, part, tr("the part cannot be unpacked"));
        if (n == 0)
            break;
        // Checked before the bytes are kept, so memory never grows past a limit.
        if (data.size() + n > m_limits.maxPartBytes)
            return tooLarge(part);
        if (beyondRatio(data.size() + n, e.compressed, m_limits.maxCompressionRatio))
            return tooCompressed(part);
        if (m_bytesRead + data.size() + n > m_limits.maxTotalBytes)
            return totalTooLarge();
        data.append(chunk.constData(), n);
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return damaged(m_fileName, part, tr("the part fails its checksum"));
    m_bytesRead += data.size();
    return data;
}

Error XlsxPackage::malformed(const QString &fileName, const QString &part,
                             const QXmlStreamReader &xml)
{
    return damaged(fileName, part,
                   tr("the XML is not well-formed at line %1, column %2 (%3)")
                       .arg(xml.lineNumber())
                       .arg(xml.columnNumber())
                       .arg(xml.errorString()));
}

Error XlsxPackage::damaged(const QString &fileName, const QString &part, const QString &problem)
{
    return Error(ErrorCode::Corrupt,
                 tr("%1 is damaged: %2, in its part %3. Open it in a spreadsheet program and "
                    "save it again as .xlsx, then import again.")
                     .arg(fileName, problem, part));
}

bool XlsxPackage::enterRoot(QXmlStreamReader &xml)
{
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType t = xml.readNext();
        if (t == QXmlStreamReader::DTD) {
            xml.raiseError(tr("a document type declaration is not allowed here"));
            return false;
        }
        if (t == QXmlStreamReader::StartElement)
            return true;
    }
    return false;
}

Error XlsxPackage::tooLarge(const QString &part) const
{
    return Error(ErrorCode::Validation,
                 tr("%1 cannot be imported: its part %2 unpacks to more than %3 MiB, the limit "
                    "for one part. Remove rows, sheets or images the form does not need, then "
                    "import again.")
                     .arg(m_fileName, part, mebibytes(m_limits.maxPartBytes)));
}

Error XlsxPackage::tooCompressed(const QString &part) const
{
    return Error(
        ErrorCode::Validation,
        tr("%1 cannot be imported: its part %2 unpacks to more than %3 times its "
           "compressed size, beyond the compression ratio limit of %3:1 that protects "
           "against zip bombs. Open the workbook in a spreadsheet program, save it again as .xlsx, "
           "then import again.")
            .arg(m_fileName, part)
            .arg(m_limits.maxCompressionRatio));
}

Error XlsxPackage::totalTooLarge() const
{
    return Error(ErrorCode::Validation,
                 tr("%1 cannot be imported: its parts unpack to more than %2 MiB together, the "
                    "limit for a workbook. Remove sheets or images the form does not need, then "
                    "import again.")
                     .arg(m_fileName, mebibytes(m_limits.maxTotalBytes)));
}

Error XlsxPackage::notAZip() const
{
    return Error(ErrorCode::Corrupt,
                 tr("%1 is damaged or is not an .xlsx workbook: it cannot be read as a zip "
                    "archive. Open it in a spreadsheet program and save it as .xlsx, then import "
                    "again; if it was copied or downloaded, copy it again.")
                     .arg(m_fileName));
}

} // namespace vigia
