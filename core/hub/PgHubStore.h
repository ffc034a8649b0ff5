#pragma once

#include "common/Result.h"
#include "hub/HubStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace vigia {

class PgCommitGroup;

// The PostgreSQL backend of HubStore (libpqxx), for a hub run as several
// stateless processes sharing one database. One connection per instance, as
// the service keeps one store per worker thread; every call is one
// transaction. Every rule the interface states holds across processes, by the
// database's own locks rather than by anything one process remembers:
//  - storeBundle locks its project's row (FOR NO KEY UPDATE) before it looks
//    for the bundle, so two connections storing the same bundle yield one row
//    and one seq, and a project's seqs are handed out in commit order: a
//    client whose cursor is seq N can never miss a bundle N-1 that committed
//    after N (a bare sequence would allow that). The stores that queue up
//    meanwhile in this process commit together (PgCommitGroup);
//  - registerProject claims its slot under SELECT ... FOR UPDATE, so a token
//    registers one project even when two processes race with it;
//  - replaceManifest is an UPDATE ... WHERE manifest_version = previous;
//  - createUpload is INSERT ... ON CONFLICT DO NOTHING, then the row there;
//  - appendUpload checks the offset under SELECT ... FOR UPDATE;
//  - takeChallenge and redeemInvitation are DELETE ... RETURNING: of two
//    connections spending the same row, the second waits for the first's
//    row lock, then finds nothing to delete;
//  - storeReceipt locks its project's row as storeBundle does: one row and
//    one seq per receipt, seqs in commit order;
//  - addJoinRequest is INSERT ... ON CONFLICT DO UPDATE.
// A transaction the server aborts as a serialization failure or a deadlock
// is retried a few times, then reported as Busy.
//
// Schema version 3, in the database's current schema (a database of its own
// for the hub); version 1 had the tables up to bundle_recipients, version 2
// added the next four and version 3 the last one, and opening an older
// database adds what it lacks in place:
//   meta(key, value)                 hub_id; schema_version ("3")
//   projects(id, name, project_pk, manifest, manifest_version)
//   project_slots(id identity, token_hash UNIQUE, name, used, project_id)
//   devices(project_id, device_id, role, sign_pk, revoked)
//   challenges(nonce, project_id, device_id, expires_at)
//   sessions(token_hash, project_id, device_id, expires_at)
//   uploads(id, project_id, device_id, bundle_id, length, received, created_at,
//           expires_at, UNIQUE(project_id, device_id, bundle_id))
//   upload_chunks(upload_id, start, bytes)
//   bundles(seq identity, project_id, bundle_id, sender, size, sha256,
//           stored_at, UNIQUE(project_id, bundle_id))
//   bundle_chunks(seq, start, bytes)
//   bundle_recipients(seq, device_id)
//   receipts(seq identity, project_id, receipt_id, signer, stored_at, bytes,
//            UNIQUE(project_id, receipt_id))
//   receipt_recipients(seq, device_id)
//   invitations(code_hash, project_id, invitation, expires_at)
//   join_requests(project_id, device_id, request, received_at)
//   device_blocks(project_id, device_id)   the administration's blocks
// Bytes are bytea rows of at most kChunkSize bytes, stored EXTERNAL (out of
// line, uncompressed: ciphertext does not compress, so trying costs CPU for
// nothing), so a Range read fetches only the rows it covers.
//
// The class is defined by job over several files: PgHubStore.cpp (opening,
// projects, devices, sessions, bundles, stats), PgHubStoreSchema.cpp,
// PgHubStoreUploads.cpp and PgHubStoreMessages.cpp (receipts, enrollment),
// sharing the connection and value conversions of PgHubStore_p.h.
//
// The choices the interface leaves open are SqliteHubStore's, so the same
// tests pass on both.
class PgHubStore final : public HubStore
{
    Q_DECLARE_TR_FUNCTIONS(vigia::PgHubStore)

public:
    static constexpr int kSchemaVersion = 3;
    // Bytes per chunk row of a bundle or an upload.
    static constexpr qint64 kChunkSize = 256 * 1024;

    // Connects to `connectionUri` (postgresql://user@host:port/database) and
    // creates the schema and the hub id if the database has none. Validation
    // for a database that holds tables of something else, TooNew for a schema
    // written by a newer vigia-hub, Io if the server cannot be reached.
    [[nodiscard]] static Result<std::unique_ptr<PgHubStore>> open(const QString &connectionUri);
    ~PgHubStore() override;
    PgHubStore(const PgHubStore &) = delete;
    PgHubStore &operator=(const PgHubStore &) = delete;

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

private:
    friend class PgCommitGroup;

    // The connection and its prepared statements; libpqxx stays out of this
    // header, so the hub's users need not see it.
    struct Connection;

    explicit PgHubStore(std::unique_ptr<Connection> connection);
    [[nodiscard]] Status migrate();
    [[nodiscard]] Status loadHubId();

    std::unique_ptr<Connection> m_conn;
    PgCommitGroup *m_group = nullptr; // shared by this process's stores of the database
    QByteArray m_hubId;               // never changes once made, so read once at open
};

} // namespace vigia
