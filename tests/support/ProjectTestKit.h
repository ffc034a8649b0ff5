#pragma once

// Shared by the project tests: a coordinator and members set up through the
// same files a USB stick would carry, and snapshots of everything an import
// may touch, to prove a refused input changed nothing.

#include "crypto/Blake2b.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "project/ChangeExporter.h"
#include "project/ChangeImporter.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectMembership.h"
#include "project/ProjectStore.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <sqlite3.h>

namespace vigia::projecttest {

// The id of the project whose store the workspace has open.
inline QByteArray currentProject(Workspace &ws)
{
    auto state = ProjectStore(ws.database()).load();
    return state && state.value() ? state.value()->projectId : QByteArray();
}

inline QByteArray manifestBytes(Workspace &ws)
{
    auto s = ProjectStore(ws.database()).load();
    return s && s.value() ? s.value()->manifestBytes : QByteArray();
}

// A finalized "incident" record with this summary; null if it failed.
inline QUuid finding(Workspace &ws, const QString &summary)
{
    auto id = ws.records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                  {{QStringLiteral("summary"), summary}}, true);
    return id ? id.value() : QUuid();
}

// A coordinator's review and comment on a record, as the review contract
// writes them (raw ops: the stores are built elsewhere); on a coordinator
// they go on the feedback stream about the record's author.
inline bool giveFeedback(Workspace &ws, const QUuid &record, const QString &text)
{
    Transaction txn(ws.database());
    const QByteArray row = record.toRfc4122();
    auto review = ws.oplog().append(QStringLiteral("review"), row, QStringLiteral("state"),
                                    QStringLiteral("needs_changes"));
    auto comment = ws.oplog().append(QStringLiteral("comment"), QUuid::createUuid().toRfc4122(),
                                     {{QStringLiteral("record"), row},
                                      {QStringLiteral("field"), QString()},
                                      {QStringLiteral("text"), text}});
    return review && comment && txn.commit();
}

// Coordinator creates the project (if it has none yet); member joins and,
// if approve, gets approved and imports the manifest. Empty on success.
inline QString enrol(Workspace &coordinator, Workspace &member, bool approve = true)
{
    ProjectAdmin admin(coordinator);
    if (manifestBytes(coordinator).isEmpty()) {
        auto created = admin.create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"),
                                    QStringLiteral("https://hub.example.org"));
        if (!created)
            return created.error().message();
    }
    auto invitation = admin.invitation();
    if (!invitation)
        return invitation.error().message();
    ProjectMembership membership(member);
    if (auto joined = membership.join(invitation.value()); !joined)
        return joined.error().message();
    if (!approve)
        return {};
    auto request = membership.request();
    if (!request)
        return request.error().message();
    auto parsed = JoinRequest::open(request.value());
    if (!parsed)
        return parsed.error().message();
    if (auto approved = admin.approve(parsed.value(), member.role()); !approved)
        return approved.error().message();
    if (auto imported = membership.importManifest(manifestBytes(coordinator)); !imported)
        return imported.error().message();
    return {};
}

inline qint64 count(Workspace &ws, const char *sql)
{
    Statement st(ws.database().handle(), sql);
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : -1;
}

// Does any file under `dir` (store, WAL, quarantine, settings) contain
// `needle`? For canaries that must never leave a device.
inline bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// BLAKE2b over the rows of every table but the inbox: a refused import
// writes its line in the inbox (InboxLog) and nothing else.
inline QByteArray tablesDigest(Workspace &ws)
{
    Blake2b h;
    sqlite3 *db = ws.database().handle();
    QStringList tables;
    {
        Statement st(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'inbox' "
                         "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                         "ORDER BY name");
        while (st.step() == SQLITE_ROW)
            tables.append(st.columnText(0));
    }
    for (const QString &table : std::as_const(tables)) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + '"';
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            return QByteArrayLiteral("error");
        h.addData(table.toUtf8());
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const int type = sqlite3_column_type(st, c);
                const auto *bytes = static_cast<const char *>(sqlite3_column_blob(st, c));
                h.addData(QByteArray::number(type) + ':' +
                          QByteArray::number(sqlite3_column_bytes(st, c)) + ':');
                if (bytes)
                    h.addData(QByteArray(bytes, sqlite3_column_bytes(st, c)));
            }
        }
        sqlite3_finalize(st);
    }
    return h.result().toHex().left(16);
}

// The state hash plus every table an import writes, as one comparable value.
// The inbox is left out: it records every reception, a refused or repeated
// one included, and nothing else of such a bundle may change.
inline QByteArray snapshot(Workspace &ws)
{
    auto hash = ws.oplog().stateHash();
    QByteArray out = hash ? hash.value().toHex() : QByteArrayLiteral("error");
    for (const char *sql :
         {"SELECT count(*) FROM ops", "SELECT count(*) FROM pending_ops",
          "SELECT count(*) FROM applied_bundles", "SELECT count(*) FROM quarantine",
          "SELECT count(*) FROM outbox", "SELECT count(*) FROM outbox_sent",
          "SELECT coalesce(max(manifest_version), 0) FROM project"})
        out += ' ' + QByteArray::number(count(ws, sql));
    return out + ' ' + tablesDigest(ws);
}

// BLAKE2b over the winning values of the given records: equal on every
// device that merged the same ops of those records.
inline QByteArray recordsHash(Workspace &ws, const QList<QUuid> &records)
{
    Blake2b h;
    Statement st(ws.database().handle(),
                 "SELECT field, value, hlc, origin FROM field_values WHERE entity = 'record' "
                 "AND row = ?1 ORDER BY field");
    for (const QUuid &id : records) {
        h.addData(id.toRfc4122());
        st.bind(1, id.toRfc4122());
        while (st.step() == SQLITE_ROW) {
            h.addData(st.columnText(0).toUtf8());
            h.addData(st.columnBlob(1));
            h.addData(QByteArray::number(st.columnInt64(2)));
            h.addData(st.columnBlob(3));
        }
        st.reset();
    }
    return h.result().toHex();
}

} // namespace vigia::projecttest
