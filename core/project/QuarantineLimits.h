#pragma once

#include <QtGlobal>

namespace vigia {

// How much a device that is not (yet) approved can make us keep. Its
// bundles are stored in quarantine/ before any signature can be checked, so
// anyone with a USB stick or a hub account could otherwise fill the disk.
// A real wait for a manifest holds a few bundles of a few devices: the
// defaults leave room for, say, twenty new devices with ten bundles each,
// and for four bundles of the largest size a reader accepts
// (BundleLimits::maxBundleBytes, 256 MiB), while a stranger can take at
// most 1 GiB of disk. Tests lower them; nothing reads them from the
// environment.
struct QuarantineLimits
{
    int maxBundles = 200;
    qint64 maxBytes = qint64(1) * 1024 * 1024 * 1024;
};

} // namespace vigia
