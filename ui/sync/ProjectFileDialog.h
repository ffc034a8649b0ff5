#pragma once

#include "project/ProjectFiles.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace vigia {

// Choosing a project file of one kind (invitation, join request, approval,
// receipt): the kind's own extension, a translated default name and filter,
// the home folder to start from.
class ProjectFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProjectFileDialog)

public:
    // Where to save, with the kind's extension added if it was left out;
    // empty if cancelled.
    [[nodiscard]] static QString save(QWidget *parent, const QString &title,
                                      ProjectFiles::Kind kind);
    // The file to open; empty if cancelled. Also offers the older extensions.
    [[nodiscard]] static QString open(QWidget *parent, const QString &title,
                                      ProjectFiles::Kind kind);
    [[nodiscard]] static QString filter(ProjectFiles::Kind kind, bool forOpening);
};

} // namespace vigia
