#pragma once

#include <cstdint>

namespace vigia {

class SecretBytes;

// One page of an encrypted store as it lies on the disk
// (docs/store-encryption.md):
//
//   [ciphertext of bytes 0..4055][tag 16][nonce 24]       4096 bytes
//
// XChaCha20-Poly1305 (IETF) with associated data of 9 bytes: the file's kind
// ('D' store, 'W' WAL, 'J' rollback journal) and the page's number in the
// store (WAL: the number in the frame's header; journal: the byte offset),
// big-endian. The last 40 bytes of a plaintext page are the bytes SQLite
// reserves and never reads; they come back as zeros.
class CryptPage
{
public:
    enum class Kind : char
    {
        Store = 'D',
        Wal = 'W',
        Journal = 'J',
    };

    // `plain` and `sealed` are kPageSize bytes each and may not overlap.
    static void seal(const SecretBytes &key, Kind kind, std::uint64_t number,
                     const unsigned char *plain, unsigned char *sealed);
    // False when the page was not sealed by this key for this place.
    [[nodiscard]] static bool open(const SecretBytes &key, Kind kind, std::uint64_t number,
                                   const unsigned char *sealed, unsigned char *plain);
    // A page never written (a file extended, a hole) reads as zeros and is
    // passed on as such: it carries no data to protect or forge.
    [[nodiscard]] static bool isBlank(const unsigned char *page);
};

} // namespace vigia
