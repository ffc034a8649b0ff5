#pragma once

#include "hub/HubRequest.h"
#include "hub/HubResponse.h"

#include <QCoreApplication>

namespace vigia {

class HubService;

// Receipts through the hub: a coordinator uploads the receipt it signed, and
// the hub routes it to the devices whose stored bundles it acknowledges, so
// their outboxes empty without a USB stick.
class HubReceipts
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubReceipts)

public:
    explicit HubReceipts(HubService &service);

    [[nodiscard]] HubResponse upload(const QByteArray &projectId, const HubRequest &request);
    [[nodiscard]] HubResponse list(const QByteArray &projectId, const HubRequest &request);

private:
    HubService &m_service;
};

} // namespace vigia
