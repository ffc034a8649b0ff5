// The process tst_crashsafety kills with SIGKILL: it opens a workspace and
// writes in a loop the way people do, finalizing records or importing
// bundles, until it is killed. It prints "ready" once the workspace is open,
// so the kill lands in the loop rather than in start-up.
//
//   crashchild finalize <workspace> <first index>
//   crashchild import <workspace> <folder of bundles, imported in name order>

#include "CrashKit.h"
#include "project/ChangeImporter.h"
#include "records/RecordFinalizer.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <cstdio>

using namespace vigia;
using namespace vigia::crashtest;

namespace {

int fail(const char *step, const Error &error)
{
    std::fprintf(stderr, "crashchild: %s: %s\n", step, qPrintable(error.message()));
    return 2;
}

void ready()
{
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
}

// Drafts with draft answers (one edited again), each finalized with its final
// answer: RecordFinalizer judges the draft and writes the answers and the
// status in one transaction.
int finalizeLoop(Workspace &ws, qint64 first)
{
    RecordFinalizer finalizer(ws, QStringLiteral("en"), QLocale::c());
    const QString a = QStringLiteral("a");
    const QString n = QStringLiteral("n");
    ready();
    for (qint64 i = first;; ++i) {
        auto id =
            ws.records().create(kFormId, kFormVersion, {{a, draftValue(i)}, {n, draftValue(i)}});
        if (!id)
            return fail("create", id.error());
        if (Status s =
                ws.records().setValues(id.value(), {{n, draftValue(i) + QStringLiteral("+")}});
            !s)
            return fail("edit", s.error());
        if (Status s = finalizer.finalize(id.value(), {{a, finalValue(i)}}); !s)
            return fail("finalize", s.error());
    }
}

int importLoop(Workspace &ws, const QString &bundles)
{
    ChangeImporter importer(ws);
    const QStringList files =
        QDir(bundles).entryList({QStringLiteral("*.vigiabundle")}, QDir::Files, QDir::Name);
    ready();
    for (const QString &file : files) {
        auto imported = importer.importFile(QDir(bundles).filePath(file));
        if (!imported)
            return fail("import", imported.error());
    }
    std::fputs("done\n", stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: crashchild finalize|import <workspace> <index|bundles>\n", stderr);
        return 1;
    }
    auto ws = Workspace::open(args.at(2), test::TestWorkspace::kPassphrase);
    if (!ws)
        return fail("open", ws.error());
    if (args.at(1) == QLatin1String("finalize"))
        return finalizeLoop(*ws.value(), args.at(3).toLongLong());
    if (args.at(1) == QLatin1String("import"))
        return importLoop(*ws.value(), args.at(3));
    std::fputs("crashchild: unknown mode\n", stderr);
    return 1;
}
