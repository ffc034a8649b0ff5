#pragma once

#include <QString>
#include <QStringList>

namespace vigia {

// A workspace holds data about children: only its owner may read it. Files
// that SQLite, QSettings or a copy from a USB stick create follow the umask
// (often 0644), so the folder is checked and repaired each time it is opened.
class PrivateFolder
{
public:
    // Makes `dir` 0700 and, of its entries, those named in `entries`: files
    // 0600, folders 0700 with everything in them. Only the named entries: a
    // workspace may live in a folder that holds other things of the person's.
    // Returns how many had to be repaired (each is logged, by path only); -1
    // when one could not be repaired.
    static int tighten(const QString &dir, const QStringList &entries);
};

} // namespace vigia
