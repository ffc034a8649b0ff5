#include "crypto/KeyStore.h"

#include "common/CanonicalCbor.h"
#include "common/LogCategories.h"
#include "crypto/Blake2b.h"
#include "crypto/KeyStoreSecrets.h"
#include "crypto/SecretBytes.h"
#include "crypto/Sodium.h"

#include <QCborArray>
#include <QCborStreamReader>
#include <QCborValue>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSaveFile>

#include <sodium.h>

#include <algorithm>
#include <utility>

namespace vigia {

namespace {

constexpr int FormatVersion = 1;
// Written exactly while the plaintext keeps store_key_previous (a change of
// the store's key is unfinished): a reader that knows only version 1 refuses
// the file instead of trying a store key that may not open the store yet, or
// rewriting the keystore without the key that does.
constexpr int PendingStoreKeyVersion = 2;
constexpr qsizetype DeviceIdBytes = 16;
constexpr qsizetype SignPkBytes = crypto_sign_PUBLICKEYBYTES;
constexpr qsizetype BoxPkBytes = crypto_box_PUBLICKEYBYTES;
constexpr qsizetype SaltBytes = crypto_pwhash_SALTBYTES;
constexpr qsizetype NonceBytes = crypto_secretbox_NONCEBYTES;
constexpr qsizetype MacBytes = crypto_secretbox_MACBYTES;
constexpr qsizetype PublicHashBytes = 32;
// A keystore is a few hundred bytes plus the caller's public info; anything
// far larger is not one, and reading it whole would only waste memory.
constexpr qint64 MaxFileBytes = 1024 * 1024;

const QString FormatName = QStringLiteral("vigia-keystore");
const QString KdfAlg = QStringLiteral("argon2id13");

// Keys, as QStrings for the CBOR maps and as bytes for the secret plaintext.
const QString KeyFormat = QStringLiteral("format");
const QString KeyVersion = QStringLiteral("version");
const QString KeyKdf = QStringLiteral("kdf");
const QString KeyAlg = QStringLiteral("alg");
const QString KeyOps = QStringLiteral("ops");
const QString KeyMem = QStringLiteral("mem");
const QString KeySalt = QStringLiteral("salt");
const QString KeyPublic = QStringLiteral("public");
const QString KeyDeviceId = QStringLiteral("device_id");
const QString KeySignPk = QStringLiteral("sign_pk");
const QString KeyBoxPk = QStringLiteral("box_pk");
const QString KeyNonce = QStringLiteral("nonce");
const QString KeyCiphertext = QStringLiteral("ciphertext");
constexpr std::size_t StoreKeyBytes = 32;

const unsigned char *ubytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

unsigned char *ubytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// --- Error messages -------------------------------------------------------
// Spelled out with the literal context at each call so lupdate finds them.

// Logs why (for support) and returns the one message users see: the
// distinction between kinds of damage does not change what they can do.
Error corrupt(const QString &path, const char *reason)
{
    qCWarning(lcCrypto).nospace() << "keystore " << path << " is damaged: " << reason;
    return {ErrorCode::Corrupt,
            QCoreApplication::translate("vigia::KeyStore",
                                        "The keystore file %1 is damaged or is not a Vigia "
                                        "keystore. Restore it from a backup.")
                .arg(nativePath(path))};
}

Error wrongPassphrase()
{
    return {ErrorCode::WrongPassphrase,
            QCoreApplication::translate("vigia::KeyStore",
                                        "Wrong passphrase. Check the keyboard layout and Caps "
                                        "Lock, then try again.")};
}

Error cryptoUnavailable()
{
    return {ErrorCode::Failure,
            QCoreApplication::translate("vigia::KeyStore",
                                        "The cryptography library could not be initialised. "
                                        "Reinstall Vigia; if the problem persists, report it.")};
}

Error outOfSecureMemory()
{
    return {ErrorCode::Failure,
            QCoreApplication::translate("vigia::KeyStore",
                                        "Not enough protected memory for the keys. Close other "
                                        "programs and try again.")};
}

Error writeFailed(const QString &path, const QString &reason)
{
    return {ErrorCode::Io, QCoreApplication::translate("vigia::KeyStore",
                                                       "Could not write the keystore file %1 "
                                                       "(%2). Check that the folder exists, is "
                                                       "writable and that the disk is not full.")
                               .arg(nativePath(path), reason)};
}

Error alreadyExists(const QString &path)
{
    return {ErrorCode::Failure,
            QCoreApplication::translate("vigia::KeyStore",
                                        "A keystore already exists at %1 and was left "
                                        "untouched. Vigia never overwrites a device identity; "
                                        "move that file away first if you really want a new "
                                        "one.")
                .arg(nativePath(path))};
}

Error emptyPassphrase()
{
    return {ErrorCode::Usage,
            QCoreApplication::translate("vigia::KeyStore",
                                        "The passphrase is empty. Choose a passphrase to "
                                        "protect the keys.")};
}

Error invalidLimits()
{
    return {ErrorCode::Usage,
            QCoreApplication::translate("vigia::KeyStore",
                                        "The key derivation settings are out of range. Use the "
                                        "default settings.")};
}

// A keystore written with test limits, met by a build without the test
// switch: anyone holding the file could brute-force its passphrase cheaply,
// so it must not be trusted with real data (KdfLimits::allowedInThisBuild).
Error testOnlyKeystore(const QString &path)
{
    qCWarning(lcCrypto) << "keystore" << path << "uses test-only KDF limits; refused";
    return {ErrorCode::Failure,
            QCoreApplication::translate("vigia::KeyStore",
                                        "The keystore file %1 was created by a test build of "
                                        "Vigia with key-derivation settings that cannot protect "
                                        "real data, so this version refuses to open it. Create "
                                        "a new workspace, and never keep real data in one made "
                                        "by a test build.")
                .arg(nativePath(path))};
}

Error testOnlyLimits()
{
    return {ErrorCode::Usage,
            QCoreApplication::translate("vigia::KeyStore",
                                        "These key-derivation settings are for tests only and "
                                        "cannot protect real data, so this version of Vigia "
                                        "does not use them. Use the default settings.")};
}

// --- Deterministic CBOR ----------------------------------------------------

using EncodedEntry = std::pair<QByteArray, QByteArray>;

QByteArray encodeMapEntries(QList<EncodedEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const EncodedEntry &a, const EncodedEntry &b) { return a.first < b.first; });
    QByteArray out;
    CanonicalCbor::appendHead(out, 5, static_cast<quint64>(entries.size()));
    for (const auto &[key, value] : std::as_const(entries)) {
        out += key;
        out += value;
    }
    return out;
}

// --- File reading ----------------------------------------------------------

struct Parsed
{
    KdfLimits limits;
    QByteArray salt;
    QCborMap publicMap;
    QByteArray publicRaw; // the exact bytes public_hash covers
    QByteArray nonce;
    QByteArray ciphertext;
};

bool isBytes(const QCborValue &value, qsizetype size)
{
    return value.isByteArray() && value.toByteArray().size() == size;
}

Result<Parsed> parse(const QByteArray &data, const QString &path)
{
    QCborStreamReader reader(data);
    if (!reader.isMap() || !reader.enterContainer())
        return corrupt(path, "not a CBOR map");
    QCborMap top;
    QByteArray publicRaw;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (!reader.isString())
            return corrupt(path, "non-text key");
        QString key;
        auto chunk = reader.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            key += chunk.data;
            chunk = reader.readString();
        }
        if (chunk.status == QCborStreamReader::Error)
            return corrupt(path, "malformed key");
        const qint64 begin = reader.currentOffset();
        const QCborValue value = QCborValue::fromCbor(reader);
        if (reader.lastError() != QCborError::NoError)
            return corrupt(path, "truncated or malformed CBOR");
        if (top.contains(key))
            return corrupt(path, "duplicate key");
        if (key == KeyPublic)
            publicRaw = data.mid(begin, reader.currentOffset() - begin);
        top.insert(key, value);
    }
    if (reader.lastError() != QCborError::NoError || !reader.leaveContainer())
        return corrupt(path, "truncated or malformed CBOR");
    if (reader.currentOffset() != data.size())
        return corrupt(path, "trailing data");

    if (top.value(KeyFormat).toString() != FormatName)
        return corrupt(path, "not a Vigia keystore");
    const QCborValue version = top.value(KeyVersion);
    if (!version.isInteger() || version.toInteger() < 1)
        return corrupt(path, "invalid version");
    if (version.toInteger() > PendingStoreKeyVersion) {
        qCWarning(lcCrypto) << "keystore" << path << "has format version" << version.toInteger();
        return Error(ErrorCode::TooNew,
                     QCoreApplication::translate("vigia::KeyStore",
                                                 "The keystore file %1 was written by a newer "
                                                 "version of Vigia. Update Vigia to open it.")
                         .arg(nativePath(path)));
    }

    Parsed parsed;
    const QCborMap kdf = top.value(KeyKdf).toMap();
    const QCborValue ops = kdf.value(KeyOps);
    const QCborValue mem = kdf.value(KeyMem);
    if (kdf.value(KeyAlg).toString() != KdfAlg || !ops.isInteger() || !mem.isInteger() ||
        !isBytes(kdf.value(KeySalt), SaltBytes))
        return corrupt(path, "invalid kdf entry");
    if (ops.toInteger() < 0 || mem.toInteger() < 0)
        return corrupt(path, "out-of-range KDF limits");
    parsed.limits.opsLimit = static_cast<quint64>(ops.toInteger());
    parsed.limits.memLimit = static_cast<std::size_t>(mem.toInteger());
    if (!parsed.limits.isValid())
        return corrupt(path, "out-of-range KDF limits");
    parsed.salt = kdf.value(KeySalt).toByteArray();

    parsed.publicMap = top.value(KeyPublic).toMap();
    parsed.publicRaw = publicRaw;
    const QCborValue deviceId = parsed.publicMap.value(KeyDeviceId);
    if (!isBytes(deviceId, DeviceIdBytes) || QUuid::fromRfc4122(deviceId.toByteArray()).isNull() ||
        !isBytes(parsed.publicMap.value(KeySignPk), SignPkBytes) ||
        !isBytes(parsed.publicMap.value(KeyBoxPk), BoxPkBytes))
        return corrupt(path, "invalid public entry");

    parsed.nonce = top.value(KeyNonce).toByteArray();
    parsed.ciphertext = top.value(KeyCiphertext).toByteArray();
    if (!isBytes(top.value(KeyNonce), NonceBytes) || !top.value(KeyCiphertext).isByteArray() ||
        parsed.ciphertext.size() <= MacBytes)
        return corrupt(path, "invalid nonce or ciphertext");
    return parsed;
}

Error readFailed(const QString &path, const QString &reason)
{
    qCWarning(lcCrypto) << "cannot read keystore" << path << reason;
    return {ErrorCode::Io, QCoreApplication::translate("vigia::KeyStore",
                                                       "Could not read the keystore file %1 "
                                                       "(%2). Check that your user may read it.")
                               .arg(nativePath(path), reason)};
}

Result<Parsed> readKeystore(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("vigia::KeyStore",
                                                 "There is no keystore file at %1. Check the "
                                                 "workspace folder, or set up this device "
                                                 "first.")
                         .arg(nativePath(path)));
    }
    if (!file.open(QIODevice::ReadOnly))
        return readFailed(path, file.errorString());
    // Bounded read: a keystore is small, and the path might point at
    // something huge (or endless, like /dev/zero).
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return readFailed(path, file.errorString());
    if (data.size() > MaxFileBytes)
        return corrupt(path, "too large");
    return parse(data, path);
}

// --- Crypto ------------------------------------------------------------------

Result<SecretBytes> deriveKey(const QByteArray &passphrase, const QByteArray &salt,
                              KdfLimits limits)
{
    SecretBytes key(crypto_secretbox_KEYBYTES);
    if (key.isEmpty())
        return outOfSecureMemory();
    if (crypto_pwhash(key.data(), key.size(), passphrase.constData(),
                      static_cast<unsigned long long>(passphrase.size()), ubytes(salt),
                      limits.opsLimit, limits.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCWarning(lcCrypto) << "crypto_pwhash failed with memLimit" << limits.memLimit;
        return Error(ErrorCode::Failure,
                     QCoreApplication::translate("vigia::KeyStore",
                                                 "Not enough memory to derive the key from the "
                                                 "passphrase. Close other programs and try "
                                                 "again."));
    }
    return key;
}

Result<DeviceKeys> decrypt(const Parsed &parsed, const QByteArray &passphrase, const QString &path)
{
    Result<SecretBytes> key = deriveKey(passphrase, parsed.salt, parsed.limits);
    if (!key)
        return key.error();
    SecretBytes plain(static_cast<std::size_t>(parsed.ciphertext.size() - MacBytes));
    if (plain.isEmpty())
        return outOfSecureMemory();
    if (crypto_secretbox_open_easy(plain.data(), ubytes(parsed.ciphertext),
                                   static_cast<unsigned long long>(parsed.ciphertext.size()),
                                   ubytes(parsed.nonce), key.value().constData()) != 0) {
        // Also what a damaged salt, nonce or ciphertext looks like; the two
        // cannot be told apart without the right key.
        // Debug only: the caller reports it, and a warning would say it twice.
        qCDebug(lcCrypto) << "keystore" << path << "did not decrypt (wrong passphrase?)";
        return wrongPassphrase();
    }

    DeviceKeys keys;
    QByteArray publicHash;
    if (!KeyStoreSecrets::decode(plain, keys, publicHash))
        return corrupt(path, "decrypted to malformed contents");
    const QByteArray actualHash = Blake2b::hash256(parsed.publicRaw);
    if (actualHash.size() != PublicHashBytes ||
        sodium_memcmp(ubytes(actualHash), ubytes(publicHash),
                      static_cast<std::size_t>(PublicHashBytes)) != 0)
        return corrupt(path, "public part does not match its hash");

    keys.deviceId = QUuid::fromRfc4122(parsed.publicMap.value(KeyDeviceId).toByteArray());
    keys.signPublicKey = parsed.publicMap.value(KeySignPk).toByteArray();
    keys.boxPublicKey = parsed.publicMap.value(KeyBoxPk).toByteArray();
    // Both secret keys must produce the stored public keys; a mismatch means
    // the keystore would sign as someone other than the device it claims to be.
    if (!keys.pairsMatch())
        return corrupt(path, "secret keys do not match the public keys");
    return keys;
}

enum class WriteMode
{
    CreateNew,
    Replace
};

bool pathTaken(const QString &path)
{
    // A dangling symlink is "taken" too: replacing it would silently redirect
    // where the identity lives.
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

Status writeKeystore(const QString &path, const QByteArray &passphrase, const QByteArray &publicRaw,
                     const DeviceKeys &keys, KdfLimits limits, WriteMode mode)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    QByteArray nonce(NonceBytes, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));

    const QByteArray publicHash = Blake2b::hash256(publicRaw);
    const SecretBytes plain = KeyStoreSecrets::encode(keys, publicHash);
    if (plain.isEmpty() || publicHash.size() != PublicHashBytes)
        return outOfSecureMemory();
    Result<SecretBytes> key = deriveKey(passphrase, salt, limits);
    if (!key)
        return key.error();
    QByteArray ciphertext(static_cast<qsizetype>(plain.size()) + MacBytes, Qt::Uninitialized);
    if (crypto_secretbox_easy(ubytes(ciphertext), plain.constData(), plain.size(), ubytes(nonce),
                              key.value().constData()) != 0) {
        qCWarning(lcCrypto) << "crypto_secretbox_easy failed";
        return cryptoUnavailable();
    }

    QCborMap kdf;
    kdf.insert(KeyAlg, KdfAlg);
    kdf.insert(KeyOps, static_cast<qint64>(limits.opsLimit));
    kdf.insert(KeyMem, static_cast<qint64>(limits.memLimit));
    kdf.insert(KeySalt, salt);
    const QList<EncodedEntry> entries = {
        {CanonicalCbor::encode(KeyFormat), CanonicalCbor::encode(FormatName)},
        {CanonicalCbor::encode(KeyVersion),
         CanonicalCbor::encode(keys.previousStoreKey ? PendingStoreKeyVersion : FormatVersion)},
        {CanonicalCbor::encode(KeyKdf), CanonicalCbor::encode(kdf)},
        {CanonicalCbor::encode(KeyPublic), publicRaw},
        {CanonicalCbor::encode(KeyNonce), CanonicalCbor::encode(nonce)},
        {CanonicalCbor::encode(KeyCiphertext), CanonicalCbor::encode(ciphertext)},
    };
    const QByteArray contents = encodeMapEntries(entries);

    if (mode == WriteMode::CreateNew && pathTaken(path))
        return alreadyExists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    // The temporary file would otherwise follow the umask (usually 0644);
    // fixing it before writing means no group- or world-readable copy ever
    // exists. Some filesystems (FAT on a USB stick) cannot store modes at all;
    // the contents are encrypted, so that earns a warning, not a refusal.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qCWarning(lcCrypto) << "cannot restrict permissions of keystore" << path;
    if (file.write(contents) != contents.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeFailed(path, reason);
    }
    // Checked again because the Argon2id step above leaves a window of about
    // a second; QSaveFile itself would replace whatever appeared meanwhile.
    if (mode == WriteMode::CreateNew && pathTaken(path)) {
        file.cancelWriting();
        return alreadyExists(path);
    }
    if (!file.commit()) {
        qCWarning(lcCrypto) << "cannot write keystore" << path << file.errorString();
        return writeFailed(path, file.errorString());
    }
    return {};
}

Status checkNewSecret(const QByteArray &passphrase, KdfLimits limits)
{
    if (passphrase.isEmpty())
        return emptyPassphrase();
    if (!limits.isValid())
        return invalidLimits();
    if (!limits.allowedInThisBuild())
        return testOnlyLimits();
    if (!Sodium::init())
        return cryptoUnavailable();
    return {};
}

// Opens the keystore for a rewrite that keeps its public part: refused like
// an unlock for test limits (re-encrypting with strong limits would make a
// test keystore look like a real one, while its keys stayed as exposed as
// the cheap limits left them).
Result<DeviceKeys> unlockForRewrite(const QString &path, const QByteArray &passphrase,
                                    Parsed &parsed)
{
    Result<Parsed> read = readKeystore(path);
    if (!read)
        return read.error();
    parsed = read.take();
    if (!parsed.limits.allowedInThisBuild())
        return testOnlyKeystore(path);
    return decrypt(parsed, passphrase, path);
}

std::shared_ptr<const SecretBytes> copyOf(const SecretBytes &key)
{
    SecretBytes copy = SecretBytes::fromBytes(key.constData(), key.size());
    if (copy.isEmpty())
        return nullptr;
    return std::make_shared<const SecretBytes>(std::move(copy));
}

Error storeKeySize()
{
    return {ErrorCode::Usage,
            QCoreApplication::translate("vigia::KeyStore", "A store key has 32 bytes.")};
}

} // namespace

Status KeyStore::create(const QString &path, const QByteArray &passphrase, const DeviceKeys &keys,
                        const QCborMap &publicInfo, KdfLimits limits)
{
    if (Status ok = checkNewSecret(passphrase, limits); !ok)
        return ok;
    if (!keys.isValid() || !keys.pairsMatch()) {
        qCWarning(lcCrypto) << "KeyStore::create called with incomplete or mismatched keys";
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate("vigia::KeyStore",
                                                 "The device keys are incomplete or do not "
                                                 "belong together. Generate new keys and try "
                                                 "again."));
    }
    for (const QString &reserved : {KeyDeviceId, KeySignPk, KeyBoxPk}) {
        if (publicInfo.contains(reserved)) {
            return Error(ErrorCode::Usage,
                         QCoreApplication::translate("vigia::KeyStore",
                                                     "The public information may not contain "
                                                     "the reserved field \"%1\". Rename that "
                                                     "field.")
                             .arg(reserved));
        }
    }
    // Fail fast, before spending the Argon2id cost.
    if (pathTaken(path))
        return alreadyExists(path);

    QCborMap publicMap = publicInfo;
    publicMap.insert(KeyDeviceId, keys.deviceId.toRfc4122());
    publicMap.insert(KeySignPk, keys.signPublicKey);
    publicMap.insert(KeyBoxPk, keys.boxPublicKey);
    return writeKeystore(path, passphrase, CanonicalCbor::encode(publicMap), keys, limits,
                         WriteMode::CreateNew);
}

Result<DeviceKeys> KeyStore::unlock(const QString &path, const QByteArray &passphrase)
{
    if (!Sodium::init())
        return cryptoUnavailable();
    Result<Parsed> parsed = readKeystore(path);
    if (!parsed)
        return parsed.error();
    // Before the Argon2id step: its cost is what these limits fail to impose.
    if (!parsed.value().limits.allowedInThisBuild())
        return testOnlyKeystore(path);
    return decrypt(parsed.value(), passphrase, path);
}

Result<QCborMap> KeyStore::readPublicInfo(const QString &path)
{
    Result<Parsed> parsed = readKeystore(path);
    if (!parsed)
        return parsed.error();
    return parsed.value().publicMap;
}

Status KeyStore::changePassphrase(const QString &path, const QByteArray &oldPassphrase,
                                  const QByteArray &newPassphrase, KdfLimits limits)
{
    if (Status ok = checkNewSecret(newPassphrase, limits); !ok)
        return ok;
    Parsed parsed;
    Result<DeviceKeys> keys = unlockForRewrite(path, oldPassphrase, parsed);
    if (!keys)
        return keys.error();
    // The public bytes are reused verbatim: they were just authenticated, and
    // re-encoding could only risk changing them. Both store keys go along.
    return writeKeystore(path, newPassphrase, parsed.publicRaw, keys.value(), limits,
                         WriteMode::Replace);
}

Status KeyStore::addStoreKey(const QString &path, const QByteArray &passphrase,
                             const SecretBytes &storeKey)
{
    if (storeKey.size() != StoreKeyBytes)
        return storeKeySize();
    Parsed parsed;
    Result<DeviceKeys> keys = unlockForRewrite(path, passphrase, parsed);
    if (!keys)
        return keys.error();
    if (keys.value().storeKey)
        return alreadyExists(path);
    auto copy = copyOf(storeKey);
    if (!copy)
        return outOfSecureMemory();
    keys.value().storeKey = std::move(copy);
    // Same passphrase and limits, same public bytes: only the key is new.
    return writeKeystore(path, passphrase, parsed.publicRaw, keys.value(), parsed.limits,
                         WriteMode::Replace);
}

Result<DeviceKeys> KeyStore::beginStoreKeyChange(const QString &path, const QByteArray &passphrase,
                                                 const SecretBytes &newKey)
{
    if (newKey.size() != StoreKeyBytes)
        return storeKeySize();
    Parsed parsed;
    Result<DeviceKeys> keys = unlockForRewrite(path, passphrase, parsed);
    if (!keys)
        return keys.error();
    DeviceKeys &k = keys.value();
    if (!k.storeKey)
        return Error(ErrorCode::Failure,
                     QCoreApplication::translate("vigia::KeyStore",
                                                 "The keystore file %1 holds no key of the store "
                                                 "yet. Open the workspace once, then try again.")
                         .arg(nativePath(path)));
    if (k.previousStoreKey)
        return Error(ErrorCode::Failure,
                     QCoreApplication::translate("vigia::KeyStore",
                                                 "A change of the store's key in %1 is not "
                                                 "finished. Open the workspace once to finish "
                                                 "it, then try again.")
                         .arg(nativePath(path)));
    auto copy = copyOf(newKey);
    if (!copy)
        return outOfSecureMemory();
    k.previousStoreKey = std::move(k.storeKey);
    k.storeKey = std::move(copy);
    if (Status s =
            writeKeystore(path, passphrase, parsed.publicRaw, k, parsed.limits, WriteMode::Replace);
        !s)
        return s.error();
    return keys;
}

Result<DeviceKeys> KeyStore::finishStoreKeyChange(const QString &path, const QByteArray &passphrase,
                                                  const SecretBytes &storeKey)
{
    Parsed parsed;
    Result<DeviceKeys> keys = unlockForRewrite(path, passphrase, parsed);
    if (!keys)
        return keys.error();
    DeviceKeys &k = keys.value();
    // Compared, not assumed: forgetting the previous key of another change
    // than this one could leave a store that no saved key opens.
    if (!k.storeKey || k.storeKey->size() != storeKey.size() ||
        sodium_memcmp(k.storeKey->constData(), storeKey.constData(), storeKey.size()) != 0)
        return Error(ErrorCode::Failure,
                     QCoreApplication::translate("vigia::KeyStore",
                                                 "The store's key in %1 was changed by another "
                                                 "program meanwhile. Close every program using "
                                                 "the workspace, then open it again.")
                         .arg(nativePath(path)));
    if (!k.previousStoreKey)
        return keys;
    k.previousStoreKey.reset();
    if (Status s =
            writeKeystore(path, passphrase, parsed.publicRaw, k, parsed.limits, WriteMode::Replace);
        !s)
        return s.error();
    return keys;
}

} // namespace vigia
