#include "hub/HubReceipts.h"

#include "crypto/Blake2b.h"
#include "hub/HubAuth.h"
#include "hub/HubIds.h"
#include "hub/HubJson.h"
#include "hub/HubService.h"
#include "hub/HubStore.h"
#include "project/Receipt.h"

#include <QJsonArray>

namespace vigia {

HubReceipts::HubReceipts(HubService &service)
    : m_service(service)
{}

HubResponse HubReceipts::upload(const QByteArray &projectId, const HubRequest &request)
{
    auto store = m_service.stores().acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto authenticated = HubAuth::authenticate(*store.value(), request, projectId, m_service.now());
    if (auto *refusal = std::get_if<HubResponse>(&authenticated))
        return *refusal;
    const HubCaller caller = std::get<HubCaller>(authenticated);
    if (!caller.isCoordinator())
        return HubJson::coordinatorsOnly();
    QByteArray signerPk;
    auto receipt = Receipt::open(request.body, &signerPk);
    if (!receipt)
        return HubResponse::error(422, QStringLiteral("receipt_refused"),
                                  receipt.error().message());
    // Signed by the session's own device with its manifest key: a
    // coordinator cannot pass another's receipt off.
    if (receipt.value().projectId != projectId ||
        receipt.value().deviceId != caller.device.deviceId || signerPk != caller.device.signPk)
        return HubResponse::error(422, QStringLiteral("receipt_refused"),
                                  tr("The receipt must be signed by this session's device, for "
                                     "this project."));
    auto senders = store.value()->bundleSenders(projectId, receipt.value().bundleIds);
    if (!senders)
        return HubJson::storageError(senders.error());
    HubReceipt stored;
    stored.projectId = projectId;
    stored.receiptId = Blake2b::hash256(request.body);
    stored.signer = caller.device.deviceId;
    stored.recipients = senders.value();
    stored.bytes = request.body;
    stored.storedAt = m_service.now();
    auto kept = store.value()->storeReceipt(stored);
    if (!kept)
        return HubJson::storageError(kept.error());
    return HubResponse::json(
        201, {{QStringLiteral("seq"), double(kept.value().seq)},
              {QStringLiteral("id"), QString::fromLatin1(HubIds::hex(kept.value().receiptId))},
              {QStringLiteral("routed_to"), int(kept.value().recipients.size())}});
}

HubResponse HubReceipts::list(const QByteArray &projectId, const HubRequest &request)
{
    auto store = m_service.stores().acquire();
    if (!store)
        return HubJson::storageError(store.error());
    auto authenticated = HubAuth::authenticate(*store.value(), request, projectId, m_service.now());
    if (auto *refusal = std::get_if<HubResponse>(&authenticated))
        return *refusal;
    const HubCaller caller = std::get<HubCaller>(authenticated);
    qint64 after = 0;
    int limit = 0;
    HubResponse refusal;
    if (!HubJson::cursor(request, m_service.config().maxListLimit, &after, &limit, &refusal))
        return refusal;
    auto list = store.value()->receipts(
        projectId, after, limit, caller.isCoordinator() ? QByteArray() : caller.device.deviceId);
    if (!list)
        return HubJson::storageError(list.error());
    QJsonArray items;
    qint64 last = after;
    for (const HubReceipt &r : list.value()) {
        items.append(
            QJsonObject{{QStringLiteral("seq"), double(r.seq)},
                        {QStringLiteral("id"), QString::fromLatin1(HubIds::hex(r.receiptId))},
                        {QStringLiteral("signer"), QString::fromLatin1(HubIds::hex(r.signer))},
                        {QStringLiteral("receipt"), QString::fromLatin1(r.bytes.toBase64())}});
        last = r.seq;
    }
    return HubResponse::json(200, {{QStringLiteral("receipts"), items},
                                   {QStringLiteral("next_after"), double(last)},
                                   {QStringLiteral("more"), list.value().size() == limit}});
}

} // namespace vigia
