#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace vigia {

// Ids travel as 16 raw bytes (RFC 4122); people and JSON see them in the
// usual 8-4-4-4-12 form without braces.
class UuidText
{
public:
    [[nodiscard]] static QString of(const QByteArray &rfc4122)
    {
        return QUuid::fromRfc4122(rfc4122).toString(QUuid::WithoutBraces);
    }
};

} // namespace vigia
