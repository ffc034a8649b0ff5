// The project commands that talk to a hub: join with a code, register,
// invitation codes, join requests.
#include "cli/CliRoleOption.h"
#include "cli/SyncCommands.h"

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/CliHubAccess.h"
#include "cli/SyncReportText.h"
#include "common/UuidText.h"
#include "crypto/Fingerprint.h"
#include "store/ProjectStores.h"
#include "store/Role.h"
#include "store/Workspace.h"
#include "sync/HubConnection.h"
#include "sync/HubEndpoint.h"
#include "sync/HubJoin.h"
#include "sync/HubProjectAdmin.h"
#include "sync/ProjectPasses.h"
#include "sync/SyncAgent.h"
#include "sync/SyncPass.h"
#include "sync/SyncStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace vigia {

namespace {
constexpr int kDefaultInvitationDays = 7;
} // namespace

Status SyncCommands::join(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    auto url = CliHubAccess::hubFor(ctx, nullptr);
    if (!url)
        return url.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto pin = CliHubAccess::pinOption(ctx);
    if (!pin)
        return pin.error();
    HubConnection::Options options = HubEndpoint::withStoredPin(url.value(), nullptr);
    options.pinnedCertSha256 = pin.value();
    HubConnection connection(options);
    auto joined = HubJoin::join(*ws.value(), connection, inv.value(QStringLiteral("code")));
    if (!joined)
        return joined.error();
    const Invitation &i = joined.value().invitation;
    const QString keyFp = Fingerprint::format(i.keyFingerprint());
    if (ctx.json()) {
        ctx.out().json(
            QJsonObject{{QStringLiteral("project_id"), UuidText::of(i.projectId)},
                        {QStringLiteral("name"), i.projectName},
                        {QStringLiteral("project_key_fingerprint"), keyFp},
                        {QStringLiteral("device_fingerprint"), joined.value().deviceFingerprint}});
        return {};
    }
    ctx.out().line(tr("Joined the project and sent the join request. Read this device's "
                      "fingerprint to your coordinator; once they approve it, vigiactl sync "
                      "(or the app) starts syncing."));
    ctx.out().rows({{tr("Project:"), i.projectName},
                    {tr("Project key:"), keyFp},
                    {tr("This device:"), joined.value().deviceFingerprint}});
    return {};
}

Status SyncCommands::registerProject(CliContext &ctx)
{
    const QString token = ctx.invocation().value(QStringLiteral("token"));
    if (token.isEmpty())
        return Error(ErrorCode::Usage, tr("'project register' needs --token TOKEN."));
    auto hub = CliHubAccess::open(ctx);
    if (!hub)
        return hub.error();
    Workspace &ws = *hub.value().ws;
    HubConnection &connection = *hub.value().connection;
    if (Status s = HubProjectAdmin(ws, connection).registerProject(token); !s)
        return s;
    if (ctx.json())
        ctx.out().json(QJsonObject{{QStringLiteral("hub"), hub.value().url.toString()}});
    else
        ctx.out().line(tr("The project is registered on %1.").arg(hub.value().url.toString()));
    return {};
}

Status SyncCommands::inviteCode(CliContext &ctx)
{
    bool ok = true;
    const int days = ctx.invocation().has(QStringLiteral("days"))
                         ? ctx.invocation().value(QStringLiteral("days")).toInt(&ok)
                         : kDefaultInvitationDays;
    if (!ok || days < 1 || days > 30)
        return Error(ErrorCode::Usage, tr("--days takes a number from 1 to 30."));
    auto hub = CliHubAccess::open(ctx);
    if (!hub)
        return hub.error();
    Workspace &ws = *hub.value().ws;
    HubConnection &connection = *hub.value().connection;
    auto code = HubProjectAdmin(ws, connection).createInvitation(days * 86400);
    if (!code)
        return code.error();
    if (ctx.json())
        ctx.out().json(
            QJsonObject{{QStringLiteral("code"), code.value()}, {QStringLiteral("days"), days}});
    else
        ctx.out().line(tr("Invitation code: %1 (works once, for %n day(s)).", nullptr, days)
                           .arg(code.value()));
    return {};
}

Status SyncCommands::requestsList(CliContext &ctx)
{
    auto hub = CliHubAccess::open(ctx);
    if (!hub)
        return hub.error();
    Workspace &ws = *hub.value().ws;
    HubConnection &connection = *hub.value().connection;
    auto requests = HubProjectAdmin(ws, connection).pendingRequests();
    if (!requests)
        return requests.error();
    QJsonArray items;
    for (const JoinRequest &r : requests.value()) {
        if (ctx.json())
            items.append(QJsonObject{{QStringLiteral("device"), UuidText::of(r.deviceId)},
                                     {QStringLiteral("name"), r.name},
                                     {QStringLiteral("role"), r.role},
                                     {QStringLiteral("fingerprint"), r.fingerprint()}});
        else
            ctx.out().line(QStringLiteral("%1  %2  %3  %4")
                               .arg(UuidText::of(r.deviceId), r.name, r.role, r.fingerprint()));
    }
    if (ctx.json())
        ctx.out().json(items);
    else if (requests.value().isEmpty())
        ctx.out().line(tr("No join request is waiting."));
    return {};
}

Status SyncCommands::requestsApprove(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    const QUuid device = QUuid::fromString(inv.arguments.first());
    if (device.isNull())
        return Error(ErrorCode::Usage, tr("'%1' is not a device id.").arg(inv.arguments.first()));
    const auto role = CliRoleOption::parse(inv);
    if (!role)
        return role.error();
    auto hub = CliHubAccess::open(ctx);
    if (!hub)
        return hub.error();
    Workspace &ws = *hub.value().ws;
    HubConnection &connection = *hub.value().connection;
    auto m = HubProjectAdmin(ws, connection).approve(device.toRfc4122(), role.value());
    if (!m)
        return m.error();
    if (ctx.json())
        ctx.out().json(
            QJsonObject{{QStringLiteral("approved_device"), UuidText::of(device.toRfc4122())},
                        {QStringLiteral("manifest_version"), double(m.value().version)}});
    else
        ctx.out().line(tr("Approved; manifest version %1 is on the hub.").arg(m.value().version));
    return {};
}

} // namespace vigia
