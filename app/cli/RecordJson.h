#pragma once

#include "store/Record.h"

#include <QJsonObject>
#include <QJsonValue>

namespace vigia {

// The JSON shapes of records in vigiactl's --json output: field names are
// stable, absent values are null.
class RecordJson
{
public:
    // id, form, form_version, status, deleted, country, date, created, updated, author.
    [[nodiscard]] static QJsonObject summary(const Record &record);
    // summary() plus values (field → JSON value) and conflicts (field names).
    [[nodiscard]] static QJsonObject full(const Record &record);
    // An HLC as an ISO 8601 UTC time with milliseconds; null for 0.
    [[nodiscard]] static QJsonValue timestamp(quint64 hlc);
};

} // namespace vigia
