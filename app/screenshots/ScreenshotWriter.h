#pragma once

#include "common/Result.h"
#include "ui/shell/MainWindow.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

class QWidget;

namespace vigia {

class ScreenshotSamples;
class Workspace;

// Writes a PNG of every main view and dialog in every shipped language, so
// translators review their strings in context and the README stays current.
// Files: DIR/<lang>/<view>.png. It works on temporary workspaces with
// invented sample data (ScreenshotSamples), never on the user's.
class ScreenshotWriter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ScreenshotWriter)

public:
    // The view names, in the order they are written per language.
    [[nodiscard]] static QStringList viewNames();

    // Returns the files written.
    [[nodiscard]] static Result<QStringList> writeAll(const QString &dir);

private:
    // One language's folder and the files written so far.
    struct Shots
    {
        QString dir;
        QStringList *written;
    };

    // `scratch`: a folder for this language's throwaway workspaces.
    [[nodiscard]] static Status writeLanguage(const QString &scratch, const Shots &shots);
    [[nodiscard]] static Status writeSetup(const QString &scratch, const Shots &shots);
    [[nodiscard]] static Status writeUnlock(ScreenshotSamples &samples, const Shots &shots);
    [[nodiscard]] static Status writeRecords(ScreenshotSamples &samples, MainWindow &window,
                                             const Shots &shots);
    [[nodiscard]] static Status writeCodebook(MainWindow &window, const Shots &shots);
    [[nodiscard]] static Status writeSync(ScreenshotSamples &samples, MainWindow &window,
                                          const Shots &shots);
    [[nodiscard]] static Status writeLock(MainWindow &window, const Shots &shots);
    // ScreenshotMonitoring.cpp: Targets and Dashboard on the coordinator's
    // workspace, with invented targets and reports.
    [[nodiscard]] static Status writeMonitoring(ScreenshotSamples &samples, const Shots &shots);
    // The Export dialog with de-identification chosen, then after a real
    // export of the monitoring samples.
    [[nodiscard]] static Status writeExport(Workspace &ws, QWidget &window, const Shots &shots);
    // ScreenshotFormImport.cpp: the import dialog, a form imported and one
    // refused, on the coordinator's workspace.
    [[nodiscard]] static Status writeFormImport(ScreenshotSamples &samples, const QString &scratch,
                                                const Shots &shots);
    // ScreenshotSyncStates.cpp: the hub section and the status bar's
    // indicator in each state of the sync agent.
    [[nodiscard]] static QStringList syncStateViews();
    [[nodiscard]] static Status writeSyncStates(ScreenshotSamples &samples, const Shots &shots);
    // ScreenshotCoordinator.cpp: the coordinator's inbox, review, comments,
    // conflicts, history, devices and forms, after invented work of its own.
    [[nodiscard]] static QStringList coordinatorViews();
    [[nodiscard]] static Status addCoordinatorWork(ScreenshotSamples &samples, QUuid *conflicted,
                                                   QUuid *reviewed);
    [[nodiscard]] static Status writeCoordinator(ScreenshotSamples &samples, const Shots &shots);
    // ScreenshotProjects.cpp: the coordinator's window once her workspace
    // also joined a second project, with the project chooser; written last,
    // since every later view would list both projects.
    [[nodiscard]] static Status writeProjectChooser(ScreenshotSamples &samples,
                                                    const QString &scratch, const Shots &shots);

    [[nodiscard]] static Status save(QWidget *widget, const Shots &shots, const QString &view);
    // Shows `page` in the main window and saves the window.
    [[nodiscard]] static Status savePage(MainWindow &window, MainWindow::Page page,
                                         const Shots &shots, const QString &view);
    // Runs `open`, which shows a modal dialog with exec(), saves the dialog
    // and cancels it.
    [[nodiscard]] static Status saveModal(const std::function<void()> &open, const Shots &shots,
                                          const QString &view);
};

} // namespace vigia
