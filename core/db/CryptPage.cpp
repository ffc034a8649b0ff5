#include "db/CryptPage.h"

#include "crypto/SecretBytes.h"
#include "db/CryptVfs.h"

#include <sodium.h>

#include <cstring>

namespace vigia {

namespace {
constexpr int kSealed = CryptVfs::kPageSize - CryptVfs::kReserve;
constexpr int kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
static_assert(kTag + kNonce == CryptVfs::kReserve);
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == CryptVfs::kKeyBytes);

void associatedData(CryptPage::Kind kind, std::uint64_t number, unsigned char out[9])
{
    out[0] = static_cast<unsigned char>(kind);
    for (int i = 0; i < 8; ++i)
        out[1 + i] = static_cast<unsigned char>(number >> (56 - 8 * i));
}

// Random nonces drawn 64 at a time: one system call per 64 pages sealed
// instead of one per page. They are as random; only the call is batched.
void nextNonce(unsigned char *nonce)
{
    constexpr int kBatch = 64;
    thread_local unsigned char pool[kBatch * kNonce];
    thread_local int left = 0;
    if (left == 0) {
        randombytes_buf(pool, sizeof pool);
        left = kBatch;
    }
    --left;
    unsigned char *take = pool + left * kNonce;
    std::memcpy(nonce, take, kNonce);
    sodium_memzero(take, kNonce); // never handed out twice
}
} // namespace

void CryptPage::seal(const SecretBytes &key, Kind kind, std::uint64_t number,
                     const unsigned char *plain, unsigned char *sealed)
{
    unsigned char ad[9];
    associatedData(kind, number, ad);
    unsigned char *tag = sealed + kSealed;
    unsigned char *nonce = tag + kTag;
    nextNonce(nonce);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(sealed, tag, nullptr, plain, kSealed, ad,
                                                        sizeof ad, nullptr, nonce, key.constData());
}

bool CryptPage::open(const SecretBytes &key, Kind kind, std::uint64_t number,
                     const unsigned char *sealed, unsigned char *plain)
{
    unsigned char ad[9];
    associatedData(kind, number, ad);
    const unsigned char *tag = sealed + kSealed;
    const unsigned char *nonce = tag + kTag;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
            plain, nullptr, sealed, kSealed, tag, ad, sizeof ad, nonce, key.constData()) != 0)
        return false;
    std::memset(plain + kSealed, 0, CryptVfs::kReserve);
    return true;
}

bool CryptPage::isBlank(const unsigned char *page)
{
    // Whether a page was ever written is no secret, so a plain scan will do,
    // and the reserved bytes first: a sealed page has a random nonce there.
    const auto zero = [](const unsigned char *from, int n) {
        for (int i = 0; i < n; ++i)
            if (from[i] != 0)
                return false;
        return true;
    };
    return zero(page + kSealed, CryptVfs::kReserve) && zero(page, kSealed);
}

} // namespace vigia
