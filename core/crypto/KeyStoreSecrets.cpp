#include "crypto/KeyStoreSecrets.h"

#include "common/CanonicalCbor.h"
#include "crypto/DeviceKeys.h"

#include <sodium.h>

#include <cstring>
#include <memory>
#include <string_view>

namespace vigia {

namespace {

constexpr std::string_view SecretKeySignSk = "sign_sk";
constexpr std::string_view SecretKeyBoxSk = "box_sk";
constexpr std::string_view SecretKeyPublicHash = "public_hash";
constexpr std::string_view SecretKeyStoreKey = "store_key";
constexpr std::string_view SecretKeyPreviousStoreKey = "store_key_previous";
constexpr std::size_t SignSkBytes = crypto_sign_SECRETKEYBYTES;
constexpr std::size_t BoxSkBytes = crypto_box_SECRETKEYBYTES;
constexpr std::size_t StoreKeyBytes = 32;
constexpr std::size_t PublicHashBytes = 32;
// More entries than any revision writes: not a keystore's plaintext.
constexpr quint64 MaxEntries = 16;

std::size_t entrySize(std::string_view key, std::size_t valueSize)
{
    QByteArray head;
    CanonicalCbor::appendHead(head, 3, key.size());
    CanonicalCbor::appendHead(head, 2, valueSize);
    return static_cast<std::size_t>(head.size()) + key.size() + valueSize;
}

void appendEntry(unsigned char *&out, std::string_view key, const unsigned char *value,
                 std::size_t valueSize)
{
    QByteArray head;
    CanonicalCbor::appendHead(head, 3, key.size());
    std::memcpy(out, head.constData(), static_cast<std::size_t>(head.size()));
    out += head.size();
    std::memcpy(out, key.data(), key.size());
    out += key.size();
    head.clear();
    CanonicalCbor::appendHead(head, 2, valueSize);
    std::memcpy(out, head.constData(), static_cast<std::size_t>(head.size()));
    out += head.size();
    std::memcpy(out, value, valueSize);
    out += valueSize;
}

class Reader
{
public:
    Reader(const unsigned char *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}

    // Reads a definite-length head of the expected major type.
    bool head(quint8 major, quint64 &value)
    {
        if (m_pos >= m_size || (m_data[m_pos] >> 5) != major)
            return false;
        const unsigned info = m_data[m_pos++] & 0x1f;
        if (info < 24) {
            value = info;
            return true;
        }
        if (info > 27)
            return false;
        const std::size_t bytes = std::size_t(1) << (info - 24);
        if (m_size - m_pos < bytes)
            return false;
        value = 0;
        for (std::size_t i = 0; i < bytes; ++i)
            value = (value << 8) | m_data[m_pos++];
        return true;
    }

    // A string of the given major type; returns its position in the buffer.
    bool string(quint8 major, const unsigned char *&begin, std::size_t &length)
    {
        quint64 len = 0;
        if (!head(major, len) || len > m_size - m_pos)
            return false;
        begin = m_data + m_pos;
        length = static_cast<std::size_t>(len);
        m_pos += length;
        return true;
    }

    [[nodiscard]] bool atEnd() const { return m_pos == m_size; }

private:
    const unsigned char *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

// Takes a byte string of exactly `size` bytes into `into`, once.
bool take(SecretBytes &into, const unsigned char *value, std::size_t length, std::size_t size)
{
    if (length != size || !into.isEmpty())
        return false;
    into = SecretBytes::fromBytes(value, length);
    return !into.isEmpty();
}
} // namespace

// Keys in deterministic order: "box_sk" < "sign_sk" < "store_key" <
// "public_hash" < "store_key_previous" when compared as encoded bytes
// (shorter text heads sort first). A keystore from before the store's
// encryption has no store_key; store_key_previous is there only while a
// change of the store's key is unfinished.
SecretBytes KeyStoreSecrets::encode(const DeviceKeys &keys, const QByteArray &publicHash)
{
    const SecretBytes &signSk = keys.signSecretKey;
    const SecretBytes &boxSk = keys.boxSecretKey;
    const SecretBytes *storeKey = keys.storeKey.get();
    const SecretBytes *previous = keys.previousStoreKey.get();
    const bool withStoreKey = storeKey && !storeKey->isEmpty();
    const bool withPrevious = withStoreKey && previous && !previous->isEmpty();
    const std::size_t size =
        1 + entrySize(SecretKeyBoxSk, boxSk.size()) + entrySize(SecretKeySignSk, signSk.size()) +
        (withStoreKey ? entrySize(SecretKeyStoreKey, storeKey->size()) : 0) +
        entrySize(SecretKeyPublicHash, static_cast<std::size_t>(publicHash.size())) +
        (withPrevious ? entrySize(SecretKeyPreviousStoreKey, previous->size()) : 0);
    SecretBytes plain(size);
    if (plain.isEmpty())
        return plain;
    unsigned char *out = plain.data();
    // A map of three to five entries.
    *out++ = static_cast<unsigned char>(0xa3 + (withStoreKey ? 1 : 0) + (withPrevious ? 1 : 0));
    appendEntry(out, SecretKeyBoxSk, boxSk.constData(), boxSk.size());
    appendEntry(out, SecretKeySignSk, signSk.constData(), signSk.size());
    if (withStoreKey)
        appendEntry(out, SecretKeyStoreKey, storeKey->constData(), storeKey->size());
    appendEntry(out, SecretKeyPublicHash,
                reinterpret_cast<const unsigned char *>(publicHash.constData()),
                static_cast<std::size_t>(publicHash.size()));
    if (withPrevious)
        appendEntry(out, SecretKeyPreviousStoreKey, previous->constData(), previous->size());
    Q_ASSERT(out == plain.data() + plain.size());
    return plain;
}

bool KeyStoreSecrets::decode(const SecretBytes &plain, DeviceKeys &keys, QByteArray &publicHash)
{
    Reader reader(plain.constData(), plain.size());
    quint64 count = 0;
    if (!reader.head(5, count) || count > MaxEntries)
        return false;
    SecretBytes storeKey;
    SecretBytes previous;
    publicHash.clear();
    for (quint64 i = 0; i < count; ++i) {
        const unsigned char *key = nullptr;
        const unsigned char *value = nullptr;
        std::size_t keyLen = 0;
        std::size_t valueLen = 0;
        if (!reader.string(3, key, keyLen) || !reader.string(2, value, valueLen))
            return false;
        const std::string_view name(reinterpret_cast<const char *>(key), keyLen);
        if (name == SecretKeySignSk) {
            if (!take(keys.signSecretKey, value, valueLen, SignSkBytes))
                return false;
        } else if (name == SecretKeyBoxSk) {
            if (!take(keys.boxSecretKey, value, valueLen, BoxSkBytes))
                return false;
        } else if (name == SecretKeyStoreKey) {
            if (!take(storeKey, value, valueLen, StoreKeyBytes))
                return false;
        } else if (name == SecretKeyPreviousStoreKey) {
            if (!take(previous, value, valueLen, StoreKeyBytes))
                return false;
        } else if (name == SecretKeyPublicHash) {
            if (valueLen != PublicHashBytes || !publicHash.isEmpty())
                return false;
            publicHash =
                QByteArray(reinterpret_cast<const char *>(value), static_cast<qsizetype>(valueLen));
        }
    }
    // A previous key without a current one belongs to no change of keys.
    if (!previous.isEmpty() && storeKey.isEmpty())
        return false;
    if (!storeKey.isEmpty())
        keys.storeKey = std::make_shared<const SecretBytes>(std::move(storeKey));
    if (!previous.isEmpty())
        keys.previousStoreKey = std::make_shared<const SecretBytes>(std::move(previous));
    return reader.atEnd() && keys.signSecretKey.size() == SignSkBytes &&
           keys.boxSecretKey.size() == BoxSkBytes &&
           static_cast<std::size_t>(publicHash.size()) == PublicHashBytes;
}

} // namespace vigia
