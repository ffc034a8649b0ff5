#include "hub/HubUploads.h"

#include "bundle/BundleReader.h"
#include "crypto/Sha256.h"
#include "hub/HubAuth.h"
#include "hub/HubIds.h"
#include "hub/HubService.h"
#include "hub/HubStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QMutexLocker>

#include <sodium.h>

namespace vigia {

namespace {
constexpr int kUploadIdBytes = 16;

HubResponse tus(HubResponse r)
{
    r.setHeader("Tus-Resumable", HubUploads::kTusVersion);
    return r;
}

HubResponse tusError(int status, const QString &code, const QString &message)
{
    return tus(HubResponse::error(status, code, message));
}

QByteArray location(const HubUpload &upload)
{
    return "/v1/projects/" + HubIds::hex(upload.projectId) + "/uploads/" + upload.id.toLatin1();
}

QByteArray httpDate(qint64 seconds)
{
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

// Upload-Metadata: "key base64,key base64"; the bundle id the client uploads.
QByteArray metadataBundleId(const QByteArray &metadata)
{
    for (const QByteArray &pair : metadata.split(',')) {
        const QList<QByteArray> kv = pair.trimmed().split(' ');
        if (kv.size() == 2 && kv[0] == "bundle")
            return HubIds::parse(QByteArray::fromBase64(kv[1]), HubIds::kBundleBytes);
    }
    return {};
}

} // namespace

HubUploads::HubUploads(HubService &service)
    : m_service(service)
{}

std::optional<HubResponse> HubUploads::admit(const HubRoute &route, const HubRequest &request)
{
    if (request.method == "OPTIONS")
        return std::nullopt;
    if (request.header("tus-resumable") != kTusVersion) {
        HubResponse r = tusError(412, QStringLiteral("tus_version"),
                                 tr("This hub speaks tus 1.0.0; send 'Tus-Resumable: 1.0.0'."));
        r.setHeader("Tus-Version", kTusVersion);
        return r;
    }
    if (request.method == "POST") {
        bool ok = false;
        const qint64 length = request.header("upload-length").toLongLong(&ok);
        if (!ok || length <= 0)
            return tusError(400, QStringLiteral("bad_length"),
                            tr("Send the bundle's size in Upload-Length."));
        if (length > m_service.config().maxBundleBytes)
            return tusError(
                413, QStringLiteral("too_large"),
                tr("A bundle may have %1 bytes at most.").arg(m_service.config().maxBundleBytes));
        if (metadataBundleId(request.header("upload-metadata")).isEmpty())
            return tusError(400, QStringLiteral("bad_metadata"),
                            tr("Name the bundle in Upload-Metadata: 'bundle' and the base64 "
                               "of its 64-digit hex id."));
    }
    if (request.method == "PATCH" &&
        request.header("content-type") != "application/offset+octet-stream")
        return tusError(415, QStringLiteral("content_type"),
                        tr("A PATCH carries 'Content-Type: application/offset+octet-stream'."));
    // Who asks is known before a byte of the body is read.
    auto store = m_service.stores().acquire();
    if (!store)
        return tusError(500, QStringLiteral("storage"), store.error().message());
    auto caller = HubAuth::authenticate(*store.value(), request, route.projectId, m_service.now());
    if (auto *refusal = std::get_if<HubResponse>(&caller))
        return tus(*refusal);
    return std::nullopt;
}

HubResponse HubUploads::handle(const HubRoute &route, const HubRequest &request)
{
    const QByteArray &m = request.method;
    if (route.kind == HubRoute::Uploads && m == "OPTIONS")
        return options();
    auto store = m_service.stores().acquire();
    if (!store)
        return tusError(500, QStringLiteral("storage"), store.error().message());
    auto authenticated =
        HubAuth::authenticate(*store.value(), request, route.projectId, m_service.now());
    if (auto *refusal = std::get_if<HubResponse>(&authenticated))
        return tus(*refusal);
    const HubCaller caller = std::get<HubCaller>(authenticated);
    if (route.kind == HubRoute::Uploads) {
        if (m == "POST")
            return create(*store.value(), caller, route, request);
        HubResponse r = tusError(405, QStringLiteral("method_not_allowed"),
                                 tr("Uploads are created with POST."));
        r.setHeader("Allow", "OPTIONS, POST");
        return r;
    }
    if (m == "HEAD")
        return head(*store.value(), caller, route);
    if (m == "PATCH")
        return patch(*store.value(), caller, route, request);
    if (m == "DELETE")
        return terminate(*store.value(), caller, route);
    HubResponse r = tusError(405, QStringLiteral("method_not_allowed"),
                             tr("An upload takes HEAD, PATCH or DELETE."));
    r.setHeader("Allow", "HEAD, PATCH, DELETE");
    return r;
}

HubResponse HubUploads::options() const
{
    HubResponse r = tus(HubResponse::empty(204));
    r.setHeader("Tus-Version", kTusVersion);
    r.setHeader("Tus-Extension", "creation,creation-with-upload,checksum,termination,expiration");
    r.setHeader("Tus-Max-Size", QByteArray::number(m_service.config().maxBundleBytes));
    // sha1 because the checksum extension requires it; sha256 is what
    // Vigia's own client sends.
    r.setHeader("Tus-Checksum-Algorithm", "sha1,sha256");
    return r;
}

HubResponse HubUploads::create(HubStore &store, const HubCaller &caller, const HubRoute &route,
                               const HubRequest &request)
{
    const qint64 now = m_service.now();
    HubUpload wanted;
    wanted.id = QString::fromLatin1(HubIds::hex([] {
        QByteArray id(kUploadIdBytes, '\0');
        randombytes_buf(id.data(), id.size());
        return id;
    }()));
    wanted.projectId = route.projectId;
    wanted.deviceId = caller.device.deviceId;
    wanted.bundleId = metadataBundleId(request.header("upload-metadata"));
    wanted.length = request.header("upload-length").toLongLong();
    wanted.createdAt = now;
    wanted.expiresAt = now + m_service.config().uploadExpirySeconds;
    // A bundle the hub already holds is never uploaded again: a client whose
    // last answer was lost learns here that it arrived.
    if (auto stored = store.bundle(route.projectId, wanted.bundleId);
        stored && stored.value().sender == caller.device.deviceId &&
        stored.value().size == wanted.length) {
        HubResponse done = tus(HubResponse::empty(201));
        done.setHeader("Location", "/v1/projects/" + HubIds::hex(route.projectId) + "/bundles/" +
                                       HubIds::hex(wanted.bundleId));
        done.setHeader("Upload-Offset", QByteArray::number(wanted.length));
        done.setHeader("Vigia-Bundle-Seq", QByteArray::number(stored.value().seq));
        done.setHeader("Vigia-Bundle-Id", HubIds::hex(stored.value().bundleId));
        return done;
    }
    // A device has at most maxUploadsPerDevice incomplete uploads at once: a
    // new one beyond that is refused, a repeated creation of one it has is
    // not. Counted first, so the lookup runs only at the limit. Two new
    // creations of one device racing each other (or in two hub processes)
    // may both count below the limit and both be created: the limit can be
    // overshot by as many creations as the device has in flight at once
    // (bounded by its connections and its request rate). Accepted: closing
    // the race would take a lock per device across processes, and no
    // creation is ever refused that should not be.
    if (const int limit = m_service.config().maxUploadsPerDevice; limit > 0) {
        auto inProgress = store.uploadsInProgress(route.projectId, wanted.deviceId, now);
        if (!inProgress)
            return tusError(500, QStringLiteral("storage"), inProgress.error().message());
        if (inProgress.value() >= limit) {
            auto existing = store.findUpload(route.projectId, wanted.deviceId, wanted.bundleId);
            if (!existing && existing.error().code() != ErrorCode::NotFound)
                return tusError(500, QStringLiteral("storage"), existing.error().message());
            if (!existing)
                return tusError(429, QStringLiteral("too_many_uploads"),
                                tr("This device has %1 uploads in progress, the most this hub "
                                   "allows. Finish some of them, or DELETE those it no longer "
                                   "needs, before starting another.")
                                    .arg(inProgress.value()));
        }
    }
    // The same bundle of the same device is one upload: a repeated POST
    // (a lost answer, a retry) gets the same Location and its offset.
    auto upload = store.createUpload(wanted);
    if (!upload)
        return tusError(500, QStringLiteral("storage"), upload.error().message());
    if (upload.value().length != wanted.length)
        return tusError(409, QStringLiteral("length_mismatch"),
                        tr("This bundle is already being uploaded with another length."));
    HubResponse created = tus(HubResponse::empty(201));
    created.setHeader("Location", location(upload.value()));
    created.setHeader("Upload-Expires", httpDate(upload.value().expiresAt));
    if (upload.value().offset == upload.value().length) {
        // Whole, but its bundle not stored yet: another request (perhaps in
        // another hub process) is completing it, or died doing so. Answering
        // "complete" here without a bundle would tell the client it arrived
        // before it has: finish it (storing is idempotent) or say to retry.
        if (!lock(upload.value().id))
            return tusError(423, QStringLiteral("locked"),
                            tr("Another request is completing this upload. Try again shortly."));
        created.setHeader("Upload-Offset", QByteArray::number(upload.value().offset));
        HubResponse r = complete(store, caller, upload.value(), created);
        unlock(upload.value().id);
        if (r.status == 500) {
            // Completed and removed by the other request meanwhile.
            if (auto stored = store.bundle(route.projectId, wanted.bundleId); stored) {
                created.setHeader("Vigia-Bundle-Seq", QByteArray::number(stored.value().seq));
                created.setHeader("Vigia-Bundle-Id", HubIds::hex(stored.value().bundleId));
                return created;
            }
            return tusError(423, QStringLiteral("locked"),
                            tr("Another request is completing this upload. Try again shortly."));
        }
        return r;
    }
    if (!request.body.isEmpty() && upload.value().offset == 0 &&
        request.header("content-type") == "application/offset+octet-stream") {
        if (!lock(upload.value().id))
            return tusError(423, QStringLiteral("locked"),
                            tr("Another request is writing this upload. Try again shortly."));
        HubResponse r = append(store, caller, upload.value(), 0, request, 201);
        unlock(upload.value().id);
        if (r.status != 201)
            return r;
        r.setHeader("Location", location(upload.value()));
        r.setHeader("Upload-Expires", httpDate(upload.value().expiresAt));
        return r;
    }
    created.setHeader("Upload-Offset", QByteArray::number(upload.value().offset));
    return created;
}

HubResponse HubUploads::head(HubStore &store, const HubCaller &caller, const HubRoute &route)
{
    auto upload = store.upload(QString::fromLatin1(route.uploadId));
    if (!upload || upload.value().projectId != route.projectId ||
        upload.value().deviceId != caller.device.deviceId)
        return tusError(404, QStringLiteral("not_found"),
                        tr("There is no such upload; it may have expired. Start it again."));
    HubResponse r = tus(HubResponse::empty(200));
    r.setHeader("Upload-Offset", QByteArray::number(upload.value().offset));
    r.setHeader("Upload-Length", QByteArray::number(upload.value().length));
    r.setHeader("Upload-Expires", httpDate(upload.value().expiresAt));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HubResponse HubUploads::patch(HubStore &store, const HubCaller &caller, const HubRoute &route,
                              const HubRequest &request)
{
    const QString id = QString::fromLatin1(route.uploadId);
    if (!lock(id))
        return tusError(423, QStringLiteral("locked"),
                        tr("Another request is writing this upload. Try again shortly."));
    auto upload = store.upload(id);
    HubResponse r;
    bool ok = false;
    const qint64 offset = request.header("upload-offset").toLongLong(&ok);
    if (!upload || upload.value().projectId != route.projectId ||
        upload.value().deviceId != caller.device.deviceId)
        r = tusError(404, QStringLiteral("not_found"),
                     tr("There is no such upload; it may have expired. Start it again."));
    else if (!ok || offset != upload.value().offset)
        r = tusError(409, QStringLiteral("offset_mismatch"),
                     tr("The hub holds %1 bytes of this upload; continue from there (HEAD "
                        "tells the offset).")
                         .arg(upload.value().offset));
    else
        r = append(store, caller, upload.value(), offset, request, 204);
    unlock(id);
    return r;
}

HubResponse HubUploads::append(HubStore &store, const HubCaller &caller, HubUpload upload,
                               qint64 offset, const HubRequest &request, int okStatus)
{
    if (offset + request.body.size() > upload.length)
        return tusError(413, QStringLiteral("too_large"),
                        tr("The body goes past the upload's length."));
    const QByteArray checksum = request.header("upload-checksum");
    if (!checksum.isEmpty()) {
        const QList<QByteArray> parts = checksum.split(' ');
        QByteArray digest;
        if (parts.size() == 2 && parts[0] == "sha256")
            digest = Sha256::hash(request.body);
        else if (parts.size() == 2 && parts[0] == "sha1")
            digest = QCryptographicHash::hash(request.body, QCryptographicHash::Sha1);
        else
            return tusError(400, QStringLiteral("checksum_algorithm"),
                            tr("Upload-Checksum takes sha1 or sha256."));
        // 460 is tus's "Checksum Mismatch": the offset does not move.
        if (QByteArray::fromBase64(parts[1]) != digest)
            return tusError(460, QStringLiteral("checksum_mismatch"),
                            tr("The body does not match its checksum; send it again."));
    }
    // A body that is the whole bundle (the usual case: creation, then one
    // PATCH) is checked and stored as it came, not first copied into the
    // upload's parts and read back: one write of its bytes and one commit
    // less, and the bundle is as durable before the answer. Cut off midway,
    // such a request never reaches this point, and the upload stays at 0.
    if (offset == 0 && upload.offset == 0 && upload.length > 0 &&
        request.body.size() == upload.length) {
        upload.offset = upload.length;
        HubResponse done = tus(HubResponse::empty(okStatus));
        done.setHeader("Upload-Offset", QByteArray::number(upload.offset));
        return complete(store, caller, upload, done, request.body);
    }
    if (!request.body.isEmpty()) {
        auto appended = store.appendUpload(upload.id, offset, request.body);
        if (!appended) {
            if (appended.error().code() == ErrorCode::Validation)
                return tusError(409, QStringLiteral("offset_mismatch"), appended.error().message());
            return tusError(500, QStringLiteral("storage"), appended.error().message());
        }
        upload.offset = appended.value();
    }
    HubResponse done = tus(HubResponse::empty(okStatus));
    done.setHeader("Upload-Offset", QByteArray::number(upload.offset));
    if (upload.offset < upload.length)
        return done;
    return complete(store, caller, upload, done);
}

HubResponse HubUploads::complete(HubStore &store, const HubCaller &caller, const HubUpload &upload,
                                 HubResponse done, const QByteArray &whole)
{
    Result<QByteArray> bytes = whole.isEmpty() ? store.uploadBytes(upload.id) : whole;
    if (!bytes)
        return tusError(500, QStringLiteral("storage"), bytes.error().message());
    // Refused bundles are discarded: a later upload of the same id starts over.
    const auto refuse = [&](int status, const QString &code, const QString &message) {
        (void)store.deleteUpload(upload.id);
        return tusError(status, code, message);
    };
    if (bytes.value().size() != upload.length)
        return refuse(422, QStringLiteral("bad_size"),
                      tr("The upload's bytes do not add up to its length."));
    auto reader = BundleReader::parse(bytes.value());
    if (!reader)
        return refuse(422, QStringLiteral("bad_bundle"), reader.error().message());
    const BundleHeader &header = reader.value().header();
    if (reader.value().bundleId() != upload.bundleId)
        return refuse(422, QStringLiteral("bundle_id_mismatch"),
                      tr("The bundle's id is not the one named when the upload began."));
    if (header.projectId != upload.projectId)
        return refuse(422, QStringLiteral("wrong_project"),
                      tr("This bundle belongs to another project."));
    if (header.senderDevice != caller.device.deviceId)
        return refuse(422, QStringLiteral("wrong_sender"),
                      tr("This bundle was made by another device than the one uploading it."));
    if (Status s = reader.value().verifySignature(caller.device.signPk); !s)
        return refuse(422, QStringLiteral("bad_signature"), s.error().message());

    HubBundle bundle;
    bundle.projectId = upload.projectId;
    bundle.bundleId = upload.bundleId;
    bundle.sender = caller.device.deviceId;
    for (const auto &[keyId, sealed] : header.sealedKeys)
        bundle.recipients.append(keyId);
    bundle.size = bytes.value().size();
    bundle.sha256 = Sha256::hash(bytes.value());
    bundle.storedAt = m_service.now();
    auto stored = store.storeBundle(bundle, bytes.value());
    if (!stored)
        return tusError(500, QStringLiteral("storage"), stored.error().message());
    // The bytes live in the bundle now; the upload's copy can go.
    (void)store.deleteUpload(upload.id);
    done.setHeader("Vigia-Bundle-Seq", QByteArray::number(stored.value().seq));
    done.setHeader("Vigia-Bundle-Id", HubIds::hex(stored.value().bundleId));
    return done;
}

HubResponse HubUploads::terminate(HubStore &store, const HubCaller &caller, const HubRoute &route)
{
    const QString id = QString::fromLatin1(route.uploadId);
    auto upload = store.upload(id);
    if (!upload || upload.value().projectId != route.projectId ||
        upload.value().deviceId != caller.device.deviceId)
        return tusError(404, QStringLiteral("not_found"), tr("There is no such upload."));
    if (!lock(id))
        return tusError(423, QStringLiteral("locked"),
                        tr("Another request is writing this upload. Try again shortly."));
    const Status deleted = store.deleteUpload(id);
    unlock(id);
    if (!deleted)
        return tusError(500, QStringLiteral("storage"), deleted.error().message());
    return tus(HubResponse::empty(204));
}

bool HubUploads::lock(const QString &id)
{
    QMutexLocker locker(&m_mutex);
    if (m_busy.contains(id))
        return false;
    m_busy.insert(id);
    return true;
}

void HubUploads::unlock(const QString &id)
{
    QMutexLocker locker(&m_mutex);
    m_busy.remove(id);
}

} // namespace vigia
