#include "ui/sync/ProjectFileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStringList>

namespace vigia {

QString ProjectFileDialog::filter(ProjectFiles::Kind kind, bool forOpening)
{
    QStringList patterns;
    const QStringList suffixes =
        forOpening ? ProjectFiles::openSuffixes(kind) : QStringList{ProjectFiles::suffix(kind)};
    for (const QString &suffix : suffixes)
        patterns << QStringLiteral("*.") + suffix;
    const QString list = patterns.join(QLatin1Char(' '));
    QString name;
    switch (kind) {
    case ProjectFiles::Kind::Invitation:
        name = tr("Invitations (%1)").arg(list);
        break;
    case ProjectFiles::Kind::JoinRequest:
        name = tr("Join requests (%1)").arg(list);
        break;
    case ProjectFiles::Kind::Manifest:
        name = tr("Approvals (%1)").arg(list);
        break;
    case ProjectFiles::Kind::Receipt:
        name = tr("Receipts (%1)").arg(list);
        break;
    }
    return name + QStringLiteral(";;") + tr("All files (*)");
}

QString ProjectFileDialog::save(QWidget *parent, const QString &title, ProjectFiles::Kind kind)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir::home().filePath(ProjectFiles::defaultFileName(kind)),
        filter(kind, false));
    return ProjectFiles::withSuffix(path, kind);
}

QString ProjectFileDialog::open(QWidget *parent, const QString &title, ProjectFiles::Kind kind)
{
    return QFileDialog::getOpenFileName(parent, title, QDir::homePath(), filter(kind, true));
}

} // namespace vigia
