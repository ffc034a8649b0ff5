#include "project/RuntimeVersions.h"

#include <QtGlobal>

#include <sodium.h>
#include <sqlite3.h>
#include <zstd.h>

namespace vigia {

QList<RuntimeVersions::Library> RuntimeVersions::list()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string())},
        {QStringLiteral("zstd"), QString::fromLatin1(ZSTD_versionString())},
    };
}

} // namespace vigia
