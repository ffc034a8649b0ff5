// Several projects in one workspace through the real vigiactl: a regional
// observatory creates two projects and joins a third from another
// coordinator's invitation; --project chooses, project list shows them all,
// an unknown --project names the known ones, and a bundle of the third
// project goes to its store whichever project was open.

#include "VigiactlRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using vigia::test::CliRun;
using vigia::test::VigiactlRunner;

namespace {
QString s(const char *t)
{
    return QString::fromUtf8(t);
}

QJsonObject object(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QStringList ids(const CliRun &r)
{
    QStringList out;
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    for (const QJsonValue &v : rows)
        out.append(v.toObject().value(s("id")).toString());
    return out;
}

QString onlyFile(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({s("*.vigiabundle")}, QDir::Files);
    return files.size() == 1 ? QDir(dir).filePath(files.first()) : QString();
}
} // namespace

class TestVigiactlProjects : public QObject
{
    Q_OBJECT

private slots:
    void severalProjectsInOneWorkspace()
    {
        QTemporaryDir root;
        const QDir dir(root.path());
        const auto f = [&](const char *name) { return dir.filePath(QLatin1String(name)); };
        const VigiactlRunner obs(f("obs"));
        const VigiactlRunner owner(f("owner"));
        const auto ok = [](const CliRun &r) { return r.exitCode == 0; };
        CliRun r = obs.run({s("init"), s("--name"), s("Obs"), s("--role"), s("coordinator")});
        QVERIFY2(ok(r), r.describe().constData());
        for (const char *name : {"Alpha", "Beta"}) {
            r = obs.run({s("project"), s("create"), s("--name"), QLatin1String(name),
                         s("--country"), s("BR")});
            QVERIFY2(ok(r), r.describe().constData());
        }

        // project list: both, the last created current.
        r = obs.run({s("--json"), s("project"), s("list")});
        QVERIFY2(ok(r), r.describe().constData());
        QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(s("name")).toString(), s("Alpha"));
        QCOMPARE(list.at(1).toObject().value(s("name")).toString(), s("Beta"));
        QVERIFY(!list.at(0).toObject().value(s("current")).toBool());
        QVERIFY(list.at(1).toObject().value(s("current")).toBool());
        QCOMPARE(list.at(1).toObject().value(s("role")).toString(), s("coordinator"));
        const QString alphaId = list.at(0).toObject().value(s("project_id")).toString();

        // --project chooses (by name here, by the start of the id below),
        // and the choice is the default afterwards.
        r = obs.run({s("--json"), s("--project"), s("Alpha"), s("record"), s("new"), s("--form"),
                     s("indicator_report")});
        QVERIFY2(ok(r), r.describe().constData());
        const QString inAlpha = object(r).value(s("id")).toString();
        QVERIFY(!inAlpha.isEmpty());
        QCOMPARE(ids(obs.run({s("--json"), s("record"), s("list")})), QStringList{inAlpha});
        QCOMPARE(ids(obs.run({s("--json"), s("--project"), s("Beta"), s("record"), s("list")})),
                 QStringList());
        QCOMPARE(
            ids(obs.run({s("--json"), s("--project"), alphaId.left(8), s("record"), s("list")})),
            QStringList{inAlpha});
        r = obs.run({s("project"), s("list")});
        QVERIFY(r.outText().contains(s("* ") + alphaId));

        // An unknown project: an error that lists the known ones.
        r = obs.run({s("--project"), s("Gamma"), s("record"), s("list")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.errText().contains(s("Alpha")) && r.errText().contains(s("Beta")),
                 r.describe().constData());

        // A third project, joined from another coordinator's invitation.
        QVERIFY(ok(owner.run({s("init"), s("--name"), s("Owner"), s("--role"), s("coordinator")})));
        QVERIFY(ok(owner.run(
            {s("project"), s("create"), s("--name"), s("Gamma"), s("--country"), s("AR")})));
        QVERIFY(ok(owner.run({s("project"), s("invite"), s("--out"), f("inv")})));
        r = obs.run({s("project"), s("join"), f("inv")});
        QVERIFY2(ok(r), r.describe().constData());
        r = obs.run({s("project"), s("join"), f("inv")}); // the same invitation: nothing new
        QCOMPARE(obs.run({s("--json"), s("project"), s("list")}).out.count("project_id"), 3);
        QVERIFY(ok(obs.run({s("project"), s("request"), s("--out"), f("obs.req")})));
        const QString fingerprint = object(obs.run({s("--json"), s("identity"), s("show")}))
                                        .value(s("fingerprint"))
                                        .toString();
        QVERIFY(ok(owner.run({s("project"), s("approve"), f("obs.req"), s("--role"),
                              s("coordinator"), s("--fingerprint"), fingerprint})));
        QVERIFY(ok(owner.run({s("project"), s("manifest"), s("export"), s("--out"), f("m")})));
        r = obs.run({s("--project"), s("Gamma"), s("project"), s("manifest"), s("import"), f("m")});
        QVERIFY2(ok(r), r.describe().constData());

        // Gamma is current now: the form goes there.
        for (const VigiactlRunner *who : {&owner, &obs})
            QVERIFY(ok(who->importForm(VigiactlRunner::textForm(s("incident"), {s("summary")}))));
        r = owner.run({s("--json"), s("record"), s("new"), s("--form"), s("incident"), s("--set"),
                       s("summary=road closed"), s("--finalize")});
        QVERIFY2(ok(r), r.describe().constData());
        const QString inGamma = object(r).value(s("id")).toString();
        QVERIFY(ok(owner.run({s("bundle"), s("export"), s("--out"), f("stick")})));
        const QString bundle = onlyFile(f("stick"));
        QVERIFY(!bundle.isEmpty());

        // Chosen explicitly, Alpha refuses Gamma's bundle by name.
        r = obs.run({s("--project"), s("Alpha"), s("bundle"), s("import"), bundle});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.errText().contains(s("Gamma")) && r.errText().contains(s("--project")),
                 r.describe().constData());
        // Without --project it goes to Gamma's store, though Alpha is open.
        r = obs.run({s("bundle"), s("import"), bundle});
        QVERIFY2(ok(r), r.describe().constData());
        QVERIFY2(r.outText().contains(s("Gamma")), r.describe().constData());
        QCOMPARE(ids(obs.run({s("--json"), s("--project"), s("Gamma"), s("record"), s("list")})),
                 QStringList{inGamma});
        QCOMPARE(ids(obs.run({s("--json"), s("--project"), s("Alpha"), s("record"), s("list")})),
                 QStringList{inAlpha});
    }
};

QTEST_GUILESS_MAIN(TestVigiactlProjects)
#include "tst_vigiactlprojects.moc"
