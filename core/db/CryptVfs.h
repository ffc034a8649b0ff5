#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <memory>

namespace vigia {

class SecretBytes;

// The encrypting SQLite VFS (docs/store-encryption.md): every page of a
// store, of its WAL and of its rollback journals is sealed on its way to the
// disk with XChaCha20-Poly1305 under the store's 32-byte key, a fresh random
// nonce per write, and the page's number (a journal page: its offset) as
// associated data, so a page moved, swapped or taken from another store
// fails to open. Nonce and tag live in the 40 bytes SQLite reserves at the
// end of each page. The shared-memory index (-shm) holds no record data and
// is passed through; temporary files must stay in memory.
//
// The key never appears in a URI: Database::open binds it here and passes
// only the binding's id (`vigiakey=`), which the VFS looks up when SQLite
// opens the store, its WAL or a journal.
class CryptVfs
{
public:
    static constexpr const char *kName = "vigia-crypt";
    static constexpr const char *kKeyParameter = "vigiakey";
    static constexpr int kPageSize = 4096;
    static constexpr int kReserve = 40; // tag (16) then nonce (24)
    static constexpr int kKeyBytes = 32;

    // Registers the VFS with SQLite once per process (not as the default).
    [[nodiscard]] static Status ensureRegistered();

    // While it lives, stores opened with `vigiakey=<id()>` use `key`.
    class Binding
    {
    public:
        ~Binding();
        Binding(const Binding &) = delete;
        Binding &operator=(const Binding &) = delete;
        [[nodiscard]] const QByteArray &id() const { return m_id; }

    private:
        friend class CryptVfs;
        explicit Binding(QByteArray id)
            : m_id(std::move(id))
        {}
        QByteArray m_id;
    };
    [[nodiscard]] static std::unique_ptr<Binding> bind(std::shared_ptr<const SecretBytes> key);

    // Whether a page failed to authenticate on this thread since the last
    // call: SQLite reports such a failure while opening as a plain I/O
    // error, which would send people to check their disk.
    [[nodiscard]] static bool takeAuthenticationFailure();

    // The key bound under `id`, or nullptr (for the VFS itself).
    [[nodiscard]] static std::shared_ptr<const SecretBytes> keyFor(const char *id);
};

} // namespace vigia
