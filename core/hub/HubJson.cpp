#include "hub/HubJson.h"

#include "common/Error.h"

#include <QJsonDocument>

namespace vigia {

namespace {
constexpr int kDefaultListLimit = 100;
}

std::variant<QJsonObject, HubResponse> HubJson::object(const HubRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return HubResponse::error(400, QStringLiteral("bad_json"),
                                  tr("The body is not a JSON object."));
    return doc.object();
}

QByteArray HubJson::base64(const QJsonObject &object, const QString &name)
{
    const QByteArray text = object.value(name).toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

HubResponse HubJson::storageError(const Error &error)
{
    return HubResponse::error(500, QStringLiteral("storage"), error.message());
}

HubResponse HubJson::coordinatorsOnly()
{
    return HubResponse::error(403, QStringLiteral("forbidden"),
                              tr("Only a coordinator's device of the project may do this."));
}

bool HubJson::cursor(const HubRequest &request, int maxLimit, qint64 *after, int *limit,
                     HubResponse *refusal)
{
    bool afterOk = true;
    bool limitOk = true;
    *after = request.query.value("after", "0").toLongLong(&afterOk);
    *limit = request.query.value("limit", QByteArray::number(kDefaultListLimit)).toInt(&limitOk);
    if (afterOk && limitOk && *after >= 0 && *limit >= 1 && *limit <= maxLimit)
        return true;
    *refusal = HubResponse::error(
        400, QStringLiteral("bad_request"),
        tr("'after' is a sequence number and 'limit' between 1 and %1.").arg(maxLimit));
    return false;
}

} // namespace vigia
