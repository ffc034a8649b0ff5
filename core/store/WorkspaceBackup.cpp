#include "store/WorkspaceBackup.h"

#include "common/DurableFile.h"
#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "crypto/KeyStore.h"
#include "db/CryptVfs.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "store/BackupFormat.h"
#include "store/BackupReader.h"
#include "store/BackupWriter.h"
#include "store/Migrations.h"
#include "store/ProjectStores.h"
#include "store/RestoredFile.h"
#include "store/RestoreMark.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cerrno>
#include <optional>
#include <utility>
#include <vector>

namespace vigia {

namespace {
const QString kFormat = QStringLiteral("vigia-backup");
const QString kFormatKey = QStringLiteral("format");
const QString kCreatedKey = QStringLiteral("created");
const QString kDeviceKey = QStringLiteral("device_id");
const QString kSchemaKey = QStringLiteral("schema");
const QString kOpsKey = QStringLiteral("ops");
const QString kHeadCounterKey = QStringLiteral("head_counter");
const QString kHeadHashKey = QStringLiteral("head_hash");
const QString kFilesKey = QStringLiteral("files");
const QString kNameKey = QStringLiteral("name");
const QString kSizeKey = QStringLiteral("size");
// The project layer's two names, spelled here because the store sits below
// it (as in Workspace.cpp): ProjectKey::path and ChangeImporter::quarantineDir.
const QString kProjectKeyName = QStringLiteral("project-key.cbor");
const QString kQuarantineName = QStringLiteral("quarantine");

QString nameIn(const QString &path)
{
    return QFileInfo(path).fileName();
}
QString storeName()
{
    return nameIn(Workspace::storePath(QStringLiteral(".")));
}

struct Snapshot
{
    int schema = 0;
    qint64 ops = 0;
    QByteArray deviceId;
    quint64 headCounter = 0;
    QByteArray headHash;
};

struct Manifest
{
    qint64 created = 0;
    QByteArray deviceId;
    quint64 headCounter = 0;
    QByteArray headHash;
    QList<QPair<QString, qint64>> files;
};

// The store's files SQLite may leave beside `path`.
void removeStoreFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Names a backup may hold: the workspace's own files and the quarantine's
// bundles, never a path that climbs out of the folder.
bool isAllowedName(const QString &name)
{
    static const QRegularExpression quarantined(
        QStringLiteral("^quarantine/[A-Za-z0-9][A-Za-z0-9._-]{0,199}$"));
    return name == storeName() ||
           name == nameIn(WorkspaceSettings::filePath(QStringLiteral("."))) ||
           name == kProjectKeyName || quarantined.match(name).hasMatch();
}

Error copyFailed(const QString &why)
{
    return Error(ErrorCode::Corrupt,
                 WorkspaceBackup::tr("The copy of the store did not check out (%1), so no backup "
                                     "was written. The store itself may be damaged: run "
                                     "'vigiactl oplog verify', or ask your coordinator for help.")
                     .arg(why));
}

// VACUUM INTO `copy` on a connection of its own: one read transaction, so
// one consistent state however much another connection writes meanwhile.
// Then the copy is opened, checked and described.
Result<Snapshot> copyStore(const QString &dir, const std::shared_ptr<const SecretBytes> &key,
                           const QString &copy)
{
    const QString store = Workspace::storePath(dir);
    if (!QFile::exists(store))
        return Error(ErrorCode::NotFound,
                     WorkspaceBackup::tr("There is no store in %1 to back up. Check the "
                                         "workspace folder.")
                         .arg(QDir::toNativeSeparators(dir)));
    removeStoreFiles(copy);
    {
        auto source = Database::open(store, key);
        if (!source)
            return source.error();
        const auto binding = CryptVfs::bind(key);
        const QByteArray sql = "VACUUM INTO '" +
                               Database::uri(copy, binding.get()).toUtf8().replace('\'', "''") +
                               '\'';
        if (Status s = source.value()->exec(sql.constData()); !s)
            return s.error();
    }
    auto opened = Database::open(copy, key);
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    Snapshot out;
    {
        Statement st(db.handle(), "PRAGMA integrity_check");
        if (st.step() != SQLITE_ROW || st.columnText(0) != QLatin1String("ok"))
            return copyFailed(WorkspaceBackup::tr("SQLite's integrity check failed"));
    }
    auto schema = db.userVersion();
    if (!schema)
        return schema.error();
    out.schema = schema.value();
    {
        Statement st(db.handle(), "SELECT value FROM settings WHERE key = 'device_id'");
        if (st.step() != SQLITE_ROW)
            return copyFailed(WorkspaceBackup::tr("it names no device"));
        out.deviceId = st.columnBlob(0);
    }
    {
        Statement st(db.handle(), "SELECT count(*) FROM ops");
        if (st.step() != SQLITE_ROW)
            return db.errorFor(sqlite3_errcode(db.handle()),
                               WorkspaceBackup::tr("counting the changes"));
        out.ops = st.columnInt64(0);
    }
    Statement head(db.handle(), "SELECT counter, hash FROM chain_heads WHERE origin = ?1");
    head.bind(1, out.deviceId);
    if (head.step() == SQLITE_ROW) {
        out.headCounter = quint64(head.columnInt64(0));
        out.headHash = head.columnBlob(1);
    }
    return out;
}

struct Entry
{
    QString name;
    std::unique_ptr<QFile> file;
    qint64 size = 0;
};

// Opens every file to pack before anything is written: a file replaced
// meanwhile (settings are saved by renaming a new file over the old) is
// read as it was when opened.
Result<std::vector<Entry>> openEntries(const QString &dir, const QString &copy)
{
    QList<QPair<QString, QString>> wanted{{storeName(), copy}};
    for (const QString &path :
         {WorkspaceSettings::filePath(dir), QDir(dir).filePath(kProjectKeyName)})
        if (QFileInfo(path).isFile())
            wanted.append({nameIn(path), path});
    const QDir quarantine(QDir(dir).filePath(kQuarantineName));
    for (const QString &file : quarantine.entryList(QDir::Files, QDir::Name)) {
        const QString name = kQuarantineName + QLatin1Char('/') + file;
        // Anything else there is a half-written temporary file.
        if (isAllowedName(name))
            wanted.append({name, quarantine.filePath(file)});
    }
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

QByteArray manifestBytes(const Snapshot &snap, qint64 created, const std::vector<Entry> &entries)
{
    QCborArray files;
    for (const Entry &e : entries)
        files.append(QCborMap{{kNameKey, e.name}, {kSizeKey, e.size}});
    QCborMap m;
    m.insert(kFormatKey, kFormat);
    m.insert(kCreatedKey, created);
    m.insert(kDeviceKey, snap.deviceId);
    m.insert(kSchemaKey, snap.schema);
    m.insert(kOpsKey, snap.ops);
    m.insert(kHeadCounterKey, qint64(snap.headCounter));
    m.insert(kHeadHashKey, snap.headHash);
    m.insert(kFilesKey, files);
    return m.toCborValue().toCbor();
}

std::optional<Manifest> parseManifest(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    const QCborMap m = value.toMap();
    Manifest out;
    out.created = m.value(kCreatedKey).toInteger(-1);
    out.deviceId = m.value(kDeviceKey).toByteArray();
    const qint64 counter = m.value(kHeadCounterKey).toInteger(-1);
    out.headHash = m.value(kHeadHashKey).toByteArray();
    const QCborArray files = m.value(kFilesKey).toArray();
    if (m.value(kFormatKey).toString() != kFormat || out.created < 0 || counter < 0 ||
        out.deviceId.size() != 16 || files.isEmpty() || files.size() > BackupFormat::kMaxFiles)
        return std::nullopt;
    out.headCounter = quint64(counter);
    QSet<QString> seen;
    for (const QCborValue &f : files) {
        const QString name = f.toMap().value(kNameKey).toString();
        const qint64 size = f.toMap().value(kSizeKey).toInteger(-1);
        if (!isAllowedName(name) || size < 0 || seen.contains(name))
            return std::nullopt;
        seen.insert(name);
        out.files.append({name, size});
    }
    if (out.files.first().first != storeName())
        return std::nullopt;
    return out;
}

Status restoreFiles(BackupReader &reader, const Manifest &manifest, const QString &tmp,
                    const QString &target, const WorkspaceBackup::Progress &progress)
{
    for (const auto &[name, size] : manifest.files) {
        if (name.startsWith(kQuarantineName + QLatin1Char('/')) &&
            !QDir(tmp).exists(kQuarantineName) && !QDir(tmp).mkdir(kQuarantineName))
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

// The restored store opens with the key, passes SQLite's integrity check,
// belongs to the keystore's device, and gets the restore's mark.
Status checkAndMarkStore(const QString &tmp, const DeviceKeys &keys, const Manifest &manifest,
                         const BackupReader &reader)
{
    auto opened = Database::open(Workspace::storePath(tmp), keys.storeKey);
    if (!opened)
        return opened.error().code() == ErrorCode::Corrupt ? reader.damaged() : opened.error();
    Database &db = *opened.value();
    {
        Statement st(db.handle(), "PRAGMA integrity_check");
        if (st.step() != SQLITE_ROW || st.columnText(0) != QLatin1String("ok"))
            return reader.damaged();
    }
    auto schema = db.userVersion();
    if (!schema)
        return schema.error();
    if (schema.value() > Migrations::latestVersion())
        return Error(ErrorCode::TooNew,
                     WorkspaceBackup::tr("The backup was made by a newer version of Vigia. "
                                         "Update Vigia to restore it; nothing was restored."));
    {
        Statement st(db.handle(), "SELECT value FROM settings WHERE key = 'device_id'");
        if (st.step() != SQLITE_ROW || st.columnBlob(0) != keys.deviceId.toRfc4122())
            return reader.damaged();
    }
    RestoreMark::Mark mark;
    mark.backupTimeMs = manifest.created;
    mark.restoredAtMs = QDateTime::currentMSecsSinceEpoch();
    mark.headCounter = manifest.headCounter;
    mark.headHash = manifest.headHash;
    return RestoreMark::set(db, mark);
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
    // A backup holds the root store only; a restore of it would lose the
    // other projects without a word.
    if (ProjectStores::several(dir))
        return Error(ErrorCode::Failure,
                     tr("This workspace holds several projects, and a backup covers only a "
                        "workspace with one project so far; nothing was written. Copy the whole "
                        "workspace folder while Vigia is closed instead."));
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
    const QString copy = path + QStringLiteral(".store.part");
    // Whatever happens below, the plain copy's files go.
    const auto cleanup = qScopeGuard([&copy] { removeStoreFiles(copy); });

    const qint64 created = QDateTime::currentMSecsSinceEpoch();
    auto snapshot = copyStore(dir, storeKey, copy);
    if (!snapshot)
        return snapshot.error();
    QFile keystoreFile(Workspace::keystorePath(dir));
    if (!keystoreFile.open(QIODevice::ReadOnly) ||
        keystoreFile.size() > BackupFormat::kMaxKeystoreBytes)
        return Error(ErrorCode::Io,
                     tr("Could not read the keystore of %1 (%2), so no backup was "
                        "written.")
                         .arg(QDir::toNativeSeparators(dir), keystoreFile.errorString()));
    const QByteArray keystore = keystoreFile.readAll();
    auto entries = openEntries(dir, copy);
    if (!entries)
        return entries.error();
    qint64 total = 0;
    for (const Entry &e : entries.value())
        total += e.size;

    BackupWriter writer(path + QStringLiteral(".part"));
    if (Status s = writer.begin(keystore, *storeKey,
                                manifestBytes(snapshot.value(), created, entries.value()));
        !s)
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
    qCInfo(lcWorkspace) << "wrote a backup of" << dir << "with" << snapshot.value().ops << "ops";
    return Written{path, QDateTime::fromMSecsSinceEpoch(created), writer.written(),
                   snapshot.value().ops};
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
    const std::optional<Manifest> manifest = parseManifest(manifestData.value());
    if (!manifest || manifest->deviceId != keys.value().deviceId.toRfc4122())
        return reader.damaged();
    if (Status s = restoreFiles(reader, *manifest, tmp.path(), targetPath, progress); !s)
        return s.error();
    if (Status s = checkAndMarkStore(tmp.path(), keys.value(), *manifest, reader); !s)
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
