#include "ui/sync/BundleTransferRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>

namespace vigia {

namespace {
// Short transfers finish before the dialog would be worth showing.
constexpr int kShowAfterMs = 400;
} // namespace

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
    // One core call: the bar can only say "busy", but the window has painted
    // it before the work starts.
    QProgressDialog progress(tr("Writing your changes to %1…").arg(QDir::toNativeSeparators(dir)),
                             QString(), 0, 0, parent);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setAccessibleName(tr("Export progress"));
    progress.setWindowTitle(tr("Export changes"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QCoreApplication::processEvents();
    auto result = ChangeExporter::exportTo(ws, dir);
    progress.reset();
    return result;
}

QList<BundleTransferRunner::FileResult> BundleTransferRunner::importFiles(QWidget *parent,
                                                                          Workspace &ws,
                                                                          const QStringList &files,
                                                                          const ResultSink &sink)
{
    QProgressDialog progress(tr("Importing bundles…"), tr("Stop"), 0, int(files.size()), parent);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setAccessibleName(tr("Import progress"));
    progress.setWindowTitle(tr("Import bundles"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kShowAfterMs);
    ChangeImporter importer(ws);
    QList<FileResult> results;
    for (int i = 0; i < files.size(); ++i) {
        progress.setLabelText(tr("Importing %1 (%2 of %3)…")
                                  .arg(QFileInfo(files[i]).fileName())
                                  .arg(i + 1)
                                  .arg(files.size()));
        progress.setValue(i); // also processes events in a modal dialog
        if (progress.wasCanceled())
            break;
        results.append({files[i], importer.importFile(files[i])});
        if (sink)
            sink(results.last().first, results.last().second);
    }
    progress.setValue(int(files.size()));
    return results;
}

} // namespace vigia
