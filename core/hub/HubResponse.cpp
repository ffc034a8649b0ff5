#include "hub/HubResponse.h"

#include <QJsonDocument>

namespace vigia {

void HubResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            v = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HubResponse::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

HubResponse HubResponse::json(int status, const QJsonObject &object)
{
    HubResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json");
    return r;
}

HubResponse HubResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

HubResponse HubResponse::empty(int status)
{
    HubResponse r;
    r.status = status;
    return r;
}

} // namespace vigia
