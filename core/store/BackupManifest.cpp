#include "store/BackupManifest.h"

#include "store/BackupFormat.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

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
const QString kProjectsKey = QStringLiteral("projects");
const QString kIdKey = QStringLiteral("id");
constexpr int kIdBytes = 16;

QString storeName()
{
    return QFileInfo(Workspace::storePath(QStringLiteral("."))).fileName();
}

// A project's own files, in its folder: the store, the project key (named
// by the project layer: ProjectKey::path) and the quarantine's bundles.
QString projectFilePattern()
{
    return QStringLiteral("(%1|project-key\\.cbor|quarantine/[A-Za-z0-9][A-Za-z0-9._-]{0,199})")
        .arg(QRegularExpression::escape(storeName()));
}

void insertStore(QCborMap &m, const BackupManifest::Store &s)
{
    m.insert(kSchemaKey, s.schema);
    m.insert(kOpsKey, s.ops);
    m.insert(kHeadCounterKey, qint64(s.headCounter));
    m.insert(kHeadHashKey, s.headHash);
}

bool readStore(const QCborMap &m, BackupManifest::Store &out)
{
    const qint64 counter = m.value(kHeadCounterKey).toInteger(-1);
    out.schema = int(m.value(kSchemaKey).toInteger(0));
    out.ops = m.value(kOpsKey).toInteger(0);
    out.headHash = m.value(kHeadHashKey).toByteArray();
    if (counter < 0)
        return false;
    out.headCounter = quint64(counter);
    return true;
}
} // namespace

quint16 BackupManifest::version() const
{
    return projects.isEmpty() ? BackupFormat::kVersion : BackupFormat::kVersionProjects;
}

QString BackupManifest::prefix(const QByteArray &projectId)
{
    if (projectId.isEmpty())
        return {};
    return QStringLiteral("projects/") + QString::fromLatin1(projectId.toHex()) + QLatin1Char('/');
}

bool BackupManifest::isAllowedName(const QString &name, quint16 version)
{
    static const QRegularExpression root(
        QStringLiteral("^(%1|%2)$")
            .arg(projectFilePattern(),
                 QRegularExpression::escape(
                     QFileInfo(WorkspaceSettings::filePath(QStringLiteral("."))).fileName())));
    static const QRegularExpression further(
        QStringLiteral("^projects/[0-9a-f]{32}/%1$").arg(projectFilePattern()));
    return root.match(name).hasMatch() ||
           (version >= BackupFormat::kVersionProjects && further.match(name).hasMatch());
}

QByteArray BackupManifest::toCbor() const
{
    QCborArray fileList;
    for (const auto &[name, size] : files)
        fileList.append(QCborMap{{kNameKey, name}, {kSizeKey, size}});
    QCborMap m;
    m.insert(kFormatKey, kFormat);
    m.insert(kCreatedKey, created);
    m.insert(kDeviceKey, deviceId);
    insertStore(m, root);
    m.insert(kFilesKey, fileList);
    // Absent from version 1, so that a one-project backup stays as it was.
    if (!projects.isEmpty()) {
        QCborArray list;
        for (const Store &s : projects) {
            QCborMap p{{kIdKey, s.projectId}};
            insertStore(p, s);
            list.append(p);
        }
        m.insert(kProjectsKey, list);
    }
    return m.toCborValue().toCbor();
}

std::optional<BackupManifest> BackupManifest::parse(const QByteArray &bytes, quint16 version)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    const QCborMap m = value.toMap();
    BackupManifest out;
    out.created = m.value(kCreatedKey).toInteger(-1);
    out.deviceId = m.value(kDeviceKey).toByteArray();
    const QCborArray files = m.value(kFilesKey).toArray();
    if (m.value(kFormatKey).toString() != kFormat || out.created < 0 || !readStore(m, out.root) ||
        out.deviceId.size() != kIdBytes || files.isEmpty() ||
        files.size() > BackupFormat::kMaxFiles)
        return std::nullopt;
    QSet<QString> seen;
    for (const QCborValue &f : files) {
        const QString name = f.toMap().value(kNameKey).toString();
        const qint64 size = f.toMap().value(kSizeKey).toInteger(-1);
        if (!isAllowedName(name, version) || size < 0 || seen.contains(name))
            return std::nullopt;
        seen.insert(name);
        out.files.append({name, size});
    }
    if (out.files.first().first != storeName())
        return std::nullopt;
    const bool hasProjects = m.contains(kProjectsKey);
    if (hasProjects != (version >= BackupFormat::kVersionProjects))
        return std::nullopt;
    QSet<QString> prefixes;
    for (const QCborValue &p : m.value(kProjectsKey).toArray()) {
        Store s;
        s.projectId = p.toMap().value(kIdKey).toByteArray();
        if (s.projectId.size() != kIdBytes || !readStore(p.toMap(), s) ||
            prefixes.contains(prefix(s.projectId)) ||
            !seen.contains(prefix(s.projectId) + storeName()))
            return std::nullopt;
        prefixes.insert(prefix(s.projectId));
        out.projects.append(s);
    }
    if (hasProjects && out.projects.isEmpty())
        return std::nullopt;
    // Every file of a further project belongs to one the manifest lists.
    for (const auto &file : std::as_const(out.files))
        if (file.first.startsWith(QStringLiteral("projects/")) &&
            !prefixes.contains(file.first.left(prefix(QByteArray(kIdBytes, 0)).size())))
            return std::nullopt;
    return out;
}

} // namespace vigia
