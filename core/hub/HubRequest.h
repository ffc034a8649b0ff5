#pragma once

#include <QByteArray>
#include <QHash>

namespace vigia {

// One HTTP request as the service sees it: the server fills the method, path,
// query and headers first (so a request can be refused before its body is
// read), then the body.
struct HubRequest
{
    QByteArray method; // upper case; X-HTTP-Method-Override already applied
    QByteArray path;   // without the query, not percent-decoded
    QHash<QByteArray, QByteArray> query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qint64 declaredLength = -1; // Content-Length, or -1 when absent

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        return headers.value(name.toLower());
    }
};

} // namespace vigia
