#pragma once

#include <QtGlobal>

namespace vigia {

// Ceilings a reader enforces before it trusts any length inside a bundle, so a
// hostile or damaged file cannot exhaust memory or disk.
struct BundleLimits
{
    qint64 maxBundleBytes = qint64(256) * 1024 * 1024;
    qint64 maxHeaderBytes = qint64(1) * 1024 * 1024;
    qint64 maxPayloadBytes = qint64(1) * 1024 * 1024 * 1024; // after decompression
    int maxOps = 5'000'000;
    // One op's encoding; a value larger than this is refused before it is buffered.
    qint64 maxOpBytes = qint64(16) * 1024 * 1024;
    int maxRecipients = 256;
};

} // namespace vigia
