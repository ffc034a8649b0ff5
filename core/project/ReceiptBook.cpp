#include "project/ReceiptBook.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "project/Outbox.h"
#include "project/ProjectStore.h"
#include "project/Receipt.h"
#include "project/Routing.h"
#include "project/SignedFile.h"
#include "project/StreamCursors.h"
#include "store/RestoreMark.h"
#include "store/Workspace.h"

#include <QDir>

#include <algorithm>

#include <sqlite3.h>

namespace vigia {

namespace {

// How far this store holds each chain of the other devices (of `sender`
// alone when given): every origin the manifest maps to them.
Result<QList<Receipt::Head>> headsOf(Database &db, const ProjectManifest &m, const QByteArray &me,
                                     const QByteArray &sender)
{
    const auto streams = Routing::streamsOf(m);
    Statement st(db.handle(), "SELECT counter, hash FROM chain_heads WHERE origin = ?1");
    QList<Receipt::Head> out;
    for (auto it = streams.cbegin(); it != streams.cend(); ++it) {
        if (it->device == me || (!sender.isEmpty() && it->device != sender))
            continue;
        st.bind(1, it.key());
        const int rc = st.step();
        if (rc == SQLITE_ROW)
            out.append({it.key(), quint64(st.columnInt64(0)), st.columnBlob(1)});
        st.reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return db.errorFor(rc, ReceiptBook::tr("reading the imported bundles"));
    }
    return out;
}

// On a restored workspace: the ops of this device's chains, every stream,
// that the receipt's signer holds beyond this store's heads. Those the lost
// copy sent after the backup; the mark keeps the count, and holds sending.
// A head at a counter this store also wrote, with another hash, is a fork:
// the lost copy sent ops there, and this copy wrote others since the
// restore. The mark keeps that too.
Result<ReceiptBook::Accepted> noteSentAfterBackup(Database &db, const ProjectManifest &m,
                                                  const QByteArray &me, const Receipt &r)
{
    ReceiptBook::Accepted out;
    auto mark = RestoreMark::read(db);
    // A damaged mark holds sending anyway.
    if (!mark || !mark.value())
        return out;
    const auto streams = Routing::streamsOf(m);
    Statement st(db.handle(), "SELECT counter FROM chain_heads WHERE origin = ?1");
    Statement at(db.handle(), "SELECT hash FROM ops WHERE origin = ?1 AND counter = ?2");
    quint64 beyond = 0;
    bool forked = false;
    for (const Receipt::Head &head : r.heads) {
        const auto stream = streams.constFind(head.origin);
        if (stream == streams.cend() || stream->device != me)
            continue;
        st.bind(1, head.origin);
        int rc = st.step();
        const quint64 own = rc == SQLITE_ROW ? quint64(st.columnInt64(0)) : 0;
        st.reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return db.errorFor(rc, ReceiptBook::tr("reading the imported bundles"));
        if (head.counter > own) {
            beyond += head.counter - own;
            continue;
        }
        if (head.hash.isEmpty() || head.counter == 0)
            continue; // an older receipt: counters alone
        at.bind(1, head.origin).bind(2, qint64(head.counter));
        rc = at.step();
        const QByteArray ownHash = rc == SQLITE_ROW ? at.columnBlob(0) : QByteArray();
        at.reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return db.errorFor(rc, ReceiptBook::tr("reading the imported bundles"));
        forked = forked || (!ownHash.isEmpty() && ownHash != head.hash);
    }
    RestoreMark::Mark updated = *mark.value();
    updated.sentAfterBackup = std::max(beyond, updated.sentAfterBackup);
    updated.forked = updated.forked || forked;
    if (updated.sentAfterBackup != mark.value()->sentAfterBackup ||
        updated.forked != mark.value()->forked) {
        if (Status s = RestoreMark::set(db, updated); !s)
            return s.error();
        qCWarning(lcProject) << "restored workspace: a receipt holds" << beyond
                             << "op(s) of this device beyond the backup, forked:" << forked
                             << "; sending stays held";
    }
    out.sentAfterBackup = beyond;
    out.forked = forked;
    return out;
}

} // namespace

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
    auto heads = headsOf(db, manifest.value(), r.deviceId, sender);
    if (!heads)
        return heads.error();
    r.heads = heads.take();
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
    auto sentAfter =
        noteSentAfterBackup(ws.database(), manifest.value(), ws.deviceId().toRfc4122(), r);
    if (!sentAfter)
        return sentAfter.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    auto left = Outbox::pendingCount(ws.database());
    if (!left)
        return left.error();
    return Accepted{int(r.bundleIds.size()), acked.value(), left.value(),
                    sentAfter.value().sentAfterBackup, sentAfter.value().forked};
}

Result<QStringList> ReceiptBook::writeBeside(Workspace &ws, const QString &dir)
{
    Database &db = ws.database();
    Statement st(db.handle(), "SELECT DISTINCT sender FROM applied_bundles ORDER BY sender");
    QList<QByteArray> senders;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        senders.append(st.columnBlob(0));
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, tr("reading the imported bundles"));
    if (senders.isEmpty())
        return QStringList();
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, tr("Cannot create the folder %1. Check that the drive is "
                                       "plugged in and writable.")
                                        .arg(QDir::toNativeSeparators(dir)));
    // One per sender: whoever reads the stick learns nothing of how much
    // the other members sent.
    const QString me = QString::fromLatin1(ws.deviceId().toRfc4122().left(8).toHex());
    QStringList paths;
    for (const QByteArray &sender : std::as_const(senders)) {
        auto bytes = issue(ws, sender);
        if (!bytes)
            return bytes.error();
        const QString path =
            QDir(dir).filePath(me + QLatin1Char('-') + QString::fromLatin1(sender.left(8).toHex()) +
                               QStringLiteral(".vigiareceipt"));
        if (Status s = SignedFile::writeFile(path, bytes.value()); !s)
            return s.error();
        paths.append(path);
    }
    return paths;
}

Result<int> ReceiptBook::acceptBeside(Workspace &ws, const QString &dir)
{
    const QByteArray me = ws.deviceId().toRfc4122();
    int accepted = 0;
    const QDir folder(dir);
    for (const QString &name :
         folder.entryList({QStringLiteral("*.vigiareceipt")}, QDir::Files, QDir::Name)) {
        auto bytes = SignedFile::readFile(folder.filePath(name));
        if (!bytes)
            return bytes.error();
        QByteArray signerPk;
        auto receipt = Receipt::open(bytes.value(), &signerPk);
        if (receipt && receipt.value().deviceId == me)
            continue;
        auto done = receipt ? accept(ws, bytes.value()) : Result<Accepted>(receipt.error());
        if (done) {
            ++accepted;
            continue;
        }
        const ErrorCode code = done.error().code();
        if (code != ErrorCode::Untrusted && code != ErrorCode::Corrupt &&
            code != ErrorCode::Tampered)
            return done.error();
        qCInfo(lcProject) << "skipped a receipt on the stick:" << name << done.error().message();
    }
    return accepted;
}

} // namespace vigia
