#include "db/Database.h"

#include "common/LogCategories.h"
#include "db/StatementCache.h"
#include "db/WalBatchVfs.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

namespace vigia {

namespace {
// A writer that waits longer than this for another process is reported as busy.
constexpr int kBusyTimeoutMs = 15000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("vigia-db-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::~Database()
{
    // A statement still prepared would keep the connection from closing.
    m_statements.reset();
    m_handle = nullptr;
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

StatementCache &Database::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<StatementCache>(m_handle);
    return *m_statements;
}

QString Database::uri(const QString &path, const CryptVfs::Binding *key)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setScheme(QStringLiteral("file"));
    QUrlQuery query;
    if (key) {
        // The key's binding id, never the key itself.
        query.addQueryItem(QStringLiteral("vfs"), QLatin1String(CryptVfs::kName));
        query.addQueryItem(QLatin1String(CryptVfs::kKeyParameter), QString::fromLatin1(key->id()));
    } else {
        query.addQueryItem(QStringLiteral("vfs"), QLatin1String(WalBatchVfs::kName));
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path,
                                                 std::shared_ptr<const SecretBytes> key)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error(ErrorCode::Io, QCoreApplication::translate(
                                        "vigia::Database", "Cannot create the folder %1. Check "
                                                           "that it is writable.")
                                        .arg(info.absolutePath()));
    }
    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    if (Status s = WalBatchVfs::ensureRegistered(); !s)
        return s.error();
    if (key) {
        if (Status s = CryptVfs::ensureRegistered(); !s)
            return s.error();
        db->m_keyBinding = CryptVfs::bind(std::move(key));
    }
    db->m_connectionName = nextConnectionName();
    {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        // A URI, so that the encrypting VFS can later be chosen with `vfs=`.
        conn.setDatabaseName(uri(db->m_path, db->m_keyBinding.get()));
        conn.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        (void)CryptVfs::takeAuthenticationFailure();
        if (!conn.open()) {
            if (db->m_keyBinding && CryptVfs::takeAuthenticationFailure())
                return errorFor(
                    SQLITE_IOERR_DATA,
                    QCoreApplication::translate("vigia::Database", "opening %1").arg(db->m_path),
                    QString());
            return Error(ErrorCode::Io,
                         QCoreApplication::translate("vigia::Database",
                                                     "Cannot open the database %1: %2. Check the "
                                                     "file's permissions and free disk space.")
                             .arg(db->m_path, conn.lastError().text()));
        }
        const QVariant h = conn.driver()->handle();
        if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
            db->m_handle = *static_cast<sqlite3 *const *>(h.data());
    }
    if (!db->m_handle) {
        return Error(ErrorCode::Failure,
                     QCoreApplication::translate(
                         "vigia::Database", "The SQLite driver gave no native handle. Reinstall "
                                            "the package libqt6sql6-sqlite."));
    }
    if (Status s = db->configure(); !s)
        return s.error();
    return db;
}

Status Database::configure()
{
    sqlite3_busy_timeout(m_handle, kBusyTimeoutMs);
    sqlite3_extended_result_codes(m_handle, 1);
    // Checking the header first turns "file is not a database" into a clear
    // error before any pragma could be misread.
    if (Status s = exec("PRAGMA schema_version"); !s)
        return s;
    if (m_keyBinding) {
        // Before the first page is written (a new store); an existing
        // encrypted store already has both in its header, and CryptVfs
        // refuses to write a page 1 without them.
        int reserve = CryptVfs::kReserve;
        sqlite3_file_control(m_handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        if (Status s = exec("PRAGMA page_size=4096"); !s)
            return s;
    }
    if (Status s = exec("PRAGMA journal_mode=WAL;"
                        "PRAGMA synchronous=FULL;"
                        "PRAGMA foreign_keys=ON;"
                        "PRAGMA temp_store=MEMORY;"
                        "PRAGMA mmap_size=0;"
                        // Freed pages are zeroed: a removed value
                        // (redaction, deletion) does not stay in them.
                        "PRAGMA secure_delete=ON;"
                        // 64 MiB of page cache: merging a large batch touches
                        // pages all over the op and value indexes, and the
                        // default 2 MiB spills to the WAL on every few inserts.
                        "PRAGMA cache_size=-65536;"
                        // A checkpoint copies every page the WAL holds into
                        // the store (through CryptVfs: opened, then sealed
                        // again); after 10 000 pages instead of 1 000, a page
                        // that many commits change (a leaf taking appends,
                        // the chain head, the tally) is copied once where it
                        // was copied ten times: merging bundles 13 % faster.
                        // The WAL file, sealed like the store, is cut back to
                        // 64 MiB when it restarts after a bulk write.
                        "PRAGMA wal_autocheckpoint=10000;"
                        "PRAGMA journal_size_limit=67108864;");
        !s)
        return s;
    // With every commit synced, its WAL frames can reach the disk gathered.
    return WalBatchVfs::gatherCommits(m_handle);
}

Status Database::exec(const char *sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &msg);
    const QString detail = msg ? QString::fromUtf8(msg) : QString();
    sqlite3_free(msg);
    if (rc != SQLITE_OK)
        return errorFor(rc, QCoreApplication::translate("vigia::Database", "updating the store"),
                        detail);
    return {};
}

Result<int> Database::userVersion()
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, "PRAGMA user_version", -1, &stmt, nullptr);
    int version = 0;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            version = sqlite3_column_int(stmt, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return errorFor(
            rc, QCoreApplication::translate("vigia::Database", "reading the schema version"));
    return version;
}

Error Database::errorFor(int rc, const QString &what) const
{
    return errorFor(rc, what, QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

Error Database::errorFor(int rc, const QString &what, const QString &detail)
{
    if (rc == SQLITE_IOERR_DATA)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("vigia::Database",
                                                 "The store is damaged: a page of it does not "
                                                 "open with this workspace's key (%1). Nothing "
                                                 "was changed; restore the workspace from a "
                                                 "backup or ask your coordinator for help.")
                         .arg(what));
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("vigia::Database",
                                                 "The store is damaged (%1 failed: %2). Nothing "
                                                 "was changed; restore the workspace from a "
                                                 "backup or ask your coordinator for help.")
                         .arg(what, detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::Busy,
                     QCoreApplication::translate("vigia::Database",
                                                 "The store is busy in another program (%1). "
                                                 "Wait a moment and try again.")
                         .arg(what));
    case SQLITE_FULL:
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("vigia::Database",
                                                 "The disk is full (%1). Nothing was changed; "
                                                 "free some space and try again.")
                         .arg(what));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("vigia::Database",
                                                 "The system refused access to the store (%1: "
                                                 "%2). Check permissions and free disk space.")
                         .arg(what, detail));
    default:
        qCWarning(lcStore) << "sqlite error" << rc << "while" << what;
        return Error(
            ErrorCode::Failure,
            QCoreApplication::translate("vigia::Database", "Unexpected store error while %1: %2.")
                .arg(what, detail));
    }
}

} // namespace vigia
