#include "ui/sync/BundleTransferRunner.h"

#include "project/RoutedImporter.h"
#include "store/Workspace.h"
#include "ui/common/WorkspaceTask.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>

#include <atomic>
#include <memory>
#include <optional>

namespace vigia {

namespace {
// Short transfers finish before the dialog would be worth showing.
constexpr int kShowAfterMs = 400;
// The bar's steps per bundle file: it moves as the file's ops are applied.
constexpr int kStepsPerFile = 100;

int s_running = 0; // GUI thread only

// Escape and the title bar's close button would hide a QProgressDialog and
// unblock the window while the worker still runs: here they mean Stop.
class TransferDialog : public QProgressDialog
{
public:
    using QProgressDialog::QProgressDialog;
    void reject() override { emit canceled(); }
};

// Makes isRunning() true for as long as it lives.
struct RunningGuard
{
    RunningGuard() { ++s_running; }
    ~RunningGuard() { --s_running; }
    RunningGuard(const RunningGuard &) = delete;
    RunningGuard &operator=(const RunningGuard &) = delete;
};

// Runs `work` on a worker thread with its own connection to `ws`'s store and
// waits for it in a local event loop; returns the error of opening that
// connection. Queued calls the worker makes to `context` run in that loop.
//
// Re-entrancy: the dialog blocks the window's input, but timers, queued calls
// and repaints run in that loop. The one timer that would destroy what the
// caller holds is the auto-lock, which drops the data pages (the Sync page,
// its dialog, the result list being filled): MainWindow::lock waits while
// isRunning() and locks as soon as the transfer ends (Stop ends an import
// after its current bundle). The lock does not touch the workspace, which
// the worker reads only to open its own connection. If the application
// quits meanwhile (exit() ends every event loop), this still waits for the
// worker, whose captures point into the caller's frame.
Status runAndWait(QObject *context, const Workspace &ws, std::function<void(Workspace &)> work)
{
    struct Finish
    {
        bool done = false;
        Status status;
    };
    auto finish = std::make_shared<Finish>();
    QEventLoop loop;
    WorkspaceTask::withSibling(context, ws, std::move(work), [finish, &loop](Status status) {
        finish->status = std::move(status);
        finish->done = true;
        loop.quit();
    });
    loop.exec();
    while (!finish->done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents |
                                        QEventLoop::ExcludeUserInputEvents);
    return finish->status;
}

QPointer<TransferDialog> makeDialog(QWidget *parent, const QString &label, int maximum)
{
    // On the heap: should its parent die in the event loop, the dialog goes
    // with it instead of being deleted twice.
    QPointer<TransferDialog> dialog = new TransferDialog(label, QString(), 0, maximum, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(kShowAfterMs);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    // QProgressDialog::cancel() would hide the dialog, unblocking the window
    // while the worker goes on: Stop, where there is one, is ours.
    QObject::disconnect(dialog.data(), &QProgressDialog::canceled, dialog.data(), nullptr);
    return dialog;
}
} // namespace

bool BundleTransferRunner::isRunning()
{
    return s_running > 0;
}

QStringList BundleTransferRunner::bundleFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        const QDir dir(path);
        const QStringList names = dir.entryList({QStringLiteral("*.vigiabundle")},
                                                QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names)
            files.append(dir.filePath(name));
    }
    return files;
}

Result<ChangeExporter::Exported> BundleTransferRunner::exportChanges(QWidget *parent, Workspace &ws,
                                                                     const QString &dir)
{
    const RunningGuard running;
    // One core call: the bar can only say "busy", and there is nothing to stop.
    QPointer<TransferDialog> progress =
        makeDialog(parent, tr("Writing your changes to %1…").arg(QDir::toNativeSeparators(dir)), 0);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setAccessibleName(tr("Export progress"));
    progress->setWindowTitle(tr("Export changes"));

    auto exported = std::make_shared<std::optional<Result<ChangeExporter::Exported>>>();
    QObject context;
    const Status opened = runAndWait(&context, ws, [exported, dir](Workspace &sibling) {
        exported->emplace(ChangeExporter::exportTo(sibling, dir));
    });
    delete progress.data();
    if (!opened)
        return opened.error();
    return std::move(**exported);
}

BundleTransferRunner::Imported BundleTransferRunner::importFiles(QWidget *parent, Workspace &ws,
                                                                 const QStringList &files,
                                                                 const ResultSink &sink)
{
    const RunningGuard running;
    QPointer<TransferDialog> progress =
        makeDialog(parent, tr("Importing bundles…"), int(files.size()) * kStepsPerFile);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setAccessibleName(tr("Import progress"));
    progress->setWindowTitle(tr("Import bundles"));
    auto *stopButton = new QPushButton(tr("Stop"));
    stopButton->setToolTip(tr("Stops after the bundle being imported: a bundle is always "
                              "imported whole or not at all."));
    progress->setCancelButton(stopButton);

    // Read by the worker before each file; written here.
    std::atomic_bool stop = false;
    int current = 0;  // the file being imported, as far as this thread knows
    int position = 0; // how many files were started: grouped by project, not in list order
    const auto sayStopping = [&] {
        progress->setLabelText(tr("Stopping after %1; the bundles after it are not imported.")
                                   .arg(QFileInfo(files.value(current)).fileName()));
    };
    QObject::connect(progress.data(), &QProgressDialog::canceled, progress.data(), [&] {
        stop = true;
        stopButton->setEnabled(false);
        sayStopping();
    });

    Imported imported;
    QObject context;
    // Called by the worker, run in runAndWait's loop: the dialog and the
    // results are only touched on this thread.
    const auto starting = [&](int i) {
        current = i;
        ++position;
        if (!progress)
            return;
        if (stop) { // the worker had started this file when Stop was pressed
            sayStopping();
            return;
        }
        progress->setLabelText(tr("Importing %1 (%2 of %3)…")
                                   .arg(QFileInfo(files[i]).fileName())
                                   .arg(position)
                                   .arg(files.size()));
        progress->setValue((position - 1) * kStepsPerFile);
    };
    const auto applied = [&](int done, int total) {
        if (progress && total > 0)
            progress->setValue((position - 1) * kStepsPerFile +
                               int(qint64(done) * (kStepsPerFile - 1) / total));
    };
    const auto finished = [&](const FileResult &result) {
        imported.results.append(result);
        if (sink)
            sink(result.first, result.second);
    };

    QObject *ctx = &context;
    QList<RoutedImporter::Tally> tallies; // written by the worker, read once it is done
    Status receipts;
    // The worker's references point into this frame, which runAndWait leaves
    // only once the worker is done.
    const Status opened = runAndWait(ctx, ws, [&, ctx](Workspace &sibling) {
        RoutedImporter::Hooks hooks;
        hooks.stop = [&stop] { return bool(stop); };
        hooks.starting = [&starting, ctx](int i) {
            QMetaObject::invokeMethod(
                ctx, [&starting, i] { starting(i); }, Qt::QueuedConnection);
        };
        // The core calls this about fifty times per bundle at most.
        hooks.applied = [&applied, ctx](int, int done, int total) {
            QMetaObject::invokeMethod(
                ctx, [&applied, done, total] { applied(done, total); }, Qt::QueuedConnection);
        };
        hooks.finished = [&finished, ctx](int, const FileResult &result) {
            QMetaObject::invokeMethod(
                ctx, [&finished, result] { finished(result); }, Qt::QueuedConnection);
        };
        RoutedImporter importer(sibling);
        (void)importer.importFiles(files, hooks);
        // The receipts that came back on the same stick (ReceiptBook::writeBeside).
        QStringList folders;
        for (const QString &file : files)
            if (const QString folder = QFileInfo(file).absolutePath(); !folders.contains(folder))
                folders.append(folder);
        receipts = importer.acceptReceiptsBeside(folders);
        if (importer.routedElsewhere())
            tallies = importer.tallies();
    });
    // The store could not be opened a second time: say so for the first file
    // not imported, in the core's words, as a refused bundle is listed.
    if (!opened && imported.results.size() < files.size())
        finished({files[imported.results.size()], opened.error()});
    delete progress.data();
    imported.tallies = std::move(tallies);
    imported.receipts = std::move(receipts);
    return imported;
}

} // namespace vigia
