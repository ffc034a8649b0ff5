#include "project/DeviceNames.h"

#include "common/UuidText.h"
#include "crypto/Fingerprint.h"
#include "project/ProjectStore.h"
#include "project/Routing.h"
#include "store/Workspace.h"

namespace vigia {

Result<DeviceNames> DeviceNames::load(Database &db)
{
    auto state = ProjectStore(db).load();
    if (!state)
        return state.error();
    DeviceNames names;
    if (state.value())
        names.m_manifest = state.value()->manifest;
    if (names.m_manifest) {
        const auto streams = Routing::streamsOf(*names.m_manifest);
        for (auto it = streams.cbegin(); it != streams.cend(); ++it)
            if (it.key() != it.value().device)
                names.m_streamDevices.insert(it.key(), it.value().device);
    }
    return names;
}

QHash<QByteArray, QString> DeviceNames::of(Workspace &ws)
{
    QHash<QByteArray, QString> names;
    // Without a project (or with a damaged row) only this device is named;
    // the others read as their ids, which is still true.
    auto state = ProjectStore(ws.database()).load();
    if (state && state.value() && state.value()->manifest) {
        const ProjectManifest &m = *state.value()->manifest;
        for (const ManifestDevice &d : m.devices)
            names.insert(d.id, d.name);
        // A coordinator's comments are on its feedback streams.
        const auto streams = Routing::streamsOf(m);
        for (auto it = streams.cbegin(); it != streams.cend(); ++it)
            if (const ManifestDevice *d = m.device(it.value().device))
                names.insert(it.key(), d->name);
    }
    names.insert(ws.deviceId().toRfc4122(), ws.deviceName());
    return names;
}

QByteArray DeviceNames::deviceOf(const QByteArray &origin) const
{
    return m_streamDevices.value(origin, origin);
}

QString DeviceNames::name(const QByteArray &origin) const
{
    const QByteArray id = deviceOf(origin);
    const ManifestDevice *d = m_manifest ? m_manifest->device(id) : nullptr;
    return d ? d->name : QString();
}

QString DeviceNames::fingerprint(const QByteArray &origin) const
{
    const QByteArray id = deviceOf(origin);
    if (!m_manifest)
        return {};
    if (const ManifestDevice *d = m_manifest->device(id))
        return Fingerprint::ofKey(d->signPk);
    if (const ManifestRevocation *r = m_manifest->revocation(id))
        return Fingerprint::ofKey(r->signPk);
    return {};
}

QString DeviceNames::label(const QByteArray &origin) const
{
    const QByteArray id = deviceOf(origin);
    const QString n = name(id);
    const QString group = fingerprint(id).section(QLatin1Char(' '), 0, 0);
    const QString shown = n.isEmpty() ? UuidText::of(id).left(8) : n;
    return group.isEmpty() ? shown : QStringLiteral("%1 (%2)").arg(shown, group);
}

Result<QByteArray> DeviceNames::find(const QString &text) const
{
    const QString wanted = text.trimmed();
    QList<QByteArray> ids;
    if (m_manifest) {
        for (const ManifestDevice &d : m_manifest->devices)
            ids.append(d.id);
        for (const ManifestRevocation &r : m_manifest->revoked)
            ids.append(r.id);
    }
    QList<QByteArray> byName, byId;
    for (const QByteArray &id : std::as_const(ids)) {
        const QString uuid = UuidText::of(id);
        if (uuid.compare(wanted, Qt::CaseInsensitive) == 0)
            return id;
        if (wanted.size() >= 4 && uuid.startsWith(wanted, Qt::CaseInsensitive))
            byId.append(id);
        if (!name(id).isEmpty() && name(id).compare(wanted, Qt::CaseInsensitive) == 0)
            byName.append(id);
    }
    const QList<QByteArray> &matches = byName.isEmpty() ? byId : byName;
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error(ErrorCode::NotFound,
                     tr("No device of this project is called or has an id starting with '%1'. "
                        "'vigiactl devices list' shows them.")
                         .arg(wanted));
    return Error(ErrorCode::Usage,
                 tr("Several devices match '%1'; give more of the device id.").arg(wanted));
}

} // namespace vigia
