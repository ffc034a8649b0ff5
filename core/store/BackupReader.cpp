#include "store/BackupReader.h"

#include "crypto/Blake2b.h"
#include "store/BackupFormat.h"

#include <QDir>
#include <QtEndian>

#include <sodium.h>

namespace vigia {

namespace {
crypto_secretstream_xchacha20poly1305_state *stateOf(SecretBytes &bytes)
{
    return reinterpret_cast<crypto_secretstream_xchacha20poly1305_state *>(bytes.data());
}
} // namespace

BackupReader::BackupReader(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{}

Error BackupReader::damaged() const
{
    return Error(ErrorCode::Corrupt,
                 tr("The backup file %1 is damaged or was changed, so nothing was restored. Use "
                    "another copy of the backup.")
                     .arg(QDir::toNativeSeparators(m_path)));
}

Result<QByteArray> BackupReader::readExactly(qint64 n)
{
    QByteArray out = m_file.read(n);
    if (out.size() == n)
        return out;
    if (m_file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io,
                     tr("Could not read the backup file %1 (%2). Check the drive "
                        "it is on; nothing was restored.")
                         .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    return damaged(); // cut short
}

Status BackupReader::open()
{
    if (!QFile::exists(m_path))
        return Error(ErrorCode::NotFound, tr("There is no backup file %1. Check the name and the "
                                             "drive it is on.")
                                              .arg(QDir::toNativeSeparators(m_path)));
    if (!m_file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     tr("Could not open the backup file %1 (%2). Check that your "
                        "user may read it.")
                         .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    auto fixed = readExactly(BackupFormat::kMagicBytes + 2 + 4);
    if (!fixed)
        return fixed.error();
    const QByteArray &head = fixed.value();
    if (!head.startsWith(QByteArrayView(BackupFormat::kMagic, BackupFormat::kMagicBytes)))
        return Error(ErrorCode::Corrupt, tr("The file %1 is not a Vigia backup, or its beginning "
                                            "is damaged. Choose the backup file Vigia wrote.")
                                             .arg(QDir::toNativeSeparators(m_path)));
    const quint16 version = qFromBigEndian<quint16>(head.constData() + BackupFormat::kMagicBytes);
    const quint32 length =
        qFromBigEndian<quint32>(head.constData() + BackupFormat::kMagicBytes + 2);
    // A damaged length is caught by the check below, unless it claims a
    // size no keystore has.
    if (length == 0 || length > BackupFormat::kMaxKeystoreBytes)
        return damaged();
    auto keystore = readExactly(length);
    if (!keystore)
        return keystore.error();
    auto check = readExactly(BackupFormat::kCheckBytes);
    if (!check)
        return check.error();
    // The check covers the version too: a newer file is told apart from a
    // damaged one only once its check holds (every version keeps this start).
    if (Blake2b::hash256(head + keystore.value()) != check.value() || version == 0)
        return damaged();
    if (version != BackupFormat::kVersion && version != BackupFormat::kVersionProjects)
        return Error(ErrorCode::TooNew, tr("The backup file %1 was written by a newer version of "
                                           "Vigia. Update Vigia to restore it.")
                                            .arg(QDir::toNativeSeparators(m_path)));
    m_version = version;
    m_keystore = keystore.take();
    m_check = check.take();
    return {};
}

Result<QByteArray> BackupReader::begin(const SecretBytes &storeKey)
{
    const SecretBytes key = BackupFormat::backupKey(storeKey);
    m_state = SecretBytes(sizeof(crypto_secretstream_xchacha20poly1305_state));
    if (key.isEmpty() || m_state.isEmpty())
        return Error(ErrorCode::Failure,
                     tr("The backup's key could not be made (no secure memory). Close other "
                        "programs and try again."));
    auto header = readExactly(BackupFormat::streamHeaderBytes());
    if (!header)
        return header.error();
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            stateOf(m_state), reinterpret_cast<const unsigned char *>(header.value().constData()),
            key.constData()) != 0)
        return damaged();
    auto manifest = pull(BackupFormat::kMaxManifestBytes, m_check);
    if (!manifest)
        return manifest.error();
    if (manifest.value().final)
        return damaged();
    return std::move(manifest.value().data);
}

Result<BackupReader::Message> BackupReader::next()
{
    if (m_ended)
        return damaged();
    return pull(BackupFormat::kChunkBytes, {});
}

Result<BackupReader::Message> BackupReader::pull(qint64 maxPlain, const QByteArray &ad)
{
    auto prefix = readExactly(4);
    if (!prefix)
        return prefix.error();
    const qint64 length = qFromBigEndian<quint32>(prefix.value().constData());
    const qint64 overhead = BackupFormat::messageOverhead();
    if (length < overhead || length > maxPlain + overhead)
        return damaged();
    auto cipher = readExactly(length);
    if (!cipher)
        return cipher.error();
    Message out;
    out.data.resize(length - overhead);
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            stateOf(m_state), reinterpret_cast<unsigned char *>(out.data.data()), nullptr, &tag,
            reinterpret_cast<const unsigned char *>(cipher.value().constData()),
            static_cast<unsigned long long>(length),
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size())) != 0)
        return damaged();
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        out.final = true;
        m_ended = true;
    } else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
        return damaged();
    }
    return out;
}

Status BackupReader::expectEnd()
{
    if (!m_ended)
        return damaged();
    char stray = 0;
    if (m_file.read(&stray, 1) != 0)
        return damaged();
    return {};
}

} // namespace vigia
