#include "cli/RecordJson.h"

#include "common/UuidText.h"
#include "oplog/Hlc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace vigia {

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonValue RecordJson::timestamp(quint64 hlc)
{
    if (hlc == 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(Hlc::physical(hlc), Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject RecordJson::summary(const Record &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("form"), r.formId},
        {QStringLiteral("form_version"), textOrNull(r.formVersion)},
        {QStringLiteral("status"), statusName(r.status)},
        {QStringLiteral("deleted"), r.deleted},
        {QStringLiteral("country"), textOrNull(r.country)},
        {QStringLiteral("date"), textOrNull(r.date)},
        {QStringLiteral("created"), timestamp(r.createdHlc)},
        {QStringLiteral("updated"), timestamp(r.updatedHlc)},
        {QStringLiteral("author"),
         r.author.size() == 16 ? QJsonValue(UuidText::of(r.author)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject RecordJson::full(const Record &r)
{
    QJsonObject out = summary(r);
    QJsonObject values;
    // A null value is an answer that was cleared: there is nothing to show.
    for (auto it = r.values.constBegin(); it != r.values.constEnd(); ++it) {
        if (!it.value().isNull())
            values.insert(it.key(), it.value().toJsonValue());
    }
    out.insert(QStringLiteral("values"), values);
    out.insert(QStringLiteral("conflicts"), QJsonArray::fromStringList(r.conflictedFields));
    return out;
}

} // namespace vigia
