#include "cli/CliHubAccess.h"

#include "cli/CliContext.h"
#include "cli/SyncCommands.h"
#include "store/Workspace.h"
#include "sync/HubConnection.h"
#include "sync/HubEndpoint.h"
#include "sync/SyncPass.h"

namespace vigia {

CliHubAccess::CliHubAccess(std::unique_ptr<Workspace> workspace, QUrl hub,
                           std::unique_ptr<HubConnection> connected)
    : ws(std::move(workspace))
    , url(std::move(hub))
    , connection(std::move(connected))
{}

CliHubAccess::CliHubAccess(CliHubAccess &&) noexcept = default;
CliHubAccess::~CliHubAccess() = default;

Result<QUrl> CliHubAccess::hubFor(CliContext &ctx, Workspace *ws)
{
    QString address = ctx.invocation().value(QStringLiteral("hub"));
    if (address.isEmpty() && ws) {
        auto known = SyncPass::hubUrl(*ws);
        if (!known)
            return known.error();
        address = known.value();
    }
    if (address.isEmpty())
        return Error(ErrorCode::Usage, SyncCommands::tr("Give the hub's address with --hub URL, "
                                                        "such as https://hub.example.org."));
    return HubEndpoint::parseUrl(address);
}

Result<QByteArray> CliHubAccess::pinOption(CliContext &ctx)
{
    if (!ctx.invocation().has(QStringLiteral("pin")))
        return QByteArray();
    return HubEndpoint::parsePin(ctx.invocation().value(QStringLiteral("pin")));
}

Result<CliHubAccess> CliHubAccess::open(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto hub = hubFor(ctx, ws.value().get());
    if (!hub)
        return hub.error();
    auto connection =
        std::make_unique<HubConnection>(HubEndpoint::withStoredPin(hub.value(), ws.value().get()));
    return CliHubAccess(ws.take(), hub.value(), std::move(connection));
}

} // namespace vigia
