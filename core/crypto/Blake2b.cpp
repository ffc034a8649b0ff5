#include "crypto/Blake2b.h"

#include "common/LogCategories.h"
#include "crypto/Sodium.h"

#include <sodium.h>

namespace vigia {

namespace {

bool validLength(int outLen)
{
    return outLen >= static_cast<int>(crypto_generichash_BYTES_MIN) &&
           outLen <= static_cast<int>(crypto_generichash_BYTES_MAX);
}

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

} // namespace

struct Blake2b::State
{
    crypto_generichash_state hash;
};

QByteArray Blake2b::hash256(QByteArrayView data)
{
    return hash(data, DefaultLength);
}

QByteArray Blake2b::hash(QByteArrayView data, int outLen)
{
    if (!validLength(outLen)) {
        qCWarning(lcCrypto) << "BLAKE2b output length out of range:" << outLen;
        return {};
    }
    if (!Sodium::init())
        return {};
    QByteArray out(outLen, Qt::Uninitialized);
    if (crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), out.size(), bytes(data),
                           static_cast<unsigned long long>(data.size()), nullptr, 0) != 0) {
        qCWarning(lcCrypto) << "crypto_generichash failed";
        return {};
    }
    return out;
}

Blake2b::Blake2b(int outLen)
{
    if (!validLength(outLen)) {
        qCWarning(lcCrypto) << "BLAKE2b output length out of range:" << outLen;
        return;
    }
    if (!Sodium::init())
        return;
    m_state = std::make_unique<State>();
    if (crypto_generichash_init(&m_state->hash, nullptr, 0, static_cast<size_t>(outLen)) != 0) {
        qCWarning(lcCrypto) << "crypto_generichash_init failed";
        m_state.reset();
        return;
    }
    m_outLen = outLen;
}

Blake2b::~Blake2b()
{
    wipe();
}

Blake2b::Blake2b(Blake2b &&other) noexcept
    : m_state(std::move(other.m_state))
    , m_outLen(other.m_outLen)
    , m_finished(other.m_finished)
    , m_result(std::move(other.m_result))
{}

Blake2b &Blake2b::operator=(Blake2b &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_state = std::move(other.m_state);
        m_outLen = other.m_outLen;
        m_finished = other.m_finished;
        m_result = std::move(other.m_result);
    }
    return *this;
}

void Blake2b::wipe()
{
    // The running state is derived from the input, which may be sensitive.
    if (m_state)
        sodium_memzero(&m_state->hash, sizeof m_state->hash);
    m_state.reset();
}

void Blake2b::addData(QByteArrayView data)
{
    if (m_finished) {
        qCWarning(lcCrypto) << "Blake2b::addData() after result(); data ignored";
        return;
    }
    if (!m_state)
        return;
    crypto_generichash_update(&m_state->hash, bytes(data),
                              static_cast<unsigned long long>(data.size()));
}

QByteArray Blake2b::result()
{
    if (m_finished || !m_state)
        return m_result;
    QByteArray out(m_outLen, Qt::Uninitialized);
    if (crypto_generichash_final(&m_state->hash, reinterpret_cast<unsigned char *>(out.data()),
                                 out.size()) != 0) {
        qCWarning(lcCrypto) << "crypto_generichash_final failed";
        out.clear();
    }
    wipe();
    m_finished = true;
    m_result = out;
    return m_result;
}

} // namespace vigia
