#include "cli/DeviceCommands.h"

#include "cli/CliContext.h"
#include "common/UuidText.h"
#include "crypto/Fingerprint.h"
#include "project/ProjectStore.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace vigia {

Status DeviceCommands::list(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto manifest = ProjectStore(ws.value()->database()).requireManifest();
    if (!manifest)
        return manifest.error();
    const ProjectManifest &m = manifest.value();
    QJsonArray array;
    for (const ManifestDevice &d : m.devices) {
        const QString id = UuidText::of(d.id);
        const QString fp = Fingerprint::ofKey(d.signPk);
        const bool recipient = m.isRecipient(d.id);
        if (ctx.json()) {
            array.append(
                QJsonObject{{QStringLiteral("device_id"), id},
                            {QStringLiteral("name"), d.name},
                            {QStringLiteral("role"), roleName(d.role)},
                            {QStringLiteral("fingerprint"), fp},
                            {QStringLiteral("recipient"), recipient},
                            {QStringLiteral("countries"), QJsonArray::fromStringList(d.countries)},
                            {QStringLiteral("status"), QStringLiteral("approved")}});
        } else {
            ctx.out().line(QStringLiteral("%1  %2  %3  %4%5")
                               .arg(id, fp, roleName(d.role), d.name,
                                    recipient ? tr(" (recipient)") : QString()));
        }
    }
    for (const ManifestRevocation &r : m.revoked) {
        const QString id = UuidText::of(r.id);
        const QString fp = Fingerprint::ofKey(r.signPk);
        if (ctx.json())
            array.append(QJsonObject{{QStringLiteral("device_id"), id},
                                     {QStringLiteral("fingerprint"), fp},
                                     {QStringLiteral("status"), QStringLiteral("revoked")},
                                     {QStringLiteral("revoked_in_version"), qint64(r.version)}});
        else
            ctx.out().line(tr("%1  %2  revoked in manifest version %3").arg(id, fp).arg(r.version));
    }
    if (ctx.json())
        ctx.out().json(array);
    return {};
}

} // namespace vigia
