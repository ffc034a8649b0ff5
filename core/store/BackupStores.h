#pragma once

#include "common/Result.h"
#include "store/BackupManifest.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace vigia {

class BackupReader;
class DeviceKeys;
class SecretBytes;

// The stores of a backup (docs/backup-format.md, "What the store is"): each
// project's store is copied on a connection of its own with its own key,
// and checked again once restored, before the restore's mark goes in.
struct BackupStores
{
    // VACUUM INTO `copy` (one consistent state however much another
    // connection writes), then the copy is checked and described. The copy
    // must name `deviceId` when that is given; `projectId` is written into
    // the description only.
    [[nodiscard]] static Result<BackupManifest::Store>
    copy(const QString &store, const std::shared_ptr<const SecretBytes> &key, const QString &copy,
         const QByteArray &projectId, QByteArray *deviceId);
    // The restored store at `store` opens with `key`, passes SQLite's
    // integrity check, belongs to the keystore's device and, once pinned, to
    // `described.projectId` (for a further project), and gets the restore's
    // mark with the chain head the manifest gave for it.
    [[nodiscard]] static Status checkAndMark(const QString &store,
                                             const std::shared_ptr<const SecretBytes> &key,
                                             const DeviceKeys &keys,
                                             const BackupManifest::Store &described,
                                             qint64 backupTimeMs, const BackupReader &reader);
    // The store's files SQLite may leave beside `path`.
    static void removeFiles(const QString &path);
};

} // namespace vigia
