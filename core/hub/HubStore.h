#pragma once

#include "common/Result.h"
#include "hub/HubTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vigia {

class ProjectManifest;

// The hub's storage, one interface for the embedded SQLite backend and the
// PostgreSQL one, run by the same tests. Every call is one transaction; an
// implementation is used by one thread at a time (the service opens one per
// worker thread). Nothing here checks a signature: HubService does, and calls
// these only with what it has verified.
class HubStore
{
public:
    virtual ~HubStore() = default;

    // Created once by `vigia-hub init`: 16 random bytes that sessions are
    // signed for, so a signature made for one hub is refused by another.
    [[nodiscard]] virtual Result<QByteArray> hubId() = 0;

    // --- Projects -------------------------------------------------------
    // A slot for a project, claimed once with the token whose hash is given.
    [[nodiscard]] virtual Status addProjectSlot(const QString &name,
                                                const QByteArray &tokenHash) = 0;
    // Claims the slot of tokenHash (NotFound if none or already used) for the
    // project of `manifest`, pins its key and stores its devices; Validation
    // if a project with that id exists. One transaction.
    [[nodiscard]] virtual Result<HubProject> registerProject(const QByteArray &tokenHash,
                                                             const ProjectManifest &manifest,
                                                             const QByteArray &signedManifest) = 0;
    [[nodiscard]] virtual Result<HubProject> project(const QByteArray &projectId) = 0;
    // Every project the hub serves, by name (then id).
    [[nodiscard]] virtual Result<QList<HubProject>> projects() = 0;
    // Replaces the manifest and the devices it lists if the stored version is
    // still `previousVersion` (Busy otherwise: another process won the race).
    [[nodiscard]] virtual Status replaceManifest(const ProjectManifest &manifest,
                                                 const QByteArray &signedManifest,
                                                 quint64 previousVersion) = 0;
    [[nodiscard]] virtual Result<HubDevice> device(const QByteArray &projectId,
                                                   const QByteArray &deviceId) = 0;
    [[nodiscard]] virtual Result<QList<HubDevice>> devices(const QByteArray &projectId) = 0;
    // Sets or lifts the hub's own block of a device of the project (NotFound
    // if the hub knows no such device). Kept apart from the manifest's
    // devices, so a new manifest never lifts it; it can only take access
    // away, never add a device.
    [[nodiscard]] virtual Status blockDevice(const QByteArray &projectId,
                                             const QByteArray &deviceId, bool blocked) = 0;

    // --- Sessions -------------------------------------------------------
    [[nodiscard]] virtual Status addChallenge(const QByteArray &nonce, const QByteArray &projectId,
                                              const QByteArray &deviceId, qint64 expiresAt) = 0;
    // True once for a live challenge of that device; it is gone afterwards,
    // so a replayed answer finds nothing.
    [[nodiscard]] virtual Result<bool> takeChallenge(const QByteArray &nonce,
                                                     const QByteArray &projectId,
                                                     const QByteArray &deviceId, qint64 now) = 0;
    [[nodiscard]] virtual Status addSession(const QByteArray &tokenHash,
                                            const HubSession &session) = 0;
    // NotFound for an unknown or expired token.
    [[nodiscard]] virtual Result<HubSession> session(const QByteArray &tokenHash, qint64 now) = 0;

    // --- Uploads (tus) --------------------------------------------------
    // Idempotent on (project, device, bundleId): a repeated creation returns
    // the upload already there, with its offset.
    [[nodiscard]] virtual Result<HubUpload> createUpload(const HubUpload &upload) = 0;
    [[nodiscard]] virtual Result<HubUpload> upload(const QString &id) = 0;
    // The upload of that device's bundle, complete or not (NotFound if none).
    [[nodiscard]] virtual Result<HubUpload> findUpload(const QByteArray &projectId,
                                                       const QByteArray &deviceId,
                                                       const QByteArray &bundleId) = 0;
    // How many uploads of that device in that project are incomplete and not
    // expired at `now` (an upload expiring at `now` still counts, as
    // reapUploads keeps it).
    [[nodiscard]] virtual Result<int> uploadsInProgress(const QByteArray &projectId,
                                                        const QByteArray &deviceId, qint64 now) = 0;
    // Appends at `offset` (Validation if it is not the stored offset) and
    // returns the new offset, durable when this returns.
    [[nodiscard]] virtual Result<qint64> appendUpload(const QString &id, qint64 offset,
                                                      const QByteArray &bytes) = 0;
    [[nodiscard]] virtual Result<QByteArray> uploadBytes(const QString &id) = 0;
    [[nodiscard]] virtual Status deleteUpload(const QString &id) = 0;
    // Removes incomplete uploads that expired before `now`; how many.
    [[nodiscard]] virtual Result<int> reapUploads(qint64 now) = 0;

    // --- Bundles --------------------------------------------------------
    // Stores the bundle once: the same (project, bundleId) again returns the
    // bundle already stored. Durable when this returns.
    [[nodiscard]] virtual Result<HubBundle> storeBundle(const HubBundle &bundle,
                                                        const QByteArray &bytes) = 0;
    // Up to `limit` bundles after `afterSeq`, in seq order; with `recipient`
    // only those encrypted to that device or sent by it.
    [[nodiscard]] virtual Result<QList<HubBundle>> bundles(const QByteArray &projectId,
                                                           qint64 afterSeq, int limit,
                                                           const QByteArray &recipient = {}) = 0;
    [[nodiscard]] virtual Result<HubBundle> bundle(const QByteArray &projectId,
                                                   const QByteArray &bundleId) = 0;
    // `length` bytes from `offset` (fewer at the end).
    [[nodiscard]] virtual Result<QByteArray> bundleBytes(const QByteArray &projectId,
                                                         const QByteArray &bundleId, qint64 offset,
                                                         qint64 length) = 0;

    // --- Receipts -------------------------------------------------------
    // Stores a receipt once: the same (project, receiptId) again returns the
    // receipt already stored, with its seq and recipients.
    [[nodiscard]] virtual Result<HubReceipt> storeReceipt(const HubReceipt &receipt) = 0;
    // Up to `limit` receipts after `afterSeq`, bytes included; with
    // `recipient` only those routed to that device.
    [[nodiscard]] virtual Result<QList<HubReceipt>> receipts(const QByteArray &projectId,
                                                             qint64 afterSeq, int limit,
                                                             const QByteArray &recipient = {}) = 0;
    // The devices that sent the stored bundles among `bundleIds` (each once;
    // ids the hub does not hold are left out).
    [[nodiscard]] virtual Result<QList<QByteArray>>
    bundleSenders(const QByteArray &projectId, const QList<QByteArray> &bundleIds) = 0;

    // --- Enrollment -----------------------------------------------------
    [[nodiscard]] virtual Status addInvitation(const HubInvitation &invitation) = 0;
    // The invitation of `codeHash`, spent by this call: NotFound if unknown,
    // already redeemed or expired at `now`.
    [[nodiscard]] virtual Result<HubInvitation> redeemInvitation(const QByteArray &codeHash,
                                                                 qint64 now) = 0;
    // Keeps a device's join request; a newer one from the same device
    // replaces it.
    [[nodiscard]] virtual Status addJoinRequest(const HubJoinRequest &request) = 0;
    // The requests of devices that are not (yet) devices of the project, in
    // the order they arrived.
    [[nodiscard]] virtual Result<QList<HubJoinRequest>>
    joinRequests(const QByteArray &projectId) = 0;

    // --- Administration -------------------------------------------------
    struct Stats
    {
        int projects = 0;
        int devices = 0;
        qint64 bundles = 0;
        qint64 bundleBytes = 0;
        int uploadsInProgress = 0;
    };
    [[nodiscard]] virtual Result<Stats> stats() = 0;
};

} // namespace vigia
