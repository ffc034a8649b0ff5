#include "db/CryptVfs.h"

#include "common/LogCategories.h"
#include "crypto/SecretBytes.h"
#include "db/CryptPage.h"
#include "db/VfsShim.h"
#include "db/WalBatchVfs.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <new>
#include <utility>

namespace vigia {

namespace {
constexpr int kPage = CryptVfs::kPageSize;
// WAL: a 32-byte header, then frames of a 24-byte header and a page.
constexpr sqlite3_int64 kWalHeader = 32;
constexpr sqlite3_int64 kFrameHeader = 24;
constexpr sqlite3_int64 kFrame = kFrameHeader + kPage;

struct Registry
{
    QMutex mutex;
    QHash<QByteArray, std::shared_ptr<const SecretBytes>> keys;
};

Registry &registry()
{
    static Registry r;
    return r;
}

using Kind = CryptPage::Kind;

thread_local bool t_authenticationFailed = false;

struct CryptFile
{
    VfsShimFile shim;
    Kind kind;
    std::shared_ptr<const SecretBytes> *key; // owned
    // The WAL frame header written last: its page comes next, and need not
    // be read back for its number.
    sqlite3_int64 lastFrameHeader;
    std::uint64_t lastFramePage;
};

sqlite3_vfs g_vfs;
sqlite3_vfs *g_root = nullptr;
sqlite3_io_methods g_methods;

CryptFile *crypt(sqlite3_file *f)
{
    return reinterpret_cast<CryptFile *>(f);
}

// Where page data lies in a file of this kind: the page holding `offset`, or
// -1 when `offset` is in a header (passed through in the clear).
sqlite3_int64 pageStart(Kind kind, sqlite3_int64 offset)
{
    if (kind == Kind::Store)
        return offset - offset % kPage;
    if (offset < kWalHeader)
        return -1;
    const sqlite3_int64 frame = (offset - kWalHeader) / kFrame;
    const sqlite3_int64 within = (offset - kWalHeader) % kFrame;
    if (within < kFrameHeader)
        return -1;
    return kWalHeader + frame * kFrame + kFrameHeader;
}

// The associated data's number for the page at `start`: the store's page
// number, or the one the WAL frame's header names.
int pageNumber(CryptFile *f, sqlite3_int64 start, std::uint64_t *number, bool writing = false)
{
    if (f->kind == Kind::Store) {
        *number = std::uint64_t(start / kPage) + 1;
        return SQLITE_OK;
    }
    if (f->kind == Kind::Journal) {
        *number = std::uint64_t(start);
        return SQLITE_OK;
    }
    // Only for the page written right after its header by this connection:
    // another connection may have written that slot since.
    if (writing && start - kFrameHeader == f->lastFrameHeader) {
        f->lastFrameHeader = -1;
        *number = f->lastFramePage;
        return SQLITE_OK;
    }
    unsigned char be[4];
    const int rc = f->shim.real->pMethods->xRead(f->shim.real, be, 4, start - kFrameHeader);
    if (rc != SQLITE_OK)
        return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_DATA : rc;
    *number = (std::uint64_t(be[0]) << 24) | (std::uint64_t(be[1]) << 16) |
              (std::uint64_t(be[2]) << 8) | std::uint64_t(be[3]);
    return SQLITE_OK;
}

// A journal's page images are the writes and reads of exactly one page at
// an offset no header starts at (headers are sector-aligned).
bool isJournalPage(int amount, sqlite3_int64 offset)
{
    return amount == kPage && offset % 512 != 0;
}

// `recovering`: the WAL is being read frame by frame, headers with pages,
// to find where it ends. A crash between a frame's header and its page
// leaves the page of an older frame in that slot: it reads as zeros, so
// SQLite's frame checksum fails and the WAL ends there, as it would for
// plain SQLite. Reading a committed page alone never gets this leniency.
int readPage(CryptFile *f, sqlite3_int64 start, unsigned char *plain, bool recovering = false)
{
    std::array<unsigned char, kPage> sealed{};
    int rc = f->shim.real->pMethods->xRead(f->shim.real, sealed.data(), kPage, start);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    if (CryptPage::isBlank(sealed.data())) {
        std::memset(plain, 0, kPage);
        return rc; // past the end, or never written
    }
    std::uint64_t number = 0;
    if (int prc = pageNumber(f, start, &number); prc != SQLITE_OK)
        return prc;
    if (!CryptPage::open(**f->key, f->kind, number, sealed.data(), plain)) {
        if (recovering) {
            std::memset(plain, 0, kPage);
            return SQLITE_OK;
        }
        qCWarning(lcStore) << "a page of the store did not authenticate";
        t_authenticationFailed = true;
        return SQLITE_IOERR_DATA;
    }
    return SQLITE_OK;
}

int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    CryptFile *f = crypt(file);
    auto *out = static_cast<unsigned char *>(buffer);
    if (f->kind == Kind::Journal) {
        if (!isJournalPage(amount, offset))
            return f->shim.real->pMethods->xRead(f->shim.real, buffer, amount, offset);
        return readPage(f, offset, out);
    }
    int result = SQLITE_OK;
    const sqlite3_int64 first = offset;
    while (amount > 0) {
        const sqlite3_int64 start = pageStart(f->kind, offset);
        if (start < 0) {
            // A WAL header: up to the next page's data.
            const sqlite3_int64 headerEnd =
                offset < kWalHeader
                    ? kWalHeader
                    : kWalHeader + (offset - kWalHeader) / kFrame * kFrame + kFrameHeader;
            const int n = int(std::min<sqlite3_int64>(amount, headerEnd - offset));
            const int rc = f->shim.real->pMethods->xRead(f->shim.real, out, n, offset);
            if (rc == SQLITE_IOERR_SHORT_READ)
                result = rc;
            else if (rc != SQLITE_OK)
                return rc;
            out += n;
            offset += n;
            amount -= n;
            continue;
        }
        const bool withHeader = f->kind == Kind::Wal && first <= start - kFrameHeader;
        if (offset == start && amount >= kPage) {
            // A whole page, as SQLite reads the store and the WAL's pages:
            // opened straight into its buffer, which is where the plaintext
            // goes anyway; a copy through a buffer of our own (then wiped)
            // was a tenth of reading a large store.
            const int rc = readPage(f, start, out, withHeader);
            if (rc == SQLITE_IOERR_SHORT_READ)
                result = rc;
            else if (rc != SQLITE_OK)
                return rc;
            out += kPage;
            offset += kPage;
            amount -= kPage;
            continue;
        }
        std::array<unsigned char, kPage> plain{};
        const int rc = readPage(f, start, plain.data(), withHeader);
        if (rc == SQLITE_IOERR_SHORT_READ)
            result = rc;
        else if (rc != SQLITE_OK)
            return rc;
        const int skip = int(offset - start);
        const int n = std::min(amount, kPage - skip);
        std::memcpy(out, plain.data() + skip, size_t(n));
        sodium_memzero(plain.data(), plain.size());
        out += n;
        offset += n;
        amount -= n;
    }
    return result;
}

int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    CryptFile *f = crypt(file);
    const auto *in = static_cast<const unsigned char *>(buffer);
    const bool page =
        f->kind == Kind::Journal ? isJournalPage(amount, offset) : pageStart(f->kind, offset) >= 0;
    if (!page) {
        // Headers only; page data never goes out in the clear.
        const bool header = f->kind == Kind::Journal || pageStart(f->kind, offset + amount - 1) < 0;
        if (!header)
            return SQLITE_IOERR_WRITE;
        const int rc = f->shim.real->pMethods->xWrite(f->shim.real, buffer, amount, offset);
        if (f->kind == Kind::Wal && amount == kFrameHeader && offset >= kWalHeader &&
            (offset - kWalHeader) % kFrame == 0) {
            f->lastFrameHeader = rc == SQLITE_OK ? offset : -1;
            f->lastFramePage = (std::uint64_t(in[0]) << 24) | (std::uint64_t(in[1]) << 16) |
                               (std::uint64_t(in[2]) << 8) | std::uint64_t(in[3]);
        }
        return rc;
    }
    if (amount != kPage || (f->kind != Kind::Journal && pageStart(f->kind, offset) != offset)) {
        qCWarning(lcStore) << "refused a partial page write to an encrypted store";
        return SQLITE_IOERR_WRITE;
    }
    // Page 1 tells SQLite the page size and the reserved bytes: a store
    // made without room for the nonce and tag could not be sealed.
    if (f->kind == Kind::Store && offset == 0 &&
        (in[16] != (kPage >> 8) || in[17] != (kPage & 0xff) || in[20] < CryptVfs::kReserve)) {
        qCWarning(lcStore) << "refused a store page 1 without room for encryption";
        return SQLITE_IOERR_WRITE;
    }
    std::uint64_t number = 0;
    if (int rc = pageNumber(f, offset, &number, true); rc != SQLITE_OK)
        return rc;
    std::array<unsigned char, kPage> sealed{};
    CryptPage::seal(**f->key, f->kind, number, in, sealed.data());
    return f->shim.real->pMethods->xWrite(f->shim.real, sealed.data(), kPage, offset);
}

int xClose(sqlite3_file *file)
{
    CryptFile *f = crypt(file);
    const int rc =
        f->shim.real->pMethods ? f->shim.real->pMethods->xClose(f->shim.real) : SQLITE_OK;
    delete f->key;
    f->key = nullptr;
    return rc;
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    // Batch-atomic writes would go around the pages' sealing.
    return VfsShim::real(file)->pMethods->xDeviceCharacteristics(VfsShim::real(file)) &
           ~SQLITE_IOCAP_BATCH_ATOMIC;
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    CryptFile *f = crypt(file);
    VfsShim::prepare(file, int(sizeof(CryptFile)));
    f->key = nullptr;
    f->lastFrameHeader = -1;
    f->lastFramePage = 0;
    if (flags & SQLITE_OPEN_MAIN_DB)
        f->kind = Kind::Store;
    else if (flags & SQLITE_OPEN_WAL)
        f->kind = Kind::Wal;
    else if (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL))
        f->kind = Kind::Journal;
    else {
        // Temporary files and sub-journals stay in memory
        // (temp_store=MEMORY); one on the disk would be in the clear.
        qCWarning(lcStore) << "refused a temporary file for an encrypted store";
        return SQLITE_CANTOPEN;
    }
    auto key =
        name ? CryptVfs::keyFor(sqlite3_uri_parameter(name, CryptVfs::kKeyParameter)) : nullptr;
    if (!key || key->size() != size_t(CryptVfs::kKeyBytes)) {
        qCWarning(lcStore) << "an encrypted store was opened without its key";
        return SQLITE_CANTOPEN;
    }
    const int rc = g_root->xOpen(g_root, name, f->shim.real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    f->key = new std::shared_ptr<const SecretBytes>(std::move(key));
    f->shim.base.pMethods = &g_methods;
    return SQLITE_OK;
}

void buildMethods()
{
    g_methods = VfsShim::forwarding();
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
}
} // namespace

Status CryptVfs::ensureRegistered()
{
    static const int rc = [] {
        if (sodium_init() < 0)
            return SQLITE_ERROR;
        // Sealed pages go to the disk through the WAL's write gathering.
        if (!WalBatchVfs::ensureRegistered())
            return SQLITE_ERROR;
        g_root = sqlite3_vfs_find(WalBatchVfs::kName);
        buildMethods();
        return VfsShim::registerOver(g_vfs, g_root, kName, int(sizeof(CryptFile)), xOpen);
    }();
    if (rc != SQLITE_OK)
        return Error(ErrorCode::Failure,
                     QCoreApplication::translate("vigia::CryptVfs",
                                                 "The store's encryption could not start "
                                                 "(SQLite or libsodium refused it). Reinstall "
                                                 "Vigia."));
    return {};
}

CryptVfs::Binding::~Binding()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.keys.remove(m_id);
}

std::unique_ptr<CryptVfs::Binding> CryptVfs::bind(std::shared_ptr<const SecretBytes> key)
{
    unsigned char raw[16];
    randombytes_buf(raw, sizeof raw);
    const QByteArray id = QByteArray(reinterpret_cast<const char *>(raw), sizeof raw).toHex();
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.keys.insert(id, std::move(key));
    return std::unique_ptr<Binding>(new Binding(id));
}

bool CryptVfs::takeAuthenticationFailure()
{
    return std::exchange(t_authenticationFailed, false);
}

std::shared_ptr<const SecretBytes> CryptVfs::keyFor(const char *id)
{
    if (!id)
        return nullptr;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.keys.value(QByteArray(id));
}

} // namespace vigia
