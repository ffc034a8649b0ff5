#pragma once

#include "store/Role.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vigia {

// One approved device in a project manifest (docs/project-format.md §3).
struct ManifestDevice
{
    QByteArray id; // 16 bytes, QUuid::toRfc4122
    QString name;
    Role role = Role::Researcher;
    QByteArray signPk;     // 32 bytes
    QByteArray boxPk;      // 32 bytes
    QStringList countries; // ISO codes this device may report on

    friend bool operator==(const ManifestDevice &, const ManifestDevice &) = default;
};

} // namespace vigia
