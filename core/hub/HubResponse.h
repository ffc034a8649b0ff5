#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace vigia {

// What the service answers; the server writes it out as is.
struct HubResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;

    [[nodiscard]] static HubResponse json(int status, const QJsonObject &object);
    // Every refusal: {"code": "...", "message": "..."}. `code` is stable for
    // programs, `message` says what happened and what to do.
    [[nodiscard]] static HubResponse error(int status, const QString &code, const QString &message);
    [[nodiscard]] static HubResponse empty(int status);
};

} // namespace vigia
