#include "project/ReceiptBook.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "project/Outbox.h"
#include "project/ProjectStore.h"
#include "project/Receipt.h"
#include "project/StreamCursors.h"
#include "store/Workspace.h"

#include <sqlite3.h>

namespace vigia {

Result<QByteArray> ReceiptBook::issue(Workspace &ws, const QByteArray &sender)
{
    auto manifest = ProjectStore(ws.database()).requireManifest();
    if (!manifest)
        return manifest.error();
    Database &db = ws.database();
    Statement st(db.handle(), sender.isEmpty()
                                  ? "SELECT bundle_id FROM applied_bundles ORDER BY bundle_id"
                                  : "SELECT bundle_id FROM applied_bundles WHERE sender = ?1 "
                                    "ORDER BY bundle_id");
    if (!sender.isEmpty())
        st.bind(1, sender);
    Receipt r;
    r.projectId = manifest.value().projectId;
    r.deviceId = ws.deviceId().toRfc4122();
    r.createdHlc = ws.oplog().clock().send();
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        r.bundleIds.append(st.columnBlob(0));
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, tr("reading the imported bundles"));
    return r.sign(ws.keys());
}

Result<ReceiptBook::Accepted> ReceiptBook::accept(Workspace &ws, const QByteArray &bytes)
{
    auto manifest = ProjectStore(ws.database()).requireManifest();
    if (!manifest)
        return manifest.error();
    QByteArray signerPk;
    auto receipt = Receipt::open(bytes, &signerPk);
    if (!receipt)
        return receipt.error();
    const Receipt &r = receipt.value();
    if (r.projectId != manifest.value().projectId)
        return Error(ErrorCode::Untrusted,
                     tr("This receipt belongs to another project; nothing was changed."));
    // Only a device that may read our bundles can say it applied them: a
    // coordinator for the records stream's (the outbox), any member for the
    // streams sent to it (StreamCursors).
    const ManifestDevice *signer = manifest.value().device(r.deviceId);
    const QString refused = tr("This receipt is not signed by a coordinator device of the "
                               "project; nothing was changed.");
    if (!signer || signer->signPk != signerPk)
        return Error(ErrorCode::Untrusted, refused);
    const bool coordinator = manifest.value().isRecipient(r.deviceId);
    if (!coordinator) {
        auto ours = Outbox::sentIn(ws.database(), r.bundleIds);
        if (!ours)
            return ours.error();
        if (ours.value())
            return Error(ErrorCode::Untrusted, refused);
    }
    Transaction txn(ws.database());
    if (!txn.begun())
        return txn.begun().error();
    auto acked = coordinator ? Outbox::acknowledge(ws.database(), r.bundleIds) : Result<int>(0);
    if (!acked)
        return acked.error();
    auto streams = StreamCursors::acknowledge(ws.database(), r.deviceId, r.bundleIds);
    if (!streams)
        return streams.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    auto left = Outbox::pendingCount(ws.database());
    if (!left)
        return left.error();
    return Accepted{int(r.bundleIds.size()), acked.value(), left.value()};
}

} // namespace vigia
