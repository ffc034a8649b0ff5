#pragma once

#include "common/Result.h"
#include "db/CryptVfs.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace vigia {

class SecretBytes;
class StatementCache;

// One open SQLite connection. Every database in Vigia is opened through
// Database::open, so pragmas, URI handling and (later) the encrypting VFS are
// decided in one place. Not thread-safe: one Database per thread.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) with Vigia's pragmas. The schema is the
    // store's business: Migrations::open opens and brings it up to date.
    // With `key` (32 bytes), every page on the disk is encrypted (CryptVfs);
    // without, the file is plain SQLite (the hub's store holds ciphertext
    // only). A wrong key or a tampered page fails as a damaged store.
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    open(const QString &path, std::shared_ptr<const SecretBytes> key = nullptr);
    [[nodiscard]] bool isEncrypted() const { return m_keyBinding != nullptr; }
    // The URI SQLite opens `path` by: with `key`, through CryptVfs with the
    // key's binding id (also what VACUUM INTO an encrypted copy names);
    // without, through WalBatchVfs.
    [[nodiscard]] static QString uri(const QString &path, const CryptVfs::Binding *key = nullptr);

    [[nodiscard]] sqlite3 *handle() const { return m_handle; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] QString connectionName() const { return m_connectionName; }
    // Prepared statements reused on this connection (Statement(cache, sql)).
    [[nodiscard]] StatementCache &statements();

    // Runs one or more statements that return no rows.
    [[nodiscard]] Status exec(const char *sql);
    [[nodiscard]] Result<int> userVersion();

    // Turns an SQLite result code into an Error for people; `what` says which
    // operation failed ("saving the record").
    [[nodiscard]] Error errorFor(int rc, const QString &what) const;
    [[nodiscard]] static Error errorFor(int rc, const QString &what, const QString &detail);

private:
    Database() = default;
    [[nodiscard]] Status configure();

    QString m_connectionName;
    QString m_path;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<StatementCache> m_statements;
    // Declared last: the connection (and its WAL) closes before the key goes.
    std::unique_ptr<CryptVfs::Binding> m_keyBinding;
};

} // namespace vigia
