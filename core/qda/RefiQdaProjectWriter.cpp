#include "qda/RefiQdaProjectWriter.h"

#include "common/DurableFile.h"
#include "qda/RefiQdaCodebook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace vigia {

namespace {

void collectCodes(const QList<CodeNode> &nodes, QSet<QUuid> &into)
{
    for (const CodeNode &node : nodes) {
        into.insert(node.code.id);
        collectCodes(node.children, into);
    }
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

RefiQdaProjectWriter::RefiQdaProjectWriter(QString path)
    : m_path(std::move(path))
{
    const QFileInfo info(m_path);
    m_partPath =
        info.dir().filePath(QStringLiteral(".") + info.fileName() + QStringLiteral(".part"));
}

RefiQdaProjectWriter::~RefiQdaProjectWriter()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    if (!m_finished)
        QFile::remove(m_partPath);
}

Error RefiQdaProjectWriter::ioError(const QString &detail) const
{
    return Error(ErrorCode::Io, tr("Could not write the REFI-QDA project %1: %2. Check that the "
                                   "folder is writable and the disk has room, then export again.")
                                    .arg(QDir::toNativeSeparators(m_path), detail));
}

Status RefiQdaProjectWriter::begin(const QString &projectName, const QString &origin,
                                   const QList<User> &users, const QList<CodeNode> &codes,
                                   const QString &language)
{
    // Owner-only from the first byte: the texts are narratives of crimes
    // against children. QuaZip then reuses the file it finds.
    {
        DurableFile file;
        if (!file.open(m_partPath, DurableFile::Create::Replace) || !file.commit())
            return ioError(file.errorString());
    }
    m_zip = std::make_unique<QuaZip>(m_partPath);
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdCreate))
        return ioError(tr("the zip file could not be created"));
    // The XML holds the memos: beside the export, owner-only, never in /tmp.
    m_xmlFile.setFileTemplate(QFileInfo(m_path).dir().filePath(QStringLiteral(".qde-XXXXXX")));
    if (!m_xmlFile.open())
        return ioError(m_xmlFile.errorString());
    collectCodes(codes, m_codes);

    m_xml.setDevice(&m_xmlFile);
    m_xml.setAutoFormatting(true);
    m_xml.writeStartDocument();
    m_xml.writeStartElement(QStringLiteral("Project"));
    m_xml.writeDefaultNamespace(QString::fromLatin1(RefiQdaCodebook::kProjectNamespace));
    m_xml.writeAttribute(QStringLiteral("name"), projectName);
    m_xml.writeAttribute(QStringLiteral("origin"), origin);
    m_xml.writeAttribute(QStringLiteral("creationDateTime"),
                         timeText(QDateTime::currentDateTimeUtc()));
    if (!users.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("Users"));
        for (const User &user : users) {
            const QString guid = RefiQdaCodebook::guid(QUuid::fromRfc4122(user.id));
            m_userGuids.insert(user.id, guid);
            m_xml.writeEmptyElement(QStringLiteral("User"));
            m_xml.writeAttribute(QStringLiteral("guid"), guid);
            m_xml.writeAttribute(QStringLiteral("name"), user.name);
        }
        m_xml.writeEndElement();
    }
    m_xml.writeStartElement(QStringLiteral("CodeBook"));
    RefiQdaCodebook::write(m_xml, codes, language);
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("Sources"));
    return {};
}

void RefiQdaProjectWriter::writeStamp(const QByteArray &author, const QDateTime &created)
{
    const auto user = m_userGuids.constFind(author);
    if (user != m_userGuids.constEnd())
        m_xml.writeAttribute(QStringLiteral("creatingUser"), user.value());
    if (created.isValid())
        m_xml.writeAttribute(QStringLiteral("creationDateTime"), timeText(created));
}

Status RefiQdaProjectWriter::add(const QdaSource &source)
{
    const QString guid = RefiQdaCodebook::guid(source.id);
    const QString entry = guid + QStringLiteral(".txt");
    if (Status s = writeEntry(QStringLiteral("Sources/") + entry, source.text.toUtf8()); !s)
        return s;
    m_xml.writeStartElement(QStringLiteral("TextSource"));
    m_xml.writeAttribute(QStringLiteral("guid"), guid);
    m_xml.writeAttribute(QStringLiteral("name"), source.name);
    m_xml.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://") + entry);
    writeStamp(source.author, source.created);
    for (const QdaSelection &sel : source.selections) {
        if (!m_codes.contains(sel.code))
            continue; // a code deleted since: nothing to point at
        m_xml.writeStartElement(QStringLiteral("PlainTextSelection"));
        m_xml.writeAttribute(QStringLiteral("guid"), RefiQdaCodebook::guid(sel.id));
        m_xml.writeAttribute(QStringLiteral("startPosition"), QString::number(sel.start));
        m_xml.writeAttribute(QStringLiteral("endPosition"), QString::number(sel.end));
        writeStamp(sel.author, sel.created);
        if (!sel.memo.isEmpty())
            m_xml.writeTextElement(QStringLiteral("Description"), sel.memo);
        m_xml.writeStartElement(QStringLiteral("Coding"));
        // The coding has no id of its own in Vigia: derived from the
        // selection's, so a second export names it the same.
        m_xml.writeAttribute(QStringLiteral("guid"), RefiQdaCodebook::guid(QUuid::createUuidV5(
                                                         sel.id, QStringLiteral("coding"))));
        writeStamp(sel.author, sel.created);
        m_xml.writeEmptyElement(QStringLiteral("CodeRef"));
        m_xml.writeAttribute(QStringLiteral("targetGUID"), RefiQdaCodebook::guid(sel.code));
        m_xml.writeEndElement(); // Coding
        m_xml.writeEndElement(); // PlainTextSelection
    }
    m_xml.writeEndElement(); // TextSource
    if (m_xml.hasError())
        return ioError(m_xmlFile.errorString());
    ++m_sources;
    return {};
}

Status RefiQdaProjectWriter::finish()
{
    m_xml.writeEndElement(); // Sources
    m_xml.writeEndElement(); // Project
    m_xml.writeEndDocument();
    if (m_xml.hasError() || !m_xmlFile.flush())
        return ioError(m_xmlFile.errorString());
    m_xmlFile.seek(0);
    if (Status s = writeEntry(QStringLiteral("project.qde"), m_xmlFile); !s)
        return s;
    m_zip->close();
    if (m_zip->getZipError() != 0)
        return ioError(tr("the zip file could not be completed"));
    if (!DurableFile::syncFile(m_partPath) || !DurableFile::replace(m_partPath, m_path))
        return ioError(DurableFile::lastErrorString());
    m_finished = true;
    return {};
}

Status RefiQdaProjectWriter::writeEntry(const QString &name, const QByteArray &bytes)
{
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return ioError(tr("the entry %1 could not be added").arg(name));
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    if (!written || file.getZipError() != 0)
        return ioError(tr("the entry %1 could not be written").arg(name));
    return {};
}

Status RefiQdaProjectWriter::writeEntry(const QString &name, QIODevice &from)
{
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return ioError(tr("the entry %1 could not be added").arg(name));
    bool written = true;
    while (written && !from.atEnd()) {
        const QByteArray chunk = from.read(1 << 16);
        written = !chunk.isEmpty() && file.write(chunk) == chunk.size();
    }
    file.close();
    if (!written || file.getZipError() != 0)
        return ioError(tr("the entry %1 could not be written").arg(name));
    return {};
}

} // namespace vigia
