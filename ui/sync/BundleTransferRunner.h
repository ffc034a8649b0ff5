#pragma once

#include "project/ChangeExporter.h"
#include "project/ChangeImporter.h"
#include "project/RoutedImporter.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>

class QWidget;

namespace vigia {

class Workspace;

// Runs bundle exports and imports behind a window-modal progress dialog, on
// a worker thread with a second connection to the workspace's store
// (WorkspaceTask::withSibling), so a large import never freezes the window.
// The calls still return their result: they wait in a local event loop, in
// which the window repaints and the dialog moves within a file. SQLite sees
// both connections write the same file, so the caller's own connection
// reads what the worker wrote as soon as the call returns.
class BundleTransferRunner
{
    Q_DECLARE_TR_FUNCTIONS(vigia::BundleTransferRunner)

public:
    using FileResult = QPair<QString, Result<ChangeImporter::Outcome>>;
    using ResultSink =
        std::function<void(const QString &, const Result<ChangeImporter::Outcome> &)>;

    // Folders stand for the *.vigiabundle files directly in them, in name
    // order (as ChangeImporter::importDir reads them); files stay as given.
    [[nodiscard]] static QStringList bundleFiles(const QStringList &paths);

    // `ws` and `parent` must outlive the call; see isRunning().
    [[nodiscard]] static Result<ChangeExporter::Exported>
    exportChanges(QWidget *parent, Workspace &ws, const QString &dir);
    struct Imported
    {
        QList<FileResult> results; // in the order they were imported
        // Per project, when some bundle went to a project other than the open one.
        QList<RoutedImporter::Tally> tallies;
        Status receipts; // accepting the receipts beside the files
    };
    // Each bundle into its own project's store (RoutedImporter), then the
    // receipts beside them. Stops between files if the user presses Stop,
    // never inside a bundle; `sink` sees each result as it comes, on the
    // calling thread.
    static Imported importFiles(QWidget *parent, Workspace &ws, const QStringList &files,
                                const ResultSink &sink = {});

    // True while a transfer waits in its local event loop. Timers keep
    // firing in there: whatever would destroy the caller, its widgets or the
    // workspace (the auto-lock drops the pages) waits until this is false.
    [[nodiscard]] static bool isRunning();
};

} // namespace vigia
