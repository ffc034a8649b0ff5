// SyncPass, the check a workspace restored from a backup passes before it
// sends again (docs/sync.md, "After a restore").
#include "sync/SyncPass.h"

#include "common/LogCategories.h"
#include "store/RestoreMark.h"
#include "store/Workspace.h"
#include "sync/HubClientSession.h"
#include "sync/SyncStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vigia {

namespace {
// The largest page the hub lists (docs/hub-api.md).
constexpr int kListPage = 500;
} // namespace

Result<bool> SyncPass::checkRestore(HubClientSession &session, SyncStore &store)
{
    auto mark = RestoreMark::read(m_ws.database());
    if (!mark)
        return mark.error();
    if (!mark.value())
        return false;
    // A receipt already showed that the lost copy sent more than the backup
    // holds: no listing can make that right.
    if (mark.value()->sentAfterBackup > 0 || mark.value()->forked) {
        m_report.sendingHeld = true;
        m_report.problems.append(RestoreMark::heldError(*mark.value()).message());
        qCWarning(lcSync) << "restored workspace: a receipt showed changes sent after the "
                             "backup; sending stays held";
        return true;
    }
    // The lost copy of this device sent through the hub what it sent after
    // the backup, if anything: every bundle of this device the hub holds
    // must be one this store made. The whole listing, from the start: the
    // fetch cursor skips this device's own bundles.
    const QString meHex = QString::fromLatin1(m_ws.deviceId().toRfc4122().toHex());
    qint64 after = 0;
    int unknown = 0;
    while (true) {
        auto reply = session.send(
            "GET", session.projectPath(
                       QStringLiteral("/bundles?after=%1&limit=%2").arg(after).arg(kListPage)));
        if (!reply)
            return reply.error();
        if (reply.value().status != 200)
            return refusal(reply.value(), tr("The hub did not list this device's bundles"));
        const QJsonObject page = reply.value().json();
        const QJsonArray items = page.value(QStringLiteral("bundles")).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            after = qMax(after, qint64(item.value(QStringLiteral("seq")).toDouble()));
            if (item.value(QStringLiteral("sender")).toString() != meHex)
                continue;
            auto known = store.builtHere(
                QByteArray::fromHex(item.value(QStringLiteral("id")).toString().toLatin1()));
            if (!known)
                return known.error();
            if (!known.value())
                ++unknown;
        }
        if (!page.value(QStringLiteral("more")).toBool() || items.isEmpty())
            break;
    }
    if (unknown > 0) {
        m_report.sendingHeld = true;
        m_report.problems.append(
            tr("This backup is older than what this device already sent: the hub holds %n "
               "bundle(s) from this device that this restored workspace never made, so nothing "
               "was sent. Ask your coordinator what to do before confirming the restore; "
               "changes made here since the restore would clash with those. Records stay "
               "editable meanwhile.",
               nullptr, unknown));
        qCWarning(lcSync) << "restored workspace: the hub holds" << unknown
                          << "bundle(s) of this device it never made; sending stays held";
        return true;
    }
    if (Status s = RestoreMark::clear(m_ws.database()); !s)
        return s.error();
    m_report.restoreConfirmed = true;
    qCInfo(lcSync) << "restored workspace: the hub holds nothing of this device it did not "
                      "make; sending resumes";
    return false;
}

} // namespace vigia
