#include "cli/WorkspaceProjectCommands.h"

#include "cli/CliContext.h"
#include "common/UuidText.h"
#include "project/WorkspaceProjects.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vigia {

void WorkspaceProjectCommands::addCommands(QList<CliCommand> &commands)
{
    commands.append(CliCommand::make(
        "project list", &WorkspaceProjectCommands::list, QString(),
        tr("List the projects this workspace joined."),
        tr("Lists each project this workspace created or joined, with its id, name, country and "
           "this device's role in it; '*' marks the current one, which the other commands use "
           "unless --project names another. Each project keeps its own data.")));
}

Status WorkspaceProjectCommands::list(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto all = WorkspaceProjects(*ws.value()).list();
    if (!all)
        return all.error();
    if (ctx.json()) {
        QJsonArray array;
        for (const WorkspaceProjects::Entry &e : all.value())
            array.append(QJsonObject{{QStringLiteral("project_id"), UuidText::of(e.projectId)},
                                     {QStringLiteral("name"), e.name},
                                     {QStringLiteral("country"), e.country},
                                     {QStringLiteral("role"), roleName(e.role)},
                                     {QStringLiteral("current"), e.current}});
        ctx.out().json(array);
        return {};
    }
    if (all.value().isEmpty()) {
        ctx.out().line(tr("This workspace is not part of a project yet."));
        return {};
    }
    for (const WorkspaceProjects::Entry &e : all.value())
        ctx.out().line(QStringLiteral("%1 %2  %3  %4  %5")
                           .arg(e.current ? QStringLiteral("*") : QStringLiteral(" "),
                                UuidText::of(e.projectId),
                                e.country.isEmpty() ? QStringLiteral("--") : e.country,
                                roleName(e.role), e.name));
    return {};
}

} // namespace vigia
