#include "forms/ChoiceFile.h"

#include "common/CsvRecords.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QXmlStreamReader>

namespace vigia {

namespace {

void setColumn(FormChoice &choice, const QString &column, const QString &value,
               const QString &language)
{
    if (column == u"label")
        choice.setLabel(language, value);
    else if (column.startsWith(QStringLiteral("label::")))
        choice.setLabel(column.mid(7), value);
    else
        choice.setAttribute(column, value);
}

} // namespace

Result<QList<FormChoice>> ChoiceFile::read(const QString &path, const QString &listName,
                                           const QString &language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    const QString name = QFileInfo(path).fileName();
    if (name.endsWith(QStringLiteral(".xml"), Qt::CaseInsensitive))
        return readXml(data, listName, language, name);
    return readCsv(data, listName, language, name);
}

Result<QList<FormChoice>> ChoiceFile::readCsv(const QByteArray &data, const QString &listName,
                                              const QString &language, const QString &file)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF))) // a byte order mark, as spreadsheet programs write
        text.remove(0, 1);
    const QList<QStringList> records = CsvRecords::parse(text);
    QStringList header;
    if (!records.isEmpty()) {
        for (const QString &column : records.first())
            header << column.trimmed().toLower();
    }
    const qsizetype nameColumn = header.indexOf(QStringLiteral("name"));
    if (nameColumn < 0) {
        return Error(
            ErrorCode::Validation,
            tr("%1 row 1: the file needs a name column; add it to its first row.").arg(file));
    }
    QList<FormChoice> out;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &record = records.at(r);
        const QString name = record.value(nameColumn).trimmed();
        if (name.isEmpty()) {
            return Error(ErrorCode::Validation,
                         tr("%1 row %2, column name: the choice has no name; fill it in or "
                            "delete the row.")
                             .arg(file)
                             .arg(r + 1));
        }
        FormChoice choice(listName, name);
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (c != nameColumn && !header.at(c).isEmpty())
                setColumn(choice, header.at(c), record.value(c).trimmed(), language);
        }
        out << choice;
    }
    return out;
}

Result<QList<FormChoice>> ChoiceFile::readXml(const QByteArray &data, const QString &listName,
                                              const QString &language, const QString &file)
{
    QXmlStreamReader xml(data);
    QList<FormChoice> out;
    int item = 0;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"item") {
            continue; // the root: go on into it
        }
        ++item;
        QList<QPair<QString, QString>> fields;
        while (xml.readNextStartElement())
            fields.append({xml.name().toString().toLower(), xml.readElementText().trimmed()});
        QString name;
        for (const auto &field : fields) {
            if (field.first == u"name")
                name = field.second;
        }
        if (name.isEmpty()) {
            return Error(
                ErrorCode::Validation,
                tr("%1, item %2: the item has no name element; add one.").arg(file).arg(item));
        }
        FormChoice choice(listName, name);
        for (const auto &field : fields) {
            if (field.first != u"name")
                setColumn(choice, field.first, field.second, language);
        }
        out << choice;
    }
    if (xml.hasError()) {
        return Error(ErrorCode::Validation,
                     tr("%1 is not well-formed XML (line %2): %3; fix the file.")
                         .arg(file)
                         .arg(xml.lineNumber())
                         .arg(xml.errorString()));
    }
    return out;
}

} // namespace vigia
