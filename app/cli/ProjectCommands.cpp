#include "cli/ProjectCommands.h"

#include "cli/CliContext.h"
#include "cli/CliRoleOption.h"
#include "cli/DeviceCommands.h"
#include "cli/SyncCommands.h"
#include "cli/TerminalConfirm.h"
#include "common/UuidText.h"
#include "crypto/Fingerprint.h"
#include "project/JoinRequest.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectMembership.h"
#include "project/ProjectStore.h"
#include "project/SignedFile.h"
#include "project/WorkspaceProjects.h"
#include "store/Workspace.h"
#include "sync/HubEndpoint.h"
#include "sync/SyncStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace vigia {

namespace {
QJsonObject manifestJson(const ProjectManifest &m)
{
    return QJsonObject{{QStringLiteral("project_id"), UuidText::of(m.projectId)},
                       {QStringLiteral("name"), m.name},
                       {QStringLiteral("country"), m.country},
                       {QStringLiteral("hub_url"), m.hubUrl},
                       {QStringLiteral("version"), qint64(m.version)},
                       {QStringLiteral("project_key_fingerprint"), Fingerprint::ofKey(m.projectPk)},
                       {QStringLiteral("devices"), qint64(m.devices.size())},
                       {QStringLiteral("recipients"), qint64(m.recipients.size())}};
}

Status writeOut(CliContext &ctx, const QString &path, const QByteArray &bytes, const QString &what)
{
    if (Status s = SignedFile::writeFile(path, bytes); !s)
        return s;
    if (!ctx.json())
        ctx.out().line(
            ProjectCommands::tr("Wrote %1 to %2.").arg(what, QDir::toNativeSeparators(path)));
    return {};
}

void printManifest(CliContext &ctx, const ProjectManifest &m, const QString &headline)
{
    if (ctx.json()) {
        ctx.out().json(manifestJson(m));
        return;
    }
    ctx.out().line(headline);
    ctx.out().rows({{ProjectCommands::tr("Project:"), m.name},
                    {ProjectCommands::tr("Project id:"), UuidText::of(m.projectId)},
                    {ProjectCommands::tr("Country:"), m.country},
                    {ProjectCommands::tr("Hub:"), m.hubUrl},
                    {ProjectCommands::tr("Manifest version:"), QString::number(m.version)},
                    {ProjectCommands::tr("Project key:"), Fingerprint::ofKey(m.projectPk)},
                    {ProjectCommands::tr("Devices:"), QString::number(m.devices.size())}});
}
} // namespace

void ProjectCommands::addCommands(QList<CliCommand> &commands)
{
    const QString file = tr("FILE");
    const CliOption out{QStringLiteral("out"), file, tr("The file to write."), false};

    commands.append(CliCommand::make(
        "project create", &ProjectCommands::create, tr("--name NAME --country CC [--hub URL]"),
        tr("Create a project with this coordinator device as its owner."),
        tr("Creates the project signing key (kept in the workspace, sealed to this device's "
           "keys) and manifest version 1 listing this device as coordinator and recipient. "
           "Prints the project key's fingerprint: members compare it when they join."),
        {{QStringLiteral("name"), tr("NAME"), tr("The project's name."), false},
         {QStringLiteral("country"), tr("CC"), tr("The project's country, e.g. BR."), false},
         {QStringLiteral("hub"), tr("URL"), tr("The hub's address (may stay empty)."), false}}));
    commands.append(
        CliCommand::make("project invite", &ProjectCommands::invite, tr("--out FILE"),
                         tr("Write an invitation file for a new member."),
                         tr("Writes the invitation (project id, hub address, project key) "
                            "signed by the project key. Tell the new member the project "
                            "key's fingerprint over the phone."),
                         {out}));
    commands.append(CliCommand::make(
        "project join", &ProjectCommands::join, tr("FILE | --hub URL --code CODE [--pin HASH]"),
        tr("Join a project from an invitation file or a code."),
        tr("Pins the project and its key from the invitation, and prints the key's "
           "fingerprint: compare it with the coordinator's before going on. From then on only "
           "manifests signed by that key are accepted. With --hub and --code, the invitation "
           "comes from the hub, is checked against the code before anything is sent, and the "
           "join request goes to the hub."),
        {{QStringLiteral("hub"), tr("URL"), tr("The hub's address."), false},
         {QStringLiteral("code"), tr("CODE"),
          tr("The invitation code read out by the coordinator."), false},
         {QStringLiteral("pin"), tr("HASH"),
          tr("A self-hosted hub certificate's SHA-256, as the coordinator gives it."), false}},
        0, 1));
    commands.append(
        CliCommand::make("project request", &ProjectCommands::request, tr("--out FILE"),
                         tr("Write this device's join request for the coordinator."),
                         tr("Writes a join request signed by this device: its id, name, role "
                            "and public keys. Prints this device's fingerprint, which the "
                            "coordinator compares when approving."),
                         {out}));
    commands.append(CliCommand::make(
        "project approve", &ProjectCommands::approve,
        tr("FILE [--role researcher|coordinator] [--fingerprint FINGERPRINT]"),
        tr("Approve a join request and issue a new manifest."),
        tr("Shows the requesting device, the role it asks for and its fingerprint. Nothing "
           "changes until the fingerprint is confirmed: give the one the person read to you by "
           "phone with --fingerprint (it must match), or answer yes at the prompt on a terminal. "
           "The device joins as a researcher unless you choose --role coordinator; the role "
           "written in the request is never taken from it. Then it is added to the project and "
           "the next manifest version is issued (hand it out with project manifest export)."),
        {{QStringLiteral("role"), tr("ROLE"),
          tr("researcher (default) or coordinator: a coordinator receives every researcher's "
             "data."),
          false},
         {QStringLiteral("fingerprint"), tr("FINGERPRINT"),
          tr("The fingerprint the person read to you; spaces, dashes and case do not matter."),
          false}},
        1, 1));
    commands.append(
        CliCommand::make("project revoke", &ProjectCommands::revoke, tr("DEVICE"),
                         tr("Remove a device from the project."),
                         tr("Issues a manifest without the device. It records how far this "
                            "workspace had accepted the device's changes: every member refuses "
                            "the device's later changes, whatever date they carry; those "
                            "accepted before stay valid."),
                         {}, 1, 1));
    commands.append(CliCommand::make(
        "project manifest export", &ProjectCommands::exportManifest, tr("--out FILE"),
        tr("Write the current manifest to a file."),
        tr("Writes the signed manifest in force, to hand to every member."), {out}));
    commands.append(CliCommand::make(
        "project manifest import", &ProjectCommands::importManifest, file,
        tr("Install a newer manifest from the coordinator."),
        tr("Accepts the manifest only if the pinned project key signed it, it is for this "
           "project and its version is higher than the one in force; otherwise nothing "
           "changes. Bundles in quarantine whose sender it approves are imported."),
        {}, 1, 1));
    commands.append(CliCommand::make(
        "devices list", &DeviceCommands::list, QString(), tr("List the devices of the project."),
        tr("Lists the devices of the manifest in force with role, fingerprint and whether they "
           "receive researcher data, then the revoked devices; for each, when the last bundle "
           "from it arrived, how far its clock ran from this one's then (flagged when more than "
           "ten minutes ahead) and how many bundles sent to it wait for its receipt.")));
}

Result<QString> ProjectCommands::outPath(CliContext &ctx)
{
    const QString path = ctx.invocation().value(QStringLiteral("out"));
    if (path.isEmpty())
        return Error(ErrorCode::Usage,
                     tr("'%1' needs --out FILE.").arg(ctx.invocation().command->name()));
    return path;
}

Status ProjectCommands::create(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    if (inv.value(QStringLiteral("name")).trimmed().isEmpty() ||
        inv.value(QStringLiteral("country")).isEmpty())
        return Error(ErrorCode::Usage, tr("'project create' needs --name NAME and --country CC."));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto m = ProjectAdmin(*ws.value())
                 .create(inv.value(QStringLiteral("name")), inv.value(QStringLiteral("country")),
                         inv.value(QStringLiteral("hub")));
    if (!m)
        return m.error();
    printManifest(ctx, m.value(),
                  tr("Created the project. Keep this workspace safe: it holds the "
                     "project key."));
    return {};
}

Status ProjectCommands::invite(CliContext &ctx)
{
    auto path = outPath(ctx);
    if (!path)
        return path.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    // A self-hosted hub's pin (vigiactl sync --pin) travels in the signed file.
    auto pin = SyncStore(ws.value()->database()).certPin();
    if (!pin)
        return pin.error();
    auto bytes = ProjectAdmin(*ws.value()).invitation(pin.value());
    if (!bytes)
        return bytes.error();
    if (Status s = writeOut(ctx, path.value(), bytes.value(), tr("the invitation")); !s)
        return s;
    auto inv = Invitation::open(bytes.value());
    const QString fp = inv ? Fingerprint::format(inv.value().keyFingerprint()) : QString();
    if (ctx.json())
        ctx.out().json(QJsonObject{{QStringLiteral("file"), path.value()},
                                   {QStringLiteral("project_key_fingerprint"), fp}});
    else
        ctx.out().rows({{tr("Project key:"), fp}});
    return {};
}

Status ProjectCommands::join(CliContext &ctx)
{
    if (ctx.invocation().has(QStringLiteral("code")))
        return SyncCommands::join(ctx);
    if (ctx.invocation().arguments.isEmpty())
        return Error(ErrorCode::Usage, tr("'project join' needs an invitation FILE, or --hub URL "
                                          "and --code CODE."));
    auto bytes = SignedFile::readFile(ctx.invocation().arguments.first());
    if (!bytes)
        return bytes.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    const QByteArray previous = ws.value()->projectStore();
    auto inv = ProjectMembership(*ws.value()).join(bytes.value());
    if (!inv)
        return inv.error();
    // Where and how to reach the hub, from the signed invitation.
    if (Status s = HubEndpoint::remember(*ws.value(), inv.value()); !s) {
        (void)WorkspaceProjects(*ws.value()).abandon(previous);
        return s;
    }
    const QString fp = Fingerprint::format(inv.value().keyFingerprint());
    if (ctx.json()) {
        ctx.out().json(
            QJsonObject{{QStringLiteral("project_id"), UuidText::of(inv.value().projectId)},
                        {QStringLiteral("name"), inv.value().projectName},
                        {QStringLiteral("hub_url"), inv.value().hubUrl},
                        {QStringLiteral("project_key_fingerprint"), fp}});
        return {};
    }
    ctx.out().line(tr("Joined the project. Compare the project key's fingerprint with your "
                      "coordinator's, then send them your join request (project request)."));
    ctx.out().rows({{tr("Project:"), inv.value().projectName},
                    {tr("Project id:"), UuidText::of(inv.value().projectId)},
                    {tr("Hub:"), inv.value().hubUrl},
                    {tr("Project key:"), fp}});
    return {};
}

Status ProjectCommands::request(CliContext &ctx)
{
    auto path = outPath(ctx);
    if (!path)
        return path.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto bytes = ProjectMembership(*ws.value()).request();
    if (!bytes)
        return bytes.error();
    if (Status s = writeOut(ctx, path.value(), bytes.value(), tr("the join request")); !s)
        return s;
    if (ctx.json())
        ctx.out().json(QJsonObject{{QStringLiteral("file"), path.value()},
                                   {QStringLiteral("fingerprint"), ws.value()->fingerprint()}});
    else
        ctx.out().rows({{tr("Fingerprint:"), ws.value()->fingerprint()}});
    return {};
}

Status ProjectCommands::approve(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    const auto role = CliRoleOption::parse(inv);
    if (!role)
        return role.error();
    auto bytes = SignedFile::readFile(inv.arguments.first());
    if (!bytes)
        return bytes.error();
    auto request = JoinRequest::open(bytes.value());
    if (!request)
        return request.error();
    const JoinRequest &r = request.value();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    if (Status s = confirmFingerprint(ctx, r, role.value()); !s)
        return s;
    auto m = ProjectAdmin(*ws.value()).approve(r, role.value());
    if (!m)
        return m.error();
    if (ctx.json()) {
        QJsonObject o = manifestJson(m.value());
        o.insert(QStringLiteral("approved_device"), UuidText::of(r.deviceId));
        o.insert(QStringLiteral("approved_fingerprint"), r.fingerprint());
        o.insert(QStringLiteral("approved_role"), roleName(role.value()));
        ctx.out().json(o);
        return {};
    }
    ctx.out().line(tr("Approved %1 as %2. Send them the manifest (project manifest export).")
                       .arg(r.name, roleName(role.value())));
    ctx.out().rows({{tr("Device id:"), UuidText::of(r.deviceId)},
                    {tr("Fingerprint:"), r.fingerprint()},
                    {tr("Manifest version:"), QString::number(m.value().version)}});
    return {};
}

Status ProjectCommands::confirmFingerprint(CliContext &ctx, const JoinRequest &r, Role role)
{
    // Shown before anything is decided, on stderr so that --json output
    // stays one object.
    ctx.out().error(tr("Join request from %1 (asks to be %2), device id %3.")
                        .arg(r.name, r.role, UuidText::of(r.deviceId)));
    ctx.out().error(tr("Fingerprint: %1").arg(r.fingerprint()));
    if (role == Role::Coordinator)
        ctx.out().error(tr("Warning: as a coordinator this device will receive every "
                           "researcher's data in the project."));
    const auto normal = [](QString fp) {
        fp.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        return fp.toLower();
    };
    const CliInvocation &inv = ctx.invocation();
    if (inv.has(QStringLiteral("fingerprint"))) {
        if (normal(inv.value(QStringLiteral("fingerprint"))) == normal(r.fingerprint()))
            return {};
        return Error(ErrorCode::Untrusted,
                     tr("The fingerprint you gave does not match this join request's (%1); "
                        "nothing was changed. The request may not come from the person you "
                        "spoke to: ask them to send it again.")
                         .arg(r.fingerprint()));
    }
    const std::optional<bool> yes = TerminalConfirm::ask(
        tr("Does the fingerprint match, group by group, the one the person read to you?"));
    if (!yes)
        return Error(ErrorCode::Usage,
                     tr("Approving needs the fingerprint confirmed; nothing was changed. Give "
                        "--fingerprint with the fingerprint the person read to you by phone, or "
                        "run the command on a terminal to answer the question."));
    if (!*yes)
        return Error(ErrorCode::Failure, tr("Not approved; nothing was changed."));
    return {};
}

Status ProjectCommands::revoke(CliContext &ctx)
{
    const QUuid id = QUuid::fromString(ctx.invocation().arguments.first());
    if (id.isNull())
        return Error(ErrorCode::Usage, tr("'%1' is not a device id. 'vigiactl devices list' shows "
                                          "them.")
                                           .arg(ctx.invocation().arguments.first()));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto m = ProjectAdmin(*ws.value()).revoke(id.toRfc4122());
    if (!m)
        return m.error();
    printManifest(ctx, m.value(),
                  tr("Revoked the device. Send the new manifest to every member (project "
                     "manifest export)."));
    return {};
}

Status ProjectCommands::exportManifest(CliContext &ctx)
{
    auto path = outPath(ctx);
    if (!path)
        return path.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto state = ProjectStore(ws.value()->database()).requireProject();
    if (!state)
        return state.error();
    if (!state.value().manifest)
        return Error(ErrorCode::NotFound, tr("This workspace has no manifest to export yet."));
    if (Status s = writeOut(ctx, path.value(), state.value().manifestBytes, tr("the manifest")); !s)
        return s;
    if (ctx.json())
        ctx.out().json(manifestJson(*state.value().manifest));
    return {};
}

Status ProjectCommands::importManifest(CliContext &ctx)
{
    auto bytes = SignedFile::readFile(ctx.invocation().arguments.first());
    if (!bytes)
        return bytes.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto result = ProjectMembership(*ws.value()).importManifest(bytes.value());
    if (!result)
        return result.error();
    int released = 0;
    for (const auto &r : result.value().released) {
        if (r && r.value().kind != ChangeImporter::Outcome::Kind::Quarantined)
            ++released;
        else if (!r)
            ctx.out().warning(r.error().message());
    }
    if (ctx.json()) {
        QJsonObject o = manifestJson(result.value().manifest);
        o.insert(QStringLiteral("released_from_quarantine"), released);
        ctx.out().json(o);
        return {};
    }
    printManifest(ctx, result.value().manifest, tr("Installed the manifest."));
    if (released > 0)
        ctx.out().line(tr("Imported %n bundle(s) from quarantine.", nullptr, released));
    return {};
}

} // namespace vigia
