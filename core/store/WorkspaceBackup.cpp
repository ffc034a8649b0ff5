#include "store/WorkspaceBackup.h"

#include "common/DurableFile.h"
#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "crypto/KeyStore.h"
#include "crypto/ProjectStoreKey.h"
#include "store/BackupFormat.h"
#include "store/BackupManifest.h"
#include "store/BackupReader.h"
#include "store/BackupStores.h"
#include "store/BackupWriter.h"
#include "store/ProjectStores.h"
#include "store/RestoredFile.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <cerrno>
#include <optional>
#include <utility>
#include <vector>

namespace vigia {

namespace {
// The project layer's two names, spelled here because the store sits below
// it (as in Workspace.cpp): ProjectKey::path and ChangeImporter::quarantineDir.
const QString kProjectKeyName = QStringLiteral("project-key.cbor");
const QString kQuarantineName = QStringLiteral("quarantine");

QString nameIn(const QString &path)
{
    return QFileInfo(path).fileName();
}

struct Entry
{
    QString name;
    std::unique_ptr<QFile> file;
    qint64 size = 0;
};

// One project's store (already copied to `copy`), project key and
// quarantine, named as in the backup: under `prefix` for a further project.
QList<QPair<QString, QString>> projectFiles(const QString &folder, const QString &prefix,
                                            const QString &copy, quint16 version)
{
    QList<QPair<QString, QString>> out{{prefix + nameIn(Workspace::storePath(folder)), copy}};
    if (prefix.isEmpty() && QFileInfo(WorkspaceSettings::filePath(folder)).isFile())
        out.append(
            {nameIn(WorkspaceSettings::filePath(folder)), WorkspaceSettings::filePath(folder)});
    if (const QString key = QDir(folder).filePath(kProjectKeyName); QFileInfo(key).isFile())
        out.append({prefix + kProjectKeyName, key});
    const QDir quarantine(QDir(folder).filePath(kQuarantineName));
    for (const QString &file : quarantine.entryList(QDir::Files, QDir::Name)) {
        const QString name = prefix + kQuarantineName + QLatin1Char('/') + file;
        // Anything else there is a half-written temporary file.
        if (BackupManifest::isAllowedName(name, version))
            out.append({name, quarantine.filePath(file)});
    }
    return out;
}

// Opens every file to pack before anything is written: a file replaced
// meanwhile (settings are saved by renaming a new file over the old) is
// read as it was when opened.
Result<std::vector<Entry>> openEntries(const QList<QPair<QString, QString>> &wanted)
{
    std::vector<Entry> out;
    for (const auto &[name, path] : wanted) {
        Entry e{name, std::make_unique<QFile>(path), 0};
        if (!e.file->open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io,
                         WorkspaceBackup::tr("Could not read %1 (%2), so no backup was written. "
                                             "Check that your user may read the workspace "
                                             "folder.")
                             .arg(QDir::toNativeSeparators(path), e.file->errorString()));
        e.size = e.file->size();
        out.push_back(std::move(e));
    }
    return out;
}

Status restoreFiles(BackupReader &reader, const BackupManifest &manifest, const QString &tmp,
                    const QString &target, const WorkspaceBackup::Progress &progress)
{
    for (const auto &[name, size] : manifest.files) {
        // The manifest's names were checked: none climbs out of `tmp`.
        const QString parent = QFileInfo(QDir(tmp).filePath(name)).absolutePath();
        if (!QDir(parent).exists() && !QDir().mkpath(parent))
            return RestoredFile::failed(target, EACCES);
        RestoredFile file(QDir(tmp).filePath(name), target);
        if (Status s = file.opened(); !s)
            return s;
        qint64 left = size;
        while (left > 0) {
            auto message = reader.next();
            if (!message)
                return message.error();
            const QByteArray &data = message.value().data;
            // Each file's bytes come in messages of their own, never empty.
            if (message.value().final || data.isEmpty() || data.size() > left)
                return reader.damaged();
            if (Status s = file.write(data); !s)
                return s;
            left -= data.size();
            if (progress)
                progress(reader.position(), reader.size());
        }
        if (Status s = file.close(); !s)
            return s;
    }
    auto end = reader.next();
    if (!end)
        return end.error();
    if (!end.value().final || !end.value().data.isEmpty())
        return reader.damaged();
    return reader.expectEnd();
}
} // namespace

Result<WorkspaceBackup::Written>
WorkspaceBackup::backup(const Workspace &ws, const QString &outFile, const Progress &progress)
{
    return backup(ws.path(), ws.keys().storeKey, outFile, progress);
}

Result<WorkspaceBackup::Written>
WorkspaceBackup::backup(const QString &dir, std::shared_ptr<const SecretBytes> storeKey,
                        const QString &outFile, const Progress &progress)
{
    if (!storeKey)
        return Error(ErrorCode::Failure,
                     tr("The store of %1 is not encrypted yet. Open the workspace once with this "
                        "version of Vigia, then back it up.")
                         .arg(QDir::toNativeSeparators(dir)));
    const QFileInfo out(outFile);
    if (out.fileName().isEmpty() || out.isDir())
        return Error(ErrorCode::Usage, tr("Give the backup a file name, such as "
                                          "vigia-backup.vigiabackup."));
    if (!QFileInfo(out.absolutePath()).isDir())
        return Error(ErrorCode::NotFound,
                     tr("The folder %1 does not exist. Choose a folder that does, such as a "
                        "USB stick that is plugged in.")
                         .arg(QDir::toNativeSeparators(out.absolutePath())));
    const QString path = out.absoluteFilePath();
    // Each store is copied beside the backup first; whatever happens below,
    // the copies' files go.
    const QList<QByteArray> further = ProjectStores::list(dir);
    QList<QByteArray> projectIds{QByteArray()};
    projectIds.append(further);
    QStringList copies;
    for (const QByteArray &id : projectIds)
        copies.append(
            path + (id.isEmpty() ? QString() : QLatin1Char('.') + QString::fromLatin1(id.toHex())) +
            QStringLiteral(".store.part"));
    const auto cleanup = qScopeGuard([&copies] {
        for (const QString &copy : copies)
            BackupStores::removeFiles(copy);
    });

    BackupManifest manifest;
    manifest.created = QDateTime::currentMSecsSinceEpoch();
    QList<QPair<QString, QString>> wanted;
    for (qsizetype i = 0; i < projectIds.size(); ++i) {
        const QByteArray &id = projectIds.at(i);
        const auto key = id.isEmpty() ? storeKey : ProjectStoreKey::derive(*storeKey, id);
        // Never opened without a key: that would read the store as plain SQLite.
        if (!key)
            return Error(ErrorCode::Failure,
                         tr("The backup's key could not be made (no secure memory). Close other "
                            "programs and try again."));
        auto snapshot = BackupStores::copy(ProjectStores::storePath(dir, id), key, copies.at(i), id,
                                           &manifest.deviceId);
        if (!snapshot)
            return snapshot.error();
        if (id.isEmpty())
            manifest.root = snapshot.value();
        else
            manifest.projects.append(snapshot.value());
        wanted.append(projectFiles(ProjectStores::folder(dir, id), BackupManifest::prefix(id),
                                   copies.at(i), manifest.version()));
    }
    QFile keystoreFile(Workspace::keystorePath(dir));
    if (!keystoreFile.open(QIODevice::ReadOnly) ||
        keystoreFile.size() > BackupFormat::kMaxKeystoreBytes)
        return Error(ErrorCode::Io,
                     tr("Could not read the keystore of %1 (%2), so no backup was "
                        "written.")
                         .arg(QDir::toNativeSeparators(dir), keystoreFile.errorString()));
    const QByteArray keystore = keystoreFile.readAll();
    auto entries = openEntries(wanted);
    if (!entries)
        return entries.error();
    qint64 total = 0;
    qint64 ops = manifest.root.ops;
    for (const BackupManifest::Store &p : std::as_const(manifest.projects))
        ops += p.ops;
    for (const Entry &e : entries.value()) {
        total += e.size;
        manifest.files.append({e.name, e.size});
    }
    const qint64 created = manifest.created;

    BackupWriter writer(path + QStringLiteral(".part"));
    if (Status s = writer.begin(keystore, *storeKey, manifest.toCbor(), manifest.version()); !s)
        return s.error();
    qint64 done = 0;
    for (Entry &e : entries.value()) {
        qint64 left = e.size;
        while (left > 0) {
            const QByteArray chunk = e.file->read(qMin(left, BackupFormat::kChunkBytes));
            if (chunk.isEmpty())
                return Error(
                    ErrorCode::Io,
                    tr("Could not read %1 (%2), so no backup was written. Try again.")
                        .arg(QDir::toNativeSeparators(e.file->fileName()), e.file->errorString()));
            if (Status s = writer.add(chunk); !s)
                return s.error();
            left -= chunk.size();
            done += chunk.size();
            if (progress)
                progress(done, total);
        }
    }
    if (Status s = writer.finish(); !s)
        return s.error();
    if (!DurableFile::rename(path + QStringLiteral(".part"), path)) {
        const int error = errno;
        QFile::remove(path + QStringLiteral(".part"));
        return Error(ErrorCode::Io,
                     tr("Could not name the backup %1 (%2). Choose another place; "
                        "no backup was written.")
                         .arg(QDir::toNativeSeparators(path), DurableFile::describe(error)));
    }
    // So that the rename survives a power cut.
    (void)DurableFile::syncFolder(out.absolutePath());
    WorkspaceSettings(dir).setLastBackup(path, QDateTime::fromMSecsSinceEpoch(created));
    qCInfo(lcWorkspace) << "wrote a backup of" << dir << "with" << projectIds.size()
                        << "project stores and" << ops << "ops";
    return Written{path, QDateTime::fromMSecsSinceEpoch(created), writer.written(), ops};
}

Status WorkspaceBackup::checkTarget(const QString &targetDir)
{
    const QFileInfo target(QDir::cleanPath(QFileInfo(targetDir).absoluteFilePath()));
    const QString path = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.exists() && !target.isDir())
        return Error(ErrorCode::Failure,
                     tr("%1 is a file. Restore into an empty or new folder; nothing was changed.")
                         .arg(path));
    if (target.isDir() &&
        !QDir(target.absoluteFilePath())
             .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Error(ErrorCode::Failure, tr("The folder %1 is not empty. Restore into an empty or "
                                            "new folder; nothing was changed.")
                                             .arg(path));
    return {};
}

Result<WorkspaceBackup::Restored> WorkspaceBackup::restore(const QString &backupFile,
                                                           const QByteArray &passphrase,
                                                           const QString &targetDir,
                                                           const Progress &progress)
{
    if (Status s = checkTarget(targetDir); !s)
        return s.error();
    const QFileInfo target(QDir::cleanPath(QFileInfo(targetDir).absoluteFilePath()));
    const QString targetPath = target.absoluteFilePath();
    BackupReader reader(backupFile);
    if (Status s = reader.open(); !s)
        return s.error();
    if (!QDir().mkpath(target.absolutePath()))
        return RestoredFile::failed(targetPath, EACCES);
    // Beside the target, so that the last step is a rename within one disk.
    QTemporaryDir tmp(targetPath + QStringLiteral(".restoring-XXXXXX"));
    if (!tmp.isValid())
        return RestoredFile::failed(targetPath, EACCES);

    const QString keystorePath = Workspace::keystorePath(tmp.path());
    {
        RestoredFile keystore(keystorePath, targetPath);
        if (Status s = keystore.opened(); !s)
            return s.error();
        if (Status s = keystore.write(reader.keystore()); !s)
            return s.error();
        if (Status s = keystore.close(); !s)
            return s.error();
    }
    auto keys = KeyStore::unlock(keystorePath, passphrase);
    if (!keys) {
        switch (keys.error().code()) {
        case ErrorCode::WrongPassphrase:
            return Error(ErrorCode::WrongPassphrase,
                         tr("Wrong passphrase: it does not open this backup. Type the passphrase "
                            "the workspace had when the backup was made, and check the keyboard "
                            "layout and Caps Lock. Nothing was restored."));
        case ErrorCode::Corrupt:
            return reader.damaged();
        default:
            return keys.error();
        }
    }
    if (!keys.value().storeKey)
        return reader.damaged();
    auto manifestData = reader.begin(*keys.value().storeKey);
    if (!manifestData)
        return manifestData.error();
    const std::optional<BackupManifest> manifest =
        BackupManifest::parse(manifestData.value(), reader.version());
    if (!manifest || manifest->deviceId != keys.value().deviceId.toRfc4122())
        return reader.damaged();
    if (Status s = restoreFiles(reader, *manifest, tmp.path(), targetPath, progress); !s)
        return s.error();
    QList<BackupManifest::Store> stores{manifest->root};
    stores.append(manifest->projects);
    for (const BackupManifest::Store &store : stores)
        if (Status s =
                BackupStores::checkAndMark(ProjectStores::storePath(tmp.path(), store.projectId),
                                           ProjectStores::key(keys.value(), store.projectId),
                                           keys.value(), store, manifest->created, reader);
            !s)
            return s.error();
    // So that the rename survives a power cut.
    (void)DurableFile::syncFolder(tmp.path());
    // Replaces an empty target folder; a target that gained files meanwhile
    // makes the rename fail and stays as it is.
    if (!DurableFile::rename(tmp.path(), targetPath)) {
        const int error = errno;
        if (error == ENOTEMPTY || error == EEXIST)
            return Error(ErrorCode::Failure,
                         tr("The folder %1 is not empty. Restore into an empty or new folder; "
                            "nothing was changed.")
                             .arg(QDir::toNativeSeparators(targetPath)));
        return RestoredFile::failed(targetPath, error);
    }
    tmp.setAutoRemove(false);
    // So that the rename survives a power cut.
    (void)DurableFile::syncFolder(target.absolutePath());
    qCInfo(lcWorkspace) << "restored a backup into" << targetPath;
    return Restored{targetPath, QDateTime::fromMSecsSinceEpoch(manifest->created),
                    keys.value().deviceId};
}

} // namespace vigia
