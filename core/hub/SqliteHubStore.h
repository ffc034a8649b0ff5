#pragma once

#include "common/Result.h"
#include "hub/HubStore.h"
#include "hub/SqliteHubSchema.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRecursiveMutex>
#include <QString>

#include <memory>

namespace vigia {

class Database;
class SqliteCommitGroup;
class SqliteHubMessages;
class SqliteHubUploads;

// The embedded backend of HubStore: one SQLite file (WAL, synchronous=FULL),
// shared by every worker thread and every hub process on the machine, each
// with its own connection. Writes take the write lock at BEGIN (Transaction),
// so a read-then-write such as claiming a slot or the version check of
// replaceManifest cannot interleave with another process's; reads are single
// statements and never block writers.
//
// Schema version 3 (PRAGMA user_version); version 1 had the tables up to
// bundle_recipients, version 2 added the next four and version 3 the last one,
// and opening an older file adds what it lacks in place:
//   meta(key, value)                 hub_id: 16 random bytes, made on first open
//   project_slots(id, token_hash UNIQUE, name, used, project_id)
//   projects(id, name, project_pk, manifest, manifest_version)
//   devices(project_id, device_id, role, sign_pk, revoked)
//   challenges(nonce, project_id, device_id, expires_at)
//   sessions(token_hash, project_id, device_id, expires_at)
//   uploads(id, project_id, device_id, bundle_id, length, offset, created_at,
//           expires_at, UNIQUE(project_id, device_id, bundle_id))
//   upload_chunks(upload_id, offset, bytes)
//   bundles(seq AUTOINCREMENT, project_id, bundle_id, sender, size, sha256,
//           stored_at, bytes, UNIQUE(project_id, bundle_id))
//   bundle_recipients(seq, device_id)
//   receipts(seq AUTOINCREMENT, project_id, receipt_id, signer, stored_at,
//            bytes, UNIQUE(project_id, receipt_id))
//   receipt_recipients(seq, device_id)
//   invitations(code_hash, project_id, invitation, expires_at)
//   join_requests(project_id, device_id, request, received_at)
//   device_blocks(project_id, device_id)   the administration's blocks
//
// Choices the interface leaves open:
//  - a project's name is the name its slot was given (the operator's label);
//    the manifest's own name travels in the manifest;
//  - the devices of a project are the manifest's devices plus its revoked
//    ones (revoked = true, with the key the revocation kept), so the service
//    can tell "revoked" from "unknown";
//  - a session or challenge is live while now <= expiresAt;
//  - Stats::devices counts devices that are not revoked;
//  - reapUploads also forgets expired challenges, sessions and invitations,
//    which no call accepts any more;
//  - an invitation is live while now <= expiresAt; redeeming deletes its row,
//    live or not, so a code is spent by its first try;
//  - a join request replaces the stored one of its device unless it arrived
//    earlier (a smaller receivedAt); requests of the same second are listed
//    by device id;
//  - receipts(), joinRequests() and bundleSenders() are NotFound for a
//    project the hub does not serve, as bundles() is; bundleSenders() lists
//    each sender once, sorted by device id;
//  - a device's block lives in device_blocks, not in `devices`, so rewriting
//    the devices from a new manifest keeps it; blocking an unknown device is
//    NotFound, blocking twice or lifting a missing block changes nothing.
class SqliteHubStore final : public HubStore
{
    Q_DECLARE_TR_FUNCTIONS(vigia::SqliteHubStore)

public:
    static constexpr int kSchemaVersion = SqliteHubSchema::kVersion;

    // Opens the hub database at `path`, creating it and its hub id if the file
    // is new. TooNew for a schema written by a newer vigia-hub.
    [[nodiscard]] static Result<std::unique_ptr<SqliteHubStore>> open(const QString &path);
    ~SqliteHubStore() override;
    SqliteHubStore(const SqliteHubStore &) = delete;
    SqliteHubStore &operator=(const SqliteHubStore &) = delete;

    [[nodiscard]] Result<QByteArray> hubId() override;

    [[nodiscard]] Status addProjectSlot(const QString &name, const QByteArray &tokenHash) override;
    [[nodiscard]] Result<HubProject> registerProject(const QByteArray &tokenHash,
                                                     const ProjectManifest &manifest,
                                                     const QByteArray &signedManifest) override;
    [[nodiscard]] Result<HubProject> project(const QByteArray &projectId) override;
    [[nodiscard]] Result<QList<HubProject>> projects() override;
    [[nodiscard]] Status replaceManifest(const ProjectManifest &manifest,
                                         const QByteArray &signedManifest,
                                         quint64 previousVersion) override;
    [[nodiscard]] Result<HubDevice> device(const QByteArray &projectId,
                                           const QByteArray &deviceId) override;
    [[nodiscard]] Result<QList<HubDevice>> devices(const QByteArray &projectId) override;
    [[nodiscard]] Status blockDevice(const QByteArray &projectId, const QByteArray &deviceId,
                                     bool blocked) override;

    [[nodiscard]] Status addChallenge(const QByteArray &nonce, const QByteArray &projectId,
                                      const QByteArray &deviceId, qint64 expiresAt) override;
    [[nodiscard]] Result<bool> takeChallenge(const QByteArray &nonce, const QByteArray &projectId,
                                             const QByteArray &deviceId, qint64 now) override;
    [[nodiscard]] Status addSession(const QByteArray &tokenHash,
                                    const HubSession &session) override;
    [[nodiscard]] Result<HubSession> session(const QByteArray &tokenHash, qint64 now) override;

    [[nodiscard]] Result<HubUpload> createUpload(const HubUpload &upload) override;
    [[nodiscard]] Result<HubUpload> upload(const QString &id) override;
    [[nodiscard]] Result<HubUpload> findUpload(const QByteArray &projectId,
                                               const QByteArray &deviceId,
                                               const QByteArray &bundleId) override;
    [[nodiscard]] Result<int> uploadsInProgress(const QByteArray &projectId,
                                                const QByteArray &deviceId, qint64 now) override;
    [[nodiscard]] Result<qint64> appendUpload(const QString &id, qint64 offset,
                                              const QByteArray &bytes) override;
    [[nodiscard]] Result<QByteArray> uploadBytes(const QString &id) override;
    [[nodiscard]] Status deleteUpload(const QString &id) override;
    [[nodiscard]] Result<int> reapUploads(qint64 now) override;

    [[nodiscard]] Result<HubBundle> storeBundle(const HubBundle &bundle,
                                                const QByteArray &bytes) override;
    [[nodiscard]] Result<QList<HubBundle>> bundles(const QByteArray &projectId, qint64 afterSeq,
                                                   int limit,
                                                   const QByteArray &recipient = {}) override;
    [[nodiscard]] Result<HubBundle> bundle(const QByteArray &projectId,
                                           const QByteArray &bundleId) override;
    [[nodiscard]] Result<QByteArray> bundleBytes(const QByteArray &projectId,
                                                 const QByteArray &bundleId, qint64 offset,
                                                 qint64 length) override;

    [[nodiscard]] Result<HubReceipt> storeReceipt(const HubReceipt &receipt) override;
    [[nodiscard]] Result<QList<HubReceipt>> receipts(const QByteArray &projectId, qint64 afterSeq,
                                                     int limit,
                                                     const QByteArray &recipient = {}) override;
    [[nodiscard]] Result<QList<QByteArray>>
    bundleSenders(const QByteArray &projectId, const QList<QByteArray> &bundleIds) override;

    [[nodiscard]] Status addInvitation(const HubInvitation &invitation) override;
    [[nodiscard]] Result<HubInvitation> redeemInvitation(const QByteArray &codeHash,
                                                         qint64 now) override;
    [[nodiscard]] Status addJoinRequest(const HubJoinRequest &request) override;
    [[nodiscard]] Result<QList<HubJoinRequest>> joinRequests(const QByteArray &projectId) override;

    [[nodiscard]] Result<Stats> stats() override;

    // SQLite only (`vigia-hub backup`): a consistent copy of the database,
    // taken while the hub runs (VACUUM INTO, one read transaction), written
    // to `path` + ".part", fsynced, renamed to `path` and checked by opening
    // it read-only for PRAGMA integrity_check. Io if it cannot be written
    // (nothing is left behind), Corrupt if the check fails (the copy is
    // removed); Validation if `path` exists.
    [[nodiscard]] Status backupTo(const QString &path);

private:
    explicit SqliteHubStore(std::unique_ptr<Database> db);
    [[nodiscard]] Status loadHubId();
    [[nodiscard]] Status writeDevices(const ProjectManifest &manifest);
    [[nodiscard]] Result<HubBundle> findBundle(const QByteArray &projectId,
                                               const QByteArray &bundleId);
    // On any connection to the store, for work a commit group runs.
    [[nodiscard]] static Result<HubBundle> findBundleIn(Database &db, const QByteArray &projectId,
                                                        const QByteArray &bundleId);
    [[nodiscard]] static Result<HubBundle> insertBundle(Database &db, const HubBundle &bundle,
                                                        const QByteArray &bytes);

    std::unique_ptr<Database> m_db;
    SqliteCommitGroup *m_group; // shared by every store on this file in this process
    QRecursiveMutex *m_writer;  // the group's writer lock
    QByteArray m_hubId;         // never changes once made, so read once at open
    std::unique_ptr<SqliteHubUploads> m_uploads;
    std::unique_ptr<SqliteHubMessages> m_messages;
};

} // namespace vigia
