#include "cli/DeviceCommands.h"

#include "cli/CliContext.h"
#include "common/UuidText.h"
#include "project/DeviceOverview.h"
#include "project/ProjectStore.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace vigia {

namespace {
QString skewText(qint64 ms)
{
    // Whole seconds: an HLC's milliseconds say nothing a person acts on.
    const qint64 seconds = ms / 1000;
    return (seconds > 0 ? QStringLiteral("+") : QString()) + QString::number(seconds) +
           QStringLiteral(" s");
}
} // namespace

Status DeviceCommands::list(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto devices = DeviceOverview(*ws.value()).devices();
    if (!devices)
        return devices.error();
    auto manifest = ProjectStore(ws.value()->database()).requireManifest();
    if (!manifest)
        return manifest.error();
    QJsonArray array;
    for (const DeviceOverview::Device &d : devices.value()) {
        const QString id = UuidText::of(d.id);
        const QString seen =
            d.lastBundleAt == 0
                ? QString()
                : QDateTime::fromMSecsSinceEpoch(d.lastBundleAt).toUTC().toString(Qt::ISODate);
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("device_id"), id},
                          {QStringLiteral("fingerprint"), d.fingerprint},
                          {QStringLiteral("last_bundle_at"),
                           seen.isEmpty() ? QJsonValue() : QJsonValue(seen)},
                          {QStringLiteral("clock_skew_ms"),
                           d.lastBundleAt == 0 ? QJsonValue() : QJsonValue(d.skewMs)},
                          {QStringLiteral("clock_ahead"), d.clockAhead},
                          {QStringLiteral("unacknowledged_bundles"), d.unacknowledged}};
            if (d.revoked) {
                o.insert(QStringLiteral("status"), QStringLiteral("revoked"));
                const ManifestRevocation *r = manifest.value().revocation(d.id);
                o.insert(QStringLiteral("revoked_in_version"), qint64(r ? r->version : 0));
            } else {
                const ManifestDevice *m = manifest.value().device(d.id);
                o.insert(QStringLiteral("name"), d.name);
                o.insert(QStringLiteral("role"), roleName(d.role));
                o.insert(QStringLiteral("recipient"), d.recipient);
                o.insert(QStringLiteral("countries"),
                         QJsonArray::fromStringList(m ? m->countries : QStringList()));
                o.insert(QStringLiteral("status"), QStringLiteral("approved"));
            }
            array.append(o);
            continue;
        }
        const QString lastSeen =
            seen.isEmpty() ? tr("no bundle received") : tr("last bundle %1").arg(seen);
        const QString skew =
            d.lastBundleAt == 0 ? QString()
            : d.clockAhead ? QStringLiteral("  ") + tr("clock %1 (ahead)").arg(skewText(d.skewMs))
                           : QStringLiteral("  ") + tr("clock %1").arg(skewText(d.skewMs));
        const QString unacknowledged =
            tr("%n bundle(s) without a receipt", nullptr, d.unacknowledged);
        if (d.revoked) {
            const ManifestRevocation *r = manifest.value().revocation(d.id);
            ctx.out().line(tr("%1  %2  revoked in manifest version %3")
                               .arg(id, d.fingerprint)
                               .arg(r ? r->version : 0) +
                           QStringLiteral("  ") + lastSeen + skew + QStringLiteral("  ") +
                           unacknowledged);
            continue;
        }
        ctx.out().line(QStringLiteral("%1  %2  %3  %4%5  %6%7  %8")
                           .arg(id, d.fingerprint, roleName(d.role), d.name,
                                d.recipient ? tr(" (recipient)") : QString(), lastSeen, skew,
                                unacknowledged));
    }
    if (ctx.json())
        ctx.out().json(array);
    return {};
}

} // namespace vigia
