#include "qda/RefiQdaExport.h"

#include "common/DurableFile.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/OpLog.h"
#include "qda/QdaCorpusReader.h"
#include "qda/RefiQdaCodebook.h"
#include "qda/RefiQdaProjectWriter.h"
#include "store/Codebook.h"
#include "store/Workspace.h"

#include <QDir>

#include <sqlite3.h>

namespace vigia {

namespace {

QList<RefiQdaProjectWriter::User> usersOf(Workspace &ws)
{
    QList<RefiQdaProjectWriter::User> users;
    Statement st(ws.database().handle(),
                 "SELECT id, name FROM devices WHERE deleted = 0 ORDER BY name, id");
    while (st.step() == SQLITE_ROW) {
        if (st.columnBlob(0).size() == 16)
            users.append({st.columnBlob(0), st.columnText(1)});
    }
    return users;
}

} // namespace

Result<RefiQdaExport::Outcome> RefiQdaExport::writeCodebook(const QString &dir,
                                                            const QList<CodeNode> &tree,
                                                            const QString &language,
                                                            const QString &origin, Outcome out)
{
    const QString qdcPath = QDir(dir).filePath(QStringLiteral("codebook.qdc"));
    const QByteArray qdc = RefiQdaCodebook::document(tree, language, origin);
    {
        const QString part = qdcPath + QStringLiteral(".part");
        DurableFile file;
        if (!file.open(part, DurableFile::Create::Replace) || !file.write(qdc) || !file.commit() ||
            !DurableFile::replace(part, qdcPath)) {
            QFile::remove(part);
            return Error(ErrorCode::Io,
                         tr("Could not write %1: %2. Check that the folder is writable and the "
                            "disk has room, then export again.")
                             .arg(QDir::toNativeSeparators(qdcPath), file.errorString()));
        }
    }
    out.files.append(qdcPath);
    return out;
}

Result<RefiQdaExport::Outcome> RefiQdaExport::run(Workspace &ws, const QString &dir,
                                                  const Options &options, const Progress &progress)
{
    Codebook codebook(ws.database(), ws.oplog());
    auto tree = codebook.tree(options.language);
    if (!tree)
        return tree.error();
    if (tree.value().isEmpty())
        return Error(ErrorCode::Validation,
                     tr("The codebook has no code, so there is nothing to export for "
                        "qualitative analysis. Add codes on the Codebook page first."));
    const QString origin = QStringLiteral("Vigia %1").arg(QCoreApplication::applicationVersion());
    Outcome out;

    if (options.deidentify && !options.includeText)
        return writeCodebook(dir, tree.value(), options.language, origin, out);

    const QString qdpxPath = QDir(dir).filePath(QStringLiteral("project.qdpx"));
    RefiQdaProjectWriter writer(qdpxPath);
    if (Status s = writer.begin(tr("Vigia coded narratives"), origin, usersOf(ws), tree.value(),
                                options.language);
        !s)
        return s.error();
    QdaCorpusReader reader(ws.database(), ws.records(), ws.forms(),
                           QUuid(ws.deviceId()).toRfc4122(), ws.oplog().privateOrigin());
    auto total = reader.countRecords();
    if (!total)
        return total.error();
    const Status read = reader.read(
        [&](const QdaSource &source) {
            out.codings += int(source.selections.size());
            return writer.add(source);
        },
        [&](int done) {
            out.records = done;
            out.cancelled = progress && !progress(done, total.value());
            return !out.cancelled;
        });
    if (out.cancelled)
        return out; // the writer removes its partial file
    if (!read)
        return read.error();
    if (Status s = writer.finish(); !s)
        return s.error();
    out.sources = writer.sources();
    out.files.append(qdpxPath);
    // The codebook last: a cancelled or failed project leaves no file at all.
    return writeCodebook(dir, tree.value(), options.language, origin, out);
}

} // namespace vigia
