#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace vigia {

// Reads one backup file (BackupFormat) from the start, checking as it goes:
// open() the clear part (the keystore's bytes and their check), begin() the
// manifest, next() each message after it, then expectEnd(). Anything
// damaged, cut short or followed by stray bytes is ErrorCode::Corrupt with
// one message for people; a read error is Io. Nothing is trusted before the
// message that carries it has been authenticated, except the keystore,
// which protects itself.
class BackupReader
{
    Q_DECLARE_TR_FUNCTIONS(vigia::BackupReader)

public:
    struct Message
    {
        QByteArray data;
        bool final = false; // the last message: nothing may follow
    };

    explicit BackupReader(QString path);

    [[nodiscard]] Status open();
    [[nodiscard]] const QByteArray &keystore() const { return m_keystore; }
    // The file's format version, once open() succeeded.
    [[nodiscard]] quint16 version() const { return m_version; }
    // The manifest's bytes, authenticated together with the header.
    [[nodiscard]] Result<QByteArray> begin(const SecretBytes &storeKey);
    [[nodiscard]] Result<Message> next();
    [[nodiscard]] Status expectEnd();

    [[nodiscard]] qint64 position() const { return m_file.pos(); }
    [[nodiscard]] qint64 size() const { return m_file.size(); }
    // The error for a damaged file, the same wherever the damage is.
    [[nodiscard]] Error damaged() const;

private:
    [[nodiscard]] Result<QByteArray> readExactly(qint64 n);
    [[nodiscard]] Result<Message> pull(qint64 maxPlain, const QByteArray &ad);

    QString m_path;
    QFile m_file;
    QByteArray m_keystore;
    QByteArray m_check;
    SecretBytes m_state; // crypto_secretstream_xchacha20poly1305_state
    bool m_ended = false;
    quint16 m_version = 0;
};

} // namespace vigia
