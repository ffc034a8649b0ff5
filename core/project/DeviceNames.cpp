#include "project/DeviceNames.h"

#include "common/UuidText.h"
#include "crypto/Fingerprint.h"
#include "project/ProjectStore.h"

namespace vigia {

Result<DeviceNames> DeviceNames::load(Database &db)
{
    auto state = ProjectStore(db).load();
    if (!state)
        return state.error();
    DeviceNames names;
    if (state.value())
        names.m_manifest = state.value()->manifest;
    return names;
}

QString DeviceNames::name(const QByteArray &id) const
{
    const ManifestDevice *d = m_manifest ? m_manifest->device(id) : nullptr;
    return d ? d->name : QString();
}

QString DeviceNames::fingerprint(const QByteArray &id) const
{
    if (!m_manifest)
        return {};
    if (const ManifestDevice *d = m_manifest->device(id))
        return Fingerprint::ofKey(d->signPk);
    if (const ManifestRevocation *r = m_manifest->revocation(id))
        return Fingerprint::ofKey(r->signPk);
    return {};
}

QString DeviceNames::label(const QByteArray &id) const
{
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
