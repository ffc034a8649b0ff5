#include "store/BackupWriter.h"

#include "crypto/Blake2b.h"
#include "store/BackupFormat.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <sodium.h>

#include <utility>

namespace vigia {

namespace {
crypto_secretstream_xchacha20poly1305_state *stateOf(SecretBytes &bytes)
{
    return reinterpret_cast<crypto_secretstream_xchacha20poly1305_state *>(bytes.data());
}

template <typename T> QByteArray bigEndian(T value)
{
    QByteArray out(int(sizeof(T)), Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}
} // namespace

BackupWriter::BackupWriter(QString path)
    : m_path(std::move(path))
{}

BackupWriter::~BackupWriter()
{
    if (!m_finished)
        QFile::remove(m_path);
}

Error BackupWriter::failed() const
{
    return Error(ErrorCode::Io,
                 tr("Could not write the backup file %1 (%2). Free some space or choose "
                    "another place; no backup was written there.")
                     .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
}

Status BackupWriter::write(QByteArrayView bytes)
{
    if (!m_file.write(bytes))
        return failed();
    m_written += bytes.size();
    return {};
}

Status BackupWriter::begin(const QByteArray &keystore, const SecretBytes &storeKey,
                           const QByteArray &manifest, quint16 version)
{
    const SecretBytes key = BackupFormat::backupKey(storeKey);
    m_state = SecretBytes(sizeof(crypto_secretstream_xchacha20poly1305_state));
    if (key.isEmpty() || m_state.isEmpty())
        return Error(ErrorCode::Failure,
                     tr("The backup's key could not be made (no secure memory). Close other "
                        "programs and try again."));
    // Owner-only from the first byte: the file never exists readable by others.
    if (!m_file.open(m_path, DurableFile::Create::Replace))
        return failed();

    QByteArray head(BackupFormat::kMagic, BackupFormat::kMagicBytes);
    head += bigEndian<quint16>(version);
    head += bigEndian<quint32>(quint32(keystore.size()));
    head += keystore;
    const QByteArray check = Blake2b::hash256(head);
    QByteArray streamHeader(BackupFormat::streamHeaderBytes(), Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        stateOf(m_state), reinterpret_cast<unsigned char *>(streamHeader.data()), key.constData());
    if (Status s = write(head + check + streamHeader); !s)
        return s;
    return push(manifest, check, false);
}

Status BackupWriter::add(QByteArrayView data)
{
    return push(data, {}, false);
}

Status BackupWriter::push(QByteArrayView plain, QByteArrayView ad, bool final)
{
    const qint64 length = plain.size() + BackupFormat::messageOverhead();
    QByteArray message = bigEndian<quint32>(quint32(length));
    message.resize(4 + length);
    unsigned char *out = reinterpret_cast<unsigned char *>(message.data()) + 4;
    crypto_secretstream_xchacha20poly1305_push(
        stateOf(m_state), out, nullptr, reinterpret_cast<const unsigned char *>(plain.data()),
        static_cast<unsigned long long>(plain.size()),
        reinterpret_cast<const unsigned char *>(ad.data()),
        static_cast<unsigned long long>(ad.size()),
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
              : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    return write(message);
}

Status BackupWriter::finish()
{
    if (Status s = push({}, {}, true); !s)
        return s;
    if (!m_file.commit())
        return failed();
    m_finished = true;
    return {};
}

} // namespace vigia
