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
} // namespace

void CryptPage::seal(const SecretBytes &key, Kind kind, std::uint64_t number,
                     const unsigned char *plain, unsigned char *sealed)
{
    unsigned char ad[9];
    associatedData(kind, number, ad);
    unsigned char *tag = sealed + kSealed;
    unsigned char *nonce = tag + kTag;
    randombytes_buf(nonce, kNonce);
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
    return sodium_is_zero(page, CryptVfs::kPageSize) == 1;
}

} // namespace vigia
