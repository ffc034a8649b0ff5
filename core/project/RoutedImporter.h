#pragma once

#include "common/Result.h"
#include "project/ChangeImporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace vigia {

class Workspace;

// Imports bundles, each into the store of the project its header names
// (docs/store.md, "Several projects in one workspace"): the one code path of
// `vigiactl bundle import` and of the app's import of files or a folder. A
// bundle of a project the workspace has not joined is refused by name.
//
// It switches `ws` from store to store for the time of a call, so nothing
// else may hold that workspace's op log, records or forms meanwhile (give it
// a sibling, or vigiactl's own workspace). The workspace is back on its own
// store afterwards, and the project remembered for next time is unchanged.
class RoutedImporter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RoutedImporter)

public:
    using FileResult = QPair<QString, Result<ChangeImporter::Outcome>>;

    // What one project's store received in the last call.
    struct Tally
    {
        QByteArray projectId;
        QString name;
        int applied = 0; // bundles
        int alreadyApplied = 0;
        int quarantined = 0;
        int refused = 0;
        int changes = 0; // ops applied
        int receipts = 0;
    };

    // Each called on the importing thread; `index` is the file's in the list.
    struct Hooks
    {
        std::function<void(int index)> starting;
        std::function<void(int index, int done, int total)> applied;
        std::function<void(int index, const FileResult &)> finished;
        std::function<bool()> stop; // asked before each file
    };

    explicit RoutedImporter(Workspace &ws);

    // The files in the order given, grouped by project; one result per file
    // imported, in the order given.
    [[nodiscard]] QList<FileResult> importFiles(const QStringList &files, const Hooks &hooks = {});
    // Every *.vigiabundle in `dir` except those sealed to other devices
    // (skippedForOthers), then the receipts there, offered to every project.
    [[nodiscard]] QList<FileResult> importDir(const QString &dir);
    // The other devices' receipts in each folder, offered to every project's
    // store (a receipt names its project: the others refuse it quietly).
    [[nodiscard]] Status acceptReceiptsBeside(const QStringList &folders);

    // The projects that received a bundle or a receipt, the open one first.
    [[nodiscard]] const QList<Tally> &tallies() const { return m_tallies; }
    [[nodiscard]] int skippedForOthers() const { return m_skippedForOthers; }
    // True when some bundle went to a project other than the one open.
    [[nodiscard]] bool routedElsewhere() const;
    // "Frontera Sur: 2 bundle(s) applied (14 change(s)), …", for people.
    [[nodiscard]] static QString describe(const Tally &tally);

private:
    [[nodiscard]] QList<FileResult> run(const QStringList &files, bool skipOthers,
                                        const Hooks &hooks);
    [[nodiscard]] Tally &tallyFor(const QByteArray &projectId, const QString &name);

    Workspace &m_ws;
    QList<Tally> m_tallies;
    QByteArray m_openProject; // the project of the store open when the call began
    int m_skippedForOthers = 0;
};

} // namespace vigia
