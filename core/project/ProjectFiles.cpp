#include "project/ProjectFiles.h"

#include <QFileInfo>

namespace vigia {

QString ProjectFiles::suffix(Kind kind)
{
    switch (kind) {
    case Kind::Invitation:
        return QStringLiteral("vigiainvite");
    case Kind::JoinRequest:
        return QStringLiteral("vigiarequest");
    case Kind::Manifest:
        return QStringLiteral("vigiamanifest");
    case Kind::Receipt:
        return QStringLiteral("vigiareceipt");
    }
    return kLegacySuffix;
}

QStringList ProjectFiles::openSuffixes(Kind kind)
{
    return {suffix(kind), kLegacySuffix};
}

QString ProjectFiles::defaultFileName(Kind kind)
{
    QString base;
    // File names: no spaces, nothing a file system refuses (/ \ : * ? " < > |).
    switch (kind) {
    case Kind::Invitation:
        base = tr("invitation", "file name");
        break;
    case Kind::JoinRequest:
        base = tr("join-request", "file name");
        break;
    case Kind::Manifest:
        base = tr("approval", "file name of the coordinator's manifest");
        break;
    case Kind::Receipt:
        base = tr("receipt", "file name");
        break;
    }
    return base + QLatin1Char('.') + suffix(kind);
}

QString ProjectFiles::withSuffix(const QString &path, Kind kind)
{
    // A dot in a person's name ("A. Silva") is no extension: only the
    // kind's own extensions count as one.
    if (path.isEmpty() ||
        openSuffixes(kind).contains(QFileInfo(path).suffix(), Qt::CaseInsensitive))
        return path;
    return path + QLatin1Char('.') + suffix(kind);
}

} // namespace vigia
