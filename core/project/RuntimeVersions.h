#pragma once

#include <QList>
#include <QString>

namespace vigia {

// The versions of the libraries Vigia runs on, as loaded at run time (not as
// compiled against): what a bug report needs, shown in Help → About. In the
// project layer because it is the lowest one that links all of them.
class RuntimeVersions
{
public:
    struct Library
    {
        QString name;    // "Qt", "SQLite", "libsodium", "zstd"
        QString version; // "6.4.2"
    };

    [[nodiscard]] static QList<Library> list();
};

} // namespace vigia
