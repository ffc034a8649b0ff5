// A folder of bundles of several projects, imported into one workspace that
// joined two of them (issue 18, part 8): each bundle goes to its own
// project's store, the counts are per project, a bundle of a project not
// joined here is refused by name, and the store open before stays open,
// with the project remembered for next time unchanged.
#include "common/UuidText.h"
#include "FakeClock.h"
#include "project/RoutedImporter.h"
#include "project/WorkspaceProjects.h"
#include "ProjectTestKit.h"
#include "store/RecordFilter.h"
#include "TestWorkspace.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;

namespace {
QStringList answers(Workspace &ws)
{
    return test::answersOf(ws, QStringLiteral("a"));
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

// The observatory in Brazil's and Argentina's projects; a copy of it (same
// device) also in Chile's, which the observatory itself never joined.
struct ThreeProjects
{
    test::FakeClock clock;
    test::TestWorkspace brazil{clock.fn(), Role::Coordinator};
    test::TestWorkspace argentina{clock.fn(), Role::Coordinator};
    test::TestWorkspace chile{clock.fn(), Role::Coordinator};
    test::TestWorkspace observatory{clock.fn(), Role::Coordinator};
    QTemporaryDir copyDir;
    std::unique_ptr<Workspace> copy;
    QByteArray brazilId, argentinaId, chileId;
    QTemporaryDir usb;

    QString setUp()
    {
        for (auto [ws, name, country] :
             {std::tuple{&argentina, "Frontera Oeste", "AR"}, {&chile, "Frontera Norte", "CL"}})
            if (auto created = ProjectAdmin(**ws).create(QString::fromLatin1(name),
                                                         QString::fromLatin1(country), {});
                !created)
                return created.error().message();
        if (QString e = enrol(*brazil, *observatory); !e.isEmpty())
            return e;
        if (QString e = enrol(*argentina, *observatory); !e.isEmpty())
            return e;
        observatory.close();
        if (!copyFolder(observatory.path(), copyDir.path()))
            return QStringLiteral("could not copy the workspace");
        if (!observatory.reopen(clock.fn()))
            return observatory.error();
        auto opened = Workspace::open(copyDir.path(), test::TestWorkspace::kPassphrase, clock.fn());
        if (!opened)
            return opened.error().message();
        copy = opened.take();
        if (QString e = enrol(*chile, *copy); !e.isEmpty())
            return e;
        brazilId = currentProject(*brazil);
        argentinaId = currentProject(*argentina);
        chileId = currentProject(*chile);
        for (auto [ws, text] : {std::pair{&brazil, "from Brazil"},
                                {&argentina, "from Argentina"},
                                {&chile, "from Chile"}}) {
            if (!(*ws)->records().create(QStringLiteral("f"), {},
                                         {{QStringLiteral("a"), QString::fromLatin1(text)}}, true))
                return QStringLiteral("could not write a record");
            if (auto e = ChangeExporter::exportTo(**ws, usb.path()); !e || e.value().path.isEmpty())
                return QStringLiteral("could not export");
        }
        return {};
    }
};
} // namespace

class TestRoutedImporter : public QObject
{
    Q_OBJECT

private slots:
    void aFolderGoesToEachProjectsStore()
    {
        ThreeProjects t;
        QCOMPARE(t.setUp(), QString());
        Workspace &ws = *t.observatory;
        QCOMPARE(currentProject(ws), t.argentinaId); // the last joined

        RoutedImporter importer(ws);
        const auto results = importer.importDir(t.usb.path());
        QCOMPARE(results.size(), 3);
        int refused = 0;
        for (const auto &[path, r] : results) {
            if (r)
                continue;
            ++refused;
            QCOMPARE(r.error().code(), ErrorCode::Untrusted);
            QVERIFY2(r.error().message().contains(UuidText::of(t.chileId)) &&
                         r.error().message().contains(QStringLiteral("not joined")),
                     qPrintable(r.error().message()));
        }
        QCOMPARE(refused, 1);

        // Counted per project, the open one first.
        QCOMPARE(importer.tallies().size(), 2);
        const RoutedImporter::Tally &first = importer.tallies().at(0);
        const RoutedImporter::Tally &second = importer.tallies().at(1);
        QCOMPARE(first.name, QStringLiteral("Frontera Oeste"));
        QCOMPARE(second.name, QStringLiteral("Frontera Sur"));
        for (const RoutedImporter::Tally &tally : importer.tallies()) {
            QCOMPARE(tally.applied, 1);
            QCOMPARE(tally.refused, 0);
            QVERIFY(tally.changes > 0);
        }
        QVERIFY(importer.routedElsewhere());
        QVERIFY(RoutedImporter::describe(second).startsWith(QStringLiteral("Frontera Sur: 1 ")));

        // Each record in its own project's store only; the open one unchanged.
        QCOMPARE(currentProject(ws), t.argentinaId);
        QCOMPARE(answers(ws), QStringList{QStringLiteral("from Argentina")});
        QVERIFY(WorkspaceProjects(ws).switchTo(t.brazilId));
        QCOMPARE(answers(ws), QStringList{QStringLiteral("from Brazil")});

        // Again: everything already there, nothing refused anew but Chile's.
        const auto again = importer.importDir(t.usb.path());
        QCOMPARE(again.size(), 3);
        QCOMPARE(importer.tallies().size(), 2);
        QCOMPARE(importer.tallies().at(0).alreadyApplied, 1);
        QCOMPARE(importer.tallies().at(0).name, QStringLiteral("Frontera Sur"));
    }

    void aSiblingsImportLeavesTheRememberedProjectAlone()
    {
        ThreeProjects t;
        QCOMPARE(t.setUp(), QString());
        // The app imports on a sibling of the window's workspace; meanwhile
        // the window chose Brazil.
        auto sibling = t.observatory->openSibling();
        QVERIFY(sibling);
        QCOMPARE(currentProject(*sibling.value()), t.argentinaId);
        QVERIFY(WorkspaceProjects(*t.observatory).switchTo(t.brazilId));

        QStringList files;
        for (const QString &name : QDir(t.usb.path()).entryList({QStringLiteral("*.vigiabundle")}))
            files.append(QDir(t.usb.path()).filePath(name));
        int finished = 0;
        RoutedImporter::Hooks hooks;
        hooks.finished = [&](int, const RoutedImporter::FileResult &) { ++finished; };
        RoutedImporter importer(*sibling.value());
        const auto results = importer.importFiles(files, hooks);
        QCOMPARE(results.size(), 3);
        QCOMPARE(finished, 3);
        QCOMPARE(importer.tallies().size(), 2);
        QCOMPARE(currentProject(*sibling.value()), t.argentinaId);
        sibling.value().reset();

        QCOMPARE(answers(*t.observatory), QStringList{QStringLiteral("from Brazil")});
        QVERIFY2(t.observatory.reopen(t.clock.fn()), qPrintable(t.observatory.error()));
        QCOMPARE(currentProject(*t.observatory), t.brazilId);
    }
};

QTEST_GUILESS_MAIN(TestRoutedImporter)
#include "tst_routedimporter.moc"
