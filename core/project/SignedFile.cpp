#include "project/SignedFile.h"

#include "common/CanonicalCbor.h"

#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace vigia {

namespace {
const QString kFormat = QStringLiteral("vigia-signed");

QByteArray signedMessage(const QString &kind, const QByteArray &body)
{
    return QByteArrayLiteral("vigia/") + kind.toUtf8() + '\0' + body;
}
} // namespace

QByteArray SignedFile::seal(const QString &kind, const QByteArray &body, const DeviceKeys &signer)
{
    QCborMap map;
    map.insert(QStringLiteral("format"), kFormat);
    map.insert(QStringLiteral("kind"), kind);
    map.insert(QStringLiteral("body"), body);
    map.insert(QStringLiteral("signer_pk"), signer.signPublicKey);
    map.insert(QStringLiteral("sig"), signer.sign(signedMessage(kind, body)));
    return CanonicalCbor::encode(map);
}

Result<SignedFile> SignedFile::open(const QByteArray &bytes, const QString &expectedKind)
{
    const Error corrupt(ErrorCode::Corrupt,
                        tr("This file is damaged or is not a Vigia %1 file. Ask for a new copy.")
                            .arg(expectedKind));
    if (bytes.size() > kMaxBytes || !CanonicalCbor::isCanonical(bytes))
        return corrupt;
    const QCborValue value = QCborValue::fromCbor(bytes);
    if (!value.isMap())
        return corrupt;
    const QCborMap map = value.toMap();
    if (map.size() != 5 || map.value(QStringLiteral("format")).toString() != kFormat)
        return corrupt;
    SignedFile f;
    f.kind = map.value(QStringLiteral("kind")).toString();
    f.body = map.value(QStringLiteral("body")).toByteArray();
    f.signerPk = map.value(QStringLiteral("signer_pk")).toByteArray();
    const QByteArray sig = map.value(QStringLiteral("sig")).toByteArray();
    if (f.kind != expectedKind) {
        return Error(ErrorCode::Corrupt, tr("This is a Vigia %1 file, not a %2 file. Check which "
                                            "file you chose.")
                                             .arg(f.kind, expectedKind));
    }
    if (f.signerPk.size() != 32 || sig.size() != 64 || f.body.isEmpty())
        return corrupt;
    if (!DeviceKeys::verify(signedMessage(f.kind, f.body), sig, f.signerPk)) {
        return Error(ErrorCode::Tampered,
                     tr("The signature of this %1 file does not match its contents: it was "
                        "altered or damaged. Do not use it; ask for a new copy.")
                         .arg(expectedKind));
    }
    return f;
}

Result<QByteArray> SignedFile::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound, tr("There is no file %1. Check the name and the folder.")
                                              .arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorCode::Io,
            tr("Cannot read %1 (%2).").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return Error(ErrorCode::TooLarge,
                     tr("The file %1 is far larger than any project file. Check which file you "
                        "chose.")
                         .arg(QDir::toNativeSeparators(path)));
    return bytes;
}

Status SignedFile::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(ErrorCode::Io, tr("Cannot write %1 (%2). Check that the folder exists and "
                                       "the disk is not full.")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace vigia
