#pragma once

#include "crypto/SecretBytes.h"
#include "db/CryptPage.h"
#include "db/CryptVfs.h"
#include "db/Database.h"
#include "db/Statement.h"

#include <QFile>
#include <QStringList>

#include <sqlite3.h>

namespace vigia::test {

// Where a text still lies inside a store, looked for as the disk holds it
// once decrypted: in any cell of any table (the FTS shadow tables included)
// and in the plaintext of every page of the file, free pages included.

// "table.column" for every cell holding one of `needles` (text or blob).
inline QStringList cellsHolding(Database &db, const QList<QByteArray> &needles)
{
    QStringList hits;
    QStringList tables;
    {
        Statement st(db.handle(), "SELECT name FROM sqlite_master WHERE type = 'table'");
        while (st.step() == SQLITE_ROW)
            tables << st.columnText(0);
    }
    for (const QString &table : tables) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\"";
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            hits << table + QStringLiteral(": unreadable");
            continue;
        }
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const auto *data = static_cast<const char *>(sqlite3_column_blob(st, c));
                const QByteArray cell =
                    QByteArray(data, data ? sqlite3_column_bytes(st, c) : 0).toLower();
                for (const QByteArray &n : needles)
                    if (cell.contains(n.toLower()))
                        hits << table + QLatin1Char('.') +
                                    QString::fromUtf8(sqlite3_column_name(st, c));
            }
        }
        sqlite3_finalize(st);
    }
    hits.removeDuplicates();
    return hits;
}

// Page numbers whose plaintext holds one of `needles`. Checkpoint first
// (PRAGMA wal_checkpoint(TRUNCATE)) so the file holds every page.
inline QList<int> pagesHolding(const QString &storePath, const SecretBytes &key,
                               const QList<QByteArray> &needles)
{
    QList<int> hits;
    QFile f(storePath);
    if (!f.open(QIODevice::ReadOnly))
        return {-1};
    const QByteArray bytes = f.readAll();
    constexpr int kPage = CryptVfs::kPageSize;
    QByteArray plain(kPage, '\0');
    for (qsizetype at = 0; at + kPage <= bytes.size(); at += kPage) {
        const auto *sealed = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
        if (CryptPage::isBlank(sealed))
            continue;
        const int number = int(at / kPage) + 1;
        if (!CryptPage::open(key, CryptPage::Kind::Store, std::uint64_t(number), sealed,
                             reinterpret_cast<unsigned char *>(plain.data()))) {
            hits << -number; // not readable with this key: a failure of its own
            continue;
        }
        const QByteArray lower = plain.toLower();
        for (const QByteArray &n : needles)
            if (lower.contains(n.toLower()))
                hits << number;
    }
    return hits;
}

} // namespace vigia::test
