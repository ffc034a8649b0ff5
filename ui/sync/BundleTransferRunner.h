#pragma once

#include "project/ChangeExporter.h"
#include "project/ChangeImporter.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>

class QWidget;

namespace vigia {

class Workspace;

// Runs bundle exports and imports behind a window-modal progress dialog.
// They run on the GUI thread on purpose: the workspace has one SQLite
// connection that the other pages and the status bar keep using, and a
// second connection would need the passphrase again. Imports go file by
// file, so the bar advances and the window repaints between files.
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

    [[nodiscard]] static Result<ChangeExporter::Exported>
    exportChanges(QWidget *parent, Workspace &ws, const QString &dir);
    // Stops early if the user presses Stop; `sink` sees each result as it comes.
    static QList<FileResult> importFiles(QWidget *parent, Workspace &ws, const QStringList &files,
                                         const ResultSink &sink = {});
};

} // namespace vigia
