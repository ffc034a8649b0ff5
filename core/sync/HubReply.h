#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace vigia {

// One HTTP answer from a hub as the sync module reads it. `status` is 0 when
// no answer came (then `networkError` says why, in the user's language).
struct HubReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString networkError;
    bool timedOut = false;
    bool pinMismatch = false; // the hub's certificate is not the pinned one
    // The status of an answer whose body was cut: status is then 0, and
    // `body` holds what arrived before the cut.
    int statusBeforeCut = 0;

    [[nodiscard]] bool answered() const { return status != 0; }
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        return headers.value(name.toLower());
    }
    [[nodiscard]] QJsonObject json() const;
    // The refusal's stable `code` and its `message` for people (hub-api.md).
    [[nodiscard]] QString code() const;
    [[nodiscard]] QString message() const;
    // Seconds from Retry-After (429, 503), or -1 without one.
    [[nodiscard]] int retryAfterSeconds() const;
};

} // namespace vigia
