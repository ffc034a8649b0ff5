// SyncPass, the fetching half: bundles and receipts addressed to this
// device, and a coordinator's receipts back to the hub.
#include "sync/SyncPass.h"

#include "common/LogCategories.h"
#include "oplog/OpLog.h"
#include "project/ChangeImporter.h"
#include "project/ProjectStore.h"
#include "project/Receipt.h"
#include "project/ReceiptBook.h"
#include "store/Workspace.h"
#include "sync/BundleDownload.h"
#include "sync/HubClientSession.h"
#include "sync/SyncStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vigia {

namespace {
// A receipt names at most this many bundles: well under the hub's 4 MiB
// body limit, and small enough to resend cheaply.
constexpr int kReceiptBundles = 2000;

// Refusals of a bundle that no retry can fix: the cursor moves past it.
// Anything else (disk full, store busy, a newer format) stops the pass
// with the cursor before it, so it is tried again.
bool isFinalRefusal(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Corrupt:
    case ErrorCode::Tampered:
    case ErrorCode::Untrusted:
    case ErrorCode::Validation:
    case ErrorCode::ChainBroken:
    case ErrorCode::TooLarge:
        return true;
    default:
        return false;
    }
}
} // namespace

Status SyncPass::fetchBundles(HubClientSession &session, SyncStore &store,
                              const SyncReport::Progress &progress)
{
    const QByteArray me = m_ws.deviceId().toRfc4122();
    const QString meHex = QString::fromLatin1(me.toHex());
    BundleDownload download(session);
    ChangeImporter importer(m_ws);
    while (true) {
        auto after = store.number(SyncStore::kBundlesAfter);
        if (!after)
            return after.error();
        auto reply =
            session.send("GET", session.projectPath(QStringLiteral("/bundles?after=%1&limit=%2")
                                                        .arg(after.value())
                                                        .arg(m_options.listPage)));
        if (!reply)
            return reply.error();
        if (reply.value().status != 200)
            return refusal(reply.value(), tr("The hub did not list the bundles for this device"));
        const QJsonObject page = reply.value().json();
        const QJsonArray items = page.value(QStringLiteral("bundles")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            const qint64 seq = qint64(item.value(QStringLiteral("seq")).toDouble());
            const bool forMe =
                item.value(QStringLiteral("recipients")).toArray().contains(QJsonValue(meHex));
            if (item.value(QStringLiteral("sender")).toString() != meHex && forMe) {
                const QByteArray id =
                    QByteArray::fromHex(item.value(QStringLiteral("id")).toString().toLatin1());
                const qint64 size = qint64(item.value(QStringLiteral("size")).toDouble());
                const QByteArray sha256 =
                    QByteArray::fromHex(item.value(QStringLiteral("sha256")).toString().toLatin1());
                auto bytes =
                    download.fetch(id, size, sha256, [&progress, i, &items](qint64, qint64) {
                        if (progress)
                            progress(SyncReport::Stage::Fetching, i, items.size());
                    });
                m_report.bytesDown = download.bytesReceived();
                if (!bytes) {
                    m_report.retryAfterSeconds = download.retryAfterSeconds();
                    return bytes.error();
                }
                auto outcome = importer.importBytes(bytes.value());
                if (!outcome) {
                    if (!isFinalRefusal(outcome.error().code()))
                        return outcome.error();
                    ++m_report.refused;
                    m_report.problems.append(outcome.error().message());
                    qCWarning(lcSync) << "a bundle from the hub was refused";
                } else if (outcome.value().kind == ChangeImporter::Outcome::Kind::Applied) {
                    ++m_report.bundlesReceived;
                } else if (outcome.value().kind == ChangeImporter::Outcome::Kind::AlreadyApplied) {
                    ++m_report.alreadyApplied;
                } else {
                    ++m_report.quarantined;
                }
            }
            if (Status s = store.setNumber(SyncStore::kBundlesAfter, seq); !s)
                return s;
        }
        if (!page.value(QStringLiteral("more")).toBool() || items.isEmpty())
            return {};
    }
}

Status SyncPass::fetchReceipts(HubClientSession &session, SyncStore &store)
{
    while (true) {
        auto after = store.number(SyncStore::kReceiptsAfter);
        if (!after)
            return after.error();
        auto reply = session.send(
            "GET", session.projectPath(QStringLiteral("/receipts?after=%1").arg(after.value())));
        if (!reply)
            return reply.error();
        if (reply.value().status != 200)
            return refusal(reply.value(), tr("The hub did not list the receipts for this device"));
        const QJsonObject page = reply.value().json();
        const QJsonArray items = page.value(QStringLiteral("receipts")).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const QByteArray bytes =
                QByteArray::fromBase64(item.value(QStringLiteral("receipt")).toString().toLatin1());
            auto accepted = ReceiptBook::accept(m_ws, bytes);
            if (accepted) {
                ++m_report.receiptsAccepted;
                m_report.acknowledged += accepted.value().acknowledged;
            } else if (isFinalRefusal(accepted.error().code())) {
                m_report.problems.append(accepted.error().message());
            } else {
                return accepted.error();
            }
            if (Status s = store.setNumber(SyncStore::kReceiptsAfter,
                                           qint64(item.value(QStringLiteral("seq")).toDouble()));
                !s)
                return s;
        }
        if (!page.value(QStringLiteral("more")).toBool() || items.isEmpty())
            return {};
    }
}

Status SyncPass::sendReceipts(HubClientSession &session, SyncStore &store)
{
    auto ids = store.unreceipted();
    if (!ids)
        return ids.error();
    auto project = ProjectStore(m_ws.database()).requireProject();
    if (!project)
        return project.error();
    for (qsizetype first = 0; first < ids.value().size(); first += kReceiptBundles) {
        Receipt r;
        r.projectId = project.value().projectId;
        r.deviceId = m_ws.deviceId().toRfc4122();
        r.createdHlc = m_ws.oplog().clock().send();
        r.bundleIds = ids.value().mid(first, kReceiptBundles);
        auto reply =
            session.send("POST", session.projectPath(QStringLiteral("/receipts")),
                         {{"Content-Type", "application/octet-stream"}}, r.sign(m_ws.keys()));
        if (!reply)
            return reply.error();
        if (reply.value().status != 201)
            return refusal(reply.value(), tr("The hub did not take this device's receipts"));
        if (Status s = store.markReceipted(r.bundleIds); !s)
            return s;
        ++m_report.receiptsSent;
    }
    return {};
}

} // namespace vigia
