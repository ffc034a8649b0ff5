#include "crypto/SecretBytes.h"

#include "common/LogCategories.h"
#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace vigia {

SecretBytes::SecretBytes(std::size_t n)
{
    // sodium_malloc depends on the page size that sodium_init() records.
    if (n == 0 || !Sodium::init())
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(n));
    if (!m_data) {
        qCWarning(lcCrypto) << "sodium_malloc failed for a secret buffer of" << n << "bytes";
        return;
    }
    // sodium_malloc fills with a canary pattern; zeroes make the initial
    // contents predictable for callers that fill the buffer only partially.
    sodium_memzero(m_data, n);
    m_size = n;
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::fromBytes(const unsigned char *bytes, std::size_t n)
{
    if (!bytes)
        return {};
    SecretBytes secret(n);
    if (!secret.isEmpty())
        std::memcpy(secret.m_data, bytes, n);
    return secret;
}

QByteArray SecretBytes::rawView() const
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
}

void SecretBytes::release()
{
    if (!m_data)
        return;
    // sodium_free wipes too; the explicit memzero keeps the guarantee even if
    // the allocator is ever swapped for one that does not.
    sodium_memzero(m_data, m_size);
    sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

} // namespace vigia
