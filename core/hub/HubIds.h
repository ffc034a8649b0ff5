#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace vigia {

// Ids in URLs and JSON are lower-case hex of fixed length, nothing else: a
// path segment or field that is not exactly that is refused before any
// lookup, so no input reaches a path or a query as it came.
class HubIds
{
public:
    static constexpr int kProjectBytes = 16;
    static constexpr int kDeviceBytes = 16;
    static constexpr int kUploadBytes = 16;
    static constexpr int kBundleBytes = 32;

    // The raw bytes, or empty when `hex` is not exactly 2 * bytes lower-case
    // hex digits.
    [[nodiscard]] static QByteArray parse(QByteArrayView hex, int bytes);
    [[nodiscard]] static QByteArray hex(const QByteArray &raw) { return raw.toHex(); }
};

} // namespace vigia
