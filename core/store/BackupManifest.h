#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace vigia {

// The first message of a backup file (docs/backup-format.md, "Messages"):
// what the backup holds and the state of each store it copied. Version 1
// describes the root store only; version 2 adds `projects`, one entry per
// further project store, whose files live under projects/<id hex>/.
struct BackupManifest
{
    // One store's state when it was copied.
    struct Store
    {
        QByteArray projectId; // empty for the root store
        int schema = 0;
        qint64 ops = 0;
        // This device's shared chain there: last counter and that op's hash.
        quint64 headCounter = 0;
        QByteArray headHash;
    };

    qint64 created = 0;
    QByteArray deviceId;
    Store root;
    QList<Store> projects; // version 2 only, never empty there
    QList<QPair<QString, qint64>> files;

    // The version a manifest like this one is written as.
    [[nodiscard]] quint16 version() const;
    [[nodiscard]] QByteArray toCbor() const;
    // Nullopt when the bytes break any rule of `version`'s manifest: the
    // backup is then damaged.
    [[nodiscard]] static std::optional<BackupManifest> parse(const QByteArray &bytes,
                                                             quint16 version);
    // Where a project's files go in the backup and in the workspace: the
    // root's at the top, a further project's under projects/<id hex>/.
    [[nodiscard]] static QString prefix(const QByteArray &projectId);
    // Names a backup of `version` may hold, never a path out of the folder.
    [[nodiscard]] static bool isAllowedName(const QString &name, quint16 version);
};

} // namespace vigia
