#include "cli/RecordText.h"

#include "common/UuidText.h"
#include "oplog/Hlc.h"

#include <QDateTime>
#include <QUuid>

namespace vigia {

QString RecordText::value(const QCborValue &v)
{
    switch (v.type()) {
    case QCborValue::String:
        return v.toString();
    case QCborValue::Integer:
        return QString::number(v.toInteger());
    case QCborValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QCborValue::True:
        return QStringLiteral("true");
    case QCborValue::False:
        return QStringLiteral("false");
    case QCborValue::Null:
        return QStringLiteral("null");
    default:
        return v.toDiagnosticNotation(QCborValue::Compact);
    }
}

QString RecordText::localTime(quint64 hlc)
{
    if (hlc == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(Hlc::physical(hlc))
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

CliOutput::Rows RecordText::details(const Record &r)
{
    const QString none = tr("(none)");
    const auto orNone = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    CliOutput::Rows rows{
        {tr("Record:"), r.id.toString(QUuid::WithoutBraces)},
        {tr("Form:"), r.formId},
        {tr("Form version:"), orNone(r.formVersion)},
        {tr("Status:"), statusName(r.status)},
        {tr("Deleted:"), r.deleted ? tr("yes") : tr("no")},
        {tr("Country:"), orNone(r.country)},
        {tr("Date:"), orNone(r.date)},
        {tr("Created:"), localTime(r.createdHlc)},
        {tr("Updated:"), localTime(r.updatedHlc)},
        {tr("Author:"), r.author.size() == 16 ? UuidText::of(r.author) : none},
        {tr("Conflicts:"),
         r.conflictedFields.isEmpty() ? none : r.conflictedFields.join(QStringLiteral(", "))},
    };
    // A null value is an answer that was cleared: there is nothing to show.
    CliOutput::Rows values;
    for (auto it = r.values.constBegin(); it != r.values.constEnd(); ++it) {
        if (!it.value().isNull())
            values.append({QStringLiteral("  ") + it.key() + QLatin1Char(':'), value(it.value())});
    }
    rows.append({tr("Values:"), values.isEmpty() ? none : QString()});
    rows.append(values);
    return rows;
}

QString RecordText::table(const QList<Record> &records)
{
    QList<QStringList> lines;
    lines.append({tr("ID"), tr("FORM"), tr("STATUS"), tr("COUNTRY"), tr("DATE"), tr("UPDATED")});
    for (const Record &r : records) {
        const QString status =
            r.deleted ? tr("%1, deleted").arg(statusName(r.status)) : statusName(r.status);
        QStringList cells{r.id.toString(QUuid::WithoutBraces),
                          r.formId,
                          status,
                          r.country,
                          r.date,
                          localTime(r.updatedHlc)};
        for (QString &cell : cells)
            cell = CliOutput::singleLine(cell);
        lines.append(cells);
    }
    return aligned(lines);
}

QString RecordText::aligned(const QList<QStringList> &lines)
{
    QList<qsizetype> widths(lines.first().size(), 0);
    for (const QStringList &cells : lines) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = qMax(widths[i], cells[i].size());
    }
    QString out;
    for (const QStringList &cells : lines) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            line += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        }
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

} // namespace vigia
