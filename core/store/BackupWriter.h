#pragma once

#include "common/DurableFile.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace vigia {

// Writes one backup file (BackupFormat) to `path`, created with mode 0600
// before any byte is written. The caller writes to a temporary name and
// renames it once finish() succeeded; a writer destroyed before that
// deletes its file. Every error is Io and names the file.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::BackupWriter)

public:
    explicit BackupWriter(QString path);
    ~BackupWriter();
    BackupWriter(const BackupWriter &) = delete;
    BackupWriter &operator=(const BackupWriter &) = delete;

    // Creates the file (replacing one left by an earlier attempt), writes
    // the header with the keystore's bytes as they are, and the first
    // message: `manifest`, bound to the header through its check.
    [[nodiscard]] Status begin(const QByteArray &keystore, const SecretBytes &storeKey,
                               const QByteArray &manifest, quint16 version);
    // One message of file data, at most BackupFormat::kChunkBytes.
    [[nodiscard]] Status add(QByteArrayView data);
    // The FINAL message, then the file is synced and closed.
    [[nodiscard]] Status finish();
    // Bytes written so far.
    [[nodiscard]] qint64 written() const { return m_written; }

private:
    [[nodiscard]] Status push(QByteArrayView plain, QByteArrayView ad, bool final);
    [[nodiscard]] Status write(QByteArrayView bytes);
    [[nodiscard]] Error failed() const;

    QString m_path;
    DurableFile m_file;
    bool m_finished = false;
    qint64 m_written = 0;
    SecretBytes m_state; // crypto_secretstream_xchacha20poly1305_state
};

} // namespace vigia
