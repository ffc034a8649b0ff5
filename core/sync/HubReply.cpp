#include "sync/HubReply.h"

#include <QJsonDocument>

namespace vigia {

QJsonObject HubReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HubReply::code() const
{
    return json().value(QStringLiteral("code")).toString();
}

QString HubReply::message() const
{
    return json().value(QStringLiteral("message")).toString();
}

int HubReply::retryAfterSeconds() const
{
    bool ok = false;
    const int seconds = header("retry-after").trimmed().toInt(&ok);
    // An HTTP date instead of seconds is legal but no hub of ours sends it;
    // it counts as no advice, and the agent's own backoff applies.
    return ok && seconds >= 0 ? seconds : -1;
}

} // namespace vigia
