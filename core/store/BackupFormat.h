#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QtGlobal>

namespace vigia {

// The numbers and the key of the workspace backup file
// (docs/backup-format.md), shared by BackupWriter and BackupReader:
//
//   "VIGIABAK" | u16 version | u32 n | keystore file (n bytes) | check (32)
//   | secretstream header (24) | { u32 length | secretstream message }...
//
// Integers are big-endian. `check` is BLAKE2b-256 over everything before it;
// it is also the first message's additional data. The messages are
// crypto_secretstream_xchacha20poly1305 under backupKey(): the manifest
// (CBOR), then every file's bytes in chunks, then an empty message tagged
// FINAL, then the end of the file.
struct BackupFormat
{
    static constexpr char kMagic[] = "VIGIABAK";
    static constexpr int kMagicBytes = 8;
    // Version 1 holds one project's store; version 2 adds the further
    // projects' stores (docs/backup-format.md). A workspace with one project
    // is still written as version 1, byte for byte as before.
    static constexpr quint16 kVersion = 1;
    static constexpr quint16 kVersionProjects = 2;
    static constexpr int kCheckBytes = 32;
    // A keystore is far smaller; KeyStore refuses files over 1 MiB as well.
    static constexpr qint64 kMaxKeystoreBytes = 1 << 20;
    // Plaintext bytes per data message.
    static constexpr qint64 kChunkBytes = 64 * 1024;
    static constexpr qint64 kMaxManifestBytes = 1 << 20;
    static constexpr int kMaxFiles = 100000;

    // The backup's key: crypto_kdf_derive_from_key(32, subkey 1, "VigiaBak",
    // store key). Never the store key itself, so a backup's key opens no
    // page of the store and the store's key no message of a backup by
    // mistake. Empty when the store key is not 32 bytes or no secure memory.
    [[nodiscard]] static SecretBytes backupKey(const SecretBytes &storeKey);
    // Bytes added to every message by the cipher (its tag byte and MAC).
    [[nodiscard]] static qint64 messageOverhead();
    // Bytes of the secretstream header that follows the check.
    [[nodiscard]] static int streamHeaderBytes();
};

} // namespace vigia
