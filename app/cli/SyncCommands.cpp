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

void SyncCommands::addCommands(QList<CliCommand> &commands)
{
    const CliOption hub{QStringLiteral("hub"), tr("URL"), tr("The hub's address."), false};
    commands.append(CliCommand::make(
        "sync", &SyncCommands::sync, tr("[--once | --watch] [--hub URL] [--pin HASH]"),
        tr("Send this device's changes to the hub and fetch what is addressed to it."),
        tr("One pass (--once, the default): the project's manifest both ways, the changes not "
           "yet sent as bundles (uploads resume where a cut left them), the bundles and "
           "receipts addressed to this device, and on a coordinator the receipts for what it "
           "applied. --watch keeps syncing as the app does: on a timer, backing off while the "
           "hub cannot be reached. --hub sets the hub's address for this workspace; --pin "
           "trusts a self-hosted hub's certificate by its SHA-256 (64 hexadecimal digits). "
           "Exits with 1 and the reason when the hub cannot be reached or refuses, and with 4 "
           "while this device waits for the coordinator's approval."),
        {{QStringLiteral("once"), QString(), tr("One pass, then exit (the default)."), false},
         {QStringLiteral("watch"), QString(), tr("Keep syncing until interrupted."), false},
         hub,
         {QStringLiteral("pin"), tr("HASH"), tr("The hub certificate's SHA-256."), false}}));
    commands.append(CliCommand::make(
        "project register", &SyncCommands::registerProject, tr("--token TOKEN [--hub URL]"),
        tr("Register this coordinator's project on a hub."),
        tr("Sends the project's manifest with the one-time token the hub's administrator "
           "printed (vigia-hub project create). The hub pins the project key: from then on it "
           "accepts only manifests signed by it."),
        {{QStringLiteral("token"), tr("TOKEN"), tr("The hub's one-time project token."), false},
         hub}));
    commands.append(CliCommand::make(
        "project invite-code", &SyncCommands::inviteCode, tr("[--days N]"),
        tr("Make an invitation code for a new member, kept on the hub."),
        tr("Prints a code of 21 characters to read out to the new member, who joins with "
           "project join --hub URL --code CODE. The hub keeps only the code's hash and the "
           "signed invitation; the code works once, for N days (7 by default, at most 30)."),
        {{QStringLiteral("days"), tr("N"), tr("How long the code works."), false}}));
    commands.append(CliCommand::make(
        "project requests list", &SyncCommands::requestsList, QString(),
        tr("List the join requests waiting on the hub."),
        tr("Shows each new member's device id, name, role and fingerprint. Compare the "
           "fingerprint with the person before approving.")));
    commands.append(CliCommand::make(
        "project requests approve", &SyncCommands::requestsApprove, tr("DEVICE [--role ROLE]"),
        tr("Approve a join request waiting on the hub."),
        tr("Adds the device to the project's manifest with the role (researcher by default), "
           "signs it and publishes it on the hub; the new member's next sync fetches it."),
        {{QStringLiteral("role"), tr("ROLE"), tr("researcher or coordinator."), false}}, 1, 1));
}

Status SyncCommands::sync(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    if (inv.has(QStringLiteral("once")) && inv.has(QStringLiteral("watch")))
        return Error(ErrorCode::Usage, tr("Choose --once or --watch, not both."));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    SyncStore store(ws.value()->database());
    if (inv.has(QStringLiteral("hub"))) {
        auto url = CliHubAccess::hubFor(ctx, nullptr);
        if (!url)
            return url.error();
        if (Status s = store.setValue(SyncStore::kHubUrl, url.value().toString()); !s)
            return s;
    }
    auto pin = CliHubAccess::pinOption(ctx);
    if (!pin)
        return pin.error();
    if (!pin.value().isEmpty())
        if (Status s = store.setCertPin(pin.value()); !s)
            return s;
    // Without --project, a workspace in several projects syncs each one
    // that names a hub (docs/vigiactl.md, "Several projects").
    const bool every = inv.project.isEmpty() && ProjectStores::several(ws.value()->path());
    QUrl url;
    if (!every) {
        auto own = CliHubAccess::hubFor(ctx, ws.value().get());
        if (!own)
            return own.error();
        url = own.value();
    }
    if (inv.has(QStringLiteral("watch"))) {
        SyncAgent agent(std::move(ws.value()), SyncAgent::Options{});
        QObject::connect(&agent, &SyncAgent::passFinished,
                         [&ctx](const SyncReport &r, bool ok, const QString &message) {
                             if (ctx.json()) {
                                 QJsonObject o = SyncReportText::json(r);
                                 o.insert(QStringLiteral("ok"), ok);
                                 o.insert(QStringLiteral("error"), message);
                                 ctx.out().json(o);
                             } else if (ok) {
                                 SyncReportText::print(ctx, r);
                             } else {
                                 ctx.out().error(message);
                             }
                         });
        agent.start();
        QCoreApplication::exec();
        return {};
    }
    if (every)
        return syncEveryProject(ctx, *ws.value());
    HubConnection connection(HubEndpoint::withStoredPin(url, ws.value().get()));
    SyncPass pass(*ws.value(), connection);
    SyncReport::Stage shown = SyncReport::Stage::Connecting;
    const Status outcome = pass.run([&](SyncReport::Stage stage, qint64, qint64) {
        if (stage == shown || ctx.json())
            return;
        shown = stage;
        ctx.out().plainError(stage == SyncReport::Stage::Sending ? tr("Sending…")
                                                                 : tr("Fetching…"));
    });
    SyncReportText::warnClock(ctx, pass.report());
    if (!outcome)
        return outcome;
    if (ctx.json())
        ctx.out().json(SyncReportText::json(pass.report()));
    else
        SyncReportText::print(ctx, pass.report());
    return {};
}

Status SyncCommands::syncEveryProject(CliContext &ctx, Workspace &ws)
{
    ProjectPasses passes(ws);
    auto projects = passes.withHub();
    if (!projects)
        return projects.error();
    if (projects.value().isEmpty())
        return Error(ErrorCode::Usage,
                     tr("None of this workspace's projects names a hub. Give one project's hub "
                        "with 'vigiactl --project PROJECT sync --hub URL'."));
    qsizetype index = 0; // of the project whose pass runs
    SyncReport::Stage shown = SyncReport::Stage::Connecting;
    ProjectPasses::Hooks hooks;
    hooks.progress = [&](SyncReport::Stage stage, qint64, qint64) {
        if (stage == shown || ctx.json())
            return;
        shown = stage;
        ctx.out().plainError(tr("%1: %2").arg(
            projects.value().at(index).name,
            stage == SyncReport::Stage::Sending ? tr("Sending…") : tr("Fetching…")));
    };
    hooks.finished = [&](const ProjectPasses::Pass &) {
        ++index;
        shown = SyncReport::Stage::Connecting;
    };
    const QList<ProjectPasses::Pass> done =
        passes.run(projects.value(), {}, HubEndpoint::kTimeoutMs, hooks);
    QJsonArray array;
    int failed = 0;
    for (const ProjectPasses::Pass &p : done) {
        failed += p.outcome ? 0 : 1;
        if (ctx.json()) {
            QJsonObject o = SyncReportText::json(p.report);
            o.insert(QStringLiteral("project_id"), UuidText::of(p.projectId));
            o.insert(QStringLiteral("name"), p.name);
            o.insert(QStringLiteral("ok"), bool(p.outcome));
            o.insert(QStringLiteral("error"),
                     p.outcome ? QJsonValue() : QJsonValue(p.outcome.error().message()));
            array.append(o);
            continue;
        }
        ctx.out().line(tr("Project %1:").arg(p.name));
        SyncReportText::warnClock(ctx, p.report);
        if (p.outcome)
            SyncReportText::print(ctx, p.report);
        else
            ctx.out().error(p.outcome.error().message());
    }
    if (ctx.json())
        ctx.out().json(array);
    if (const Status all = ProjectPasses::outcome(done); !all)
        // Already printed per project; the exit code still tells scripts.
        return Error(all.error().code(), tr("The sync of %n project(s) failed; see the messages "
                                            "above.",
                                            nullptr, failed));
    return {};
}

} // namespace vigia
