// The project chooser: Carla, the coordinator of the sample project, also
// joined a second national project (the regional observatory's case), so
// the chooser stands above the navigation with both. The join runs on a
// sibling of her workspace, as the app joins a further project, so her own
// workspace and the pages built on it stay on the sample project.
#include "screenshots/ScreenshotWriter.h"

#include "crypto/KdfLimits.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectMembership.h"
#include "screenshots/ScreenshotSamples.h"
#include "store/Workspace.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProjectChooser.h"

#include <QDir>

namespace vigia {

Status ScreenshotWriter::writeProjectChooser(ScreenshotSamples &samples, const QString &scratch,
                                             const Shots &shots)
{
    // Throwaway: fast KDF limits, as the samples' workspaces.
    auto oeste = Workspace::create(
        QDir(scratch).filePath(QStringLiteral("oeste")), ScreenshotSamples::passphrase(),
        QStringLiteral("Diego - coordinator"), Role::Coordinator, KdfLimits::insecureForTests());
    if (!oeste)
        return oeste.error();
    if (auto created = ProjectAdmin(*oeste.value())
                           .create(QStringLiteral("Frontera Oeste"), QStringLiteral("AR"), {});
        !created)
        return created.error();
    auto invitation = ProjectAdmin(*oeste.value()).invitation();
    if (!invitation)
        return invitation.error();
    Workspace &carla = samples.coordinator();
    {
        auto sibling = carla.openSibling();
        if (!sibling)
            return sibling.error();
        if (auto joined = ProjectMembership(*sibling.value()).join(invitation.value()); !joined)
            return joined.error();
    }
    MainWindow window(carla);
    window.setAutoLockInterval(std::chrono::milliseconds(0));
    window.resize(1024, 680);
    window.show();
    if (Status s =
            savePage(window, MainWindow::RecordsView, shots, QStringLiteral("project_chooser"));
        !s)
        return s;
    const auto *chooser = window.findChild<ProjectChooser *>(QStringLiteral("projectChooser"));
    if (!chooser || !chooser->isVisible())
        return Error(ErrorCode::Failure,
                     tr("The project chooser is not shown for a workspace in two projects."));
    return {};
}

} // namespace vigia
