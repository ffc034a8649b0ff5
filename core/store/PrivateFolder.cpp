#include "store/PrivateFolder.h"

#include "common/LogCategories.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace vigia {

namespace {
constexpr QFileDevice::Permissions kFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kFolder = kFile | QFileDevice::ExeOwner;

// Qt reports the owner's bits twice (ReadUser mirrors ReadOwner for the
// current user): compare only the owner, group and other bits.
QFileDevice::Permissions relevant(QFileDevice::Permissions p)
{
    return p & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

// 1 when repaired, 0 when already private, -1 when it could not be changed.
int repair(const QString &path, QFileDevice::Permissions wanted)
{
    const QFileInfo info(path);
    if (info.isSymLink() || relevant(info.permissions()) == wanted)
        return 0;
    if (!QFile::setPermissions(path, wanted)) {
        qCWarning(lcStore) << "cannot make private:" << path;
        return -1;
    }
    qCWarning(lcStore) << "was readable by others, made private:" << path;
    return 1;
}
} // namespace

int PrivateFolder::tighten(const QString &dir, const QStringList &entries)
{
    int repaired = 0;
    bool failed = false;
    const auto count = [&](int r) {
        failed = failed || r < 0;
        repaired += qMax(r, 0);
    };
    count(repair(dir, kFolder));
    for (const QString &name : entries) {
        const QString path = QDir(dir).filePath(name);
        const QFileInfo info(path);
        if (!info.exists() || info.isSymLink())
            continue;
        if (!info.isDir()) {
            count(repair(path, kFile));
            continue;
        }
        count(repair(path, kFolder));
        QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString inner = it.next();
            count(repair(inner, it.fileInfo().isDir() ? kFolder : kFile));
        }
    }
    return failed ? -1 : repaired;
}

} // namespace vigia
