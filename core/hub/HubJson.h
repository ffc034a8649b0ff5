#pragma once

#include "hub/HubRequest.h"
#include "hub/HubResponse.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <variant>

namespace vigia {

class Error;

// The small parts every route's handler shares: reading a JSON body,
// base64 fields, the answers for a storage failure and a missing session
// role.
class HubJson
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubJson)

public:
    // The body as a JSON object, or a 400 that says why not.
    [[nodiscard]] static std::variant<QJsonObject, HubResponse> object(const HubRequest &request);
    // A base64 field's bytes; empty when missing or not base64.
    [[nodiscard]] static QByteArray base64(const QJsonObject &object, const QString &name);
    [[nodiscard]] static HubResponse storageError(const Error &error);
    [[nodiscard]] static HubResponse coordinatorsOnly();
    // 'after' and 'limit' of a listing: false (with a 400 in `refusal`) when
    // they are not numbers in range.
    [[nodiscard]] static bool cursor(const HubRequest &request, int maxLimit, qint64 *after,
                                     int *limit, HubResponse *refusal);
};

} // namespace vigia
