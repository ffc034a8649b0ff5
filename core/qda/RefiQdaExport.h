#pragma once

#include "common/Result.h"
#include "store/Code.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace vigia {

class Workspace;

// What `vigiactl export --format refi-qda` and the Export dialog write for
// qualitative analysts (docs/exports.md, "REFI-QDA"): codebook.qdc, the
// codebook alone, and project.qdpx, the coded narratives with the codebook,
// readable by NVivo, ATLAS.ti, MAXQDA and QualCoder.
class RefiQdaExport
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RefiQdaExport)

public:
    struct Options
    {
        QString language = QStringLiteral("en"); // code names: en, es or pt
        // De-identified exports leave free text out unless asked for; the
        // narratives are free text, so such an export has the codebook only.
        bool deidentify = false;
        bool includeText = false;
    };
    struct Outcome
    {
        QStringList files; // written, in the order written
        int records = 0;
        int sources = 0;
        int codings = 0;
        bool cancelled = false; // then no project file was left (the codebook may be)
    };
    // `progress(done, total)` returns false to cancel: nothing is left of a
    // cancelled or failed project file.
    using Progress = std::function<bool(int done, int total)>;

    [[nodiscard]] static Result<Outcome> run(Workspace &ws, const QString &dir,
                                             const Options &options, const Progress &progress = {});

private:
    [[nodiscard]] static Result<Outcome> writeCodebook(const QString &dir,
                                                       const QList<CodeNode> &tree,
                                                       const QString &language,
                                                       const QString &origin, Outcome out);
};

} // namespace vigia
