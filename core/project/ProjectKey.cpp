#include "project/ProjectKey.h"

#include "common/CanonicalCbor.h"
#include "common/LogCategories.h"
#include "crypto/Sodium.h"
#include "project/SignedFile.h"

#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

#include <sodium.h>

#include <cstring>

namespace vigia {

namespace {
const QString kFormat = QStringLiteral("vigia-project-key");
constexpr std::size_t kSignSk = crypto_sign_SECRETKEYBYTES;
constexpr std::size_t kBoxSk = crypto_box_SECRETKEYBYTES;

const unsigned char *ubytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
} // namespace

QString ProjectKey::path(const QString &workspaceDir)
{
    return QDir(workspaceDir).filePath(QStringLiteral("project-key.cbor"));
}

bool ProjectKey::exists(const QString &workspaceDir)
{
    return QFile::exists(path(workspaceDir));
}

Result<DeviceKeys> ProjectKey::generate(const QByteArray &projectId)
{
    DeviceKeys keys = DeviceKeys::generate(QUuid::fromRfc4122(projectId));
    if (!keys.isValid())
        return Error(ErrorCode::Failure, tr("Could not generate the project key. Close other "
                                            "programs and try again."));
    return keys;
}

Status ProjectKey::save(const QString &workspaceDir, const DeviceKeys &projectKey,
                        const DeviceKeys &device)
{
    const QString file = path(workspaceDir);
    if (QFile::exists(file))
        return Error(ErrorCode::Failure,
                     tr("This workspace already holds a project key (%1); it was left untouched.")
                         .arg(QDir::toNativeSeparators(file)));
    if (!Sodium::init() || !projectKey.isValid() || !device.isValid())
        return Error(ErrorCode::Failure, tr("The keys are incomplete; nothing was saved."));
    SecretBytes plain(kSignSk + kBoxSk);
    if (plain.isEmpty())
        return Error(ErrorCode::Failure, tr("Not enough protected memory for the keys."));
    std::memcpy(plain.data(), projectKey.signSecretKey.constData(), kSignSk);
    std::memcpy(plain.data() + kSignSk, projectKey.boxSecretKey.constData(), kBoxSk);
    QByteArray sealed(qsizetype(plain.size() + crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), plain.constData(),
                        plain.size(), ubytes(device.boxPublicKey)) != 0)
        return Error(ErrorCode::Failure, tr("Could not seal the project key; nothing was saved."));
    QCborMap m;
    m.insert(QStringLiteral("format"), kFormat);
    m.insert(QStringLiteral("version"), 1);
    m.insert(QStringLiteral("project_id"), projectKey.deviceId.toRfc4122());
    m.insert(QStringLiteral("sign_pk"), projectKey.signPublicKey);
    m.insert(QStringLiteral("box_pk"), projectKey.boxPublicKey);
    m.insert(QStringLiteral("device_id"), device.deviceId.toRfc4122());
    m.insert(QStringLiteral("sealed"), sealed);
    const QByteArray bytes = CanonicalCbor::encode(m);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error(
            ErrorCode::Io,
            tr("Cannot write %1 (%2).").arg(QDir::toNativeSeparators(file), out.errorString()));
    if (!out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qCWarning(lcProject) << "cannot restrict permissions of" << file;
    if (out.write(bytes) != bytes.size() || !out.commit())
        return Error(
            ErrorCode::Io,
            tr("Cannot write %1 (%2).").arg(QDir::toNativeSeparators(file), out.errorString()));
    return {};
}

Result<DeviceKeys> ProjectKey::load(const QString &workspaceDir, const DeviceKeys &device)
{
    const QString file = path(workspaceDir);
    if (!QFile::exists(file))
        return Error(ErrorCode::Untrusted,
                     tr("This workspace does not hold the project key, so it cannot issue "
                        "invitations or manifests. Only the coordinator who created the project "
                        "can."));
    auto bytes = SignedFile::readFile(file);
    if (!bytes)
        return bytes.error();
    const Error corrupt(ErrorCode::Corrupt,
                        tr("The project key file %1 is damaged. Restore it from a backup.")
                            .arg(QDir::toNativeSeparators(file)));
    const QCborMap m = QCborValue::fromCbor(bytes.value()).toMap();
    const QByteArray sealed = m.value(QStringLiteral("sealed")).toByteArray();
    if (m.value(QStringLiteral("format")).toString() != kFormat ||
        sealed.size() != qsizetype(kSignSk + kBoxSk + crypto_box_SEALBYTES) || !Sodium::init())
        return corrupt;
    SecretBytes plain(kSignSk + kBoxSk);
    if (plain.isEmpty())
        return corrupt;
    if (crypto_box_seal_open(plain.data(), ubytes(sealed), std::size_t(sealed.size()),
                             ubytes(device.boxPublicKey), device.boxSecretKey.constData()) != 0)
        return Error(ErrorCode::Untrusted, tr("The project key file %1 belongs to another "
                                              "device and cannot be opened here.")
                                               .arg(QDir::toNativeSeparators(file)));
    DeviceKeys keys;
    keys.deviceId = QUuid::fromRfc4122(m.value(QStringLiteral("project_id")).toByteArray());
    keys.signPublicKey = m.value(QStringLiteral("sign_pk")).toByteArray();
    keys.boxPublicKey = m.value(QStringLiteral("box_pk")).toByteArray();
    keys.signSecretKey = SecretBytes::fromBytes(plain.constData(), kSignSk);
    keys.boxSecretKey = SecretBytes::fromBytes(plain.constData() + kSignSk, kBoxSk);
    // The sealed secrets must derive the public keys in the clear, as the
    // keystore checks its own: anyone can seal to our public box key, so a
    // swapped or hand-made file must neither sign nor decrypt as the project.
    if (!keys.pairsMatch())
        return corrupt;
    return keys;
}

} // namespace vigia
