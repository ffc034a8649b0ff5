#include "hub/HubIds.h"

namespace vigia {

QByteArray HubIds::parse(QByteArrayView hex, int bytes)
{
    if (hex.size() != 2 * bytes)
        return {};
    for (const char c : hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return {};
    }
    return QByteArray::fromHex(hex.toByteArray());
}

} // namespace vigia
