// vigiactl inbox list, conflicts list | resolve and history, through the
// real binary: two coordinators and a researcher over bundle files. A
// researcher's bundle is applied, then imported again, then a damaged copy
// refused; both coordinators correct the same answer, the conflict is
// listed at the owner, settled with the other coordinator's value, and the
// history shows who wrote what, through which bundle.

#include "VigiactlRunner.h"

#include <QDir>
#include <QFile>
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

QJsonArray array(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).array();
}

QJsonObject object(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QString onlyFile(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({s("*.vigiabundle")}, QDir::Files);
    return files.size() == 1 ? QDir(dir).filePath(files.first()) : QString();
}
} // namespace

class TestVigiactlCoordinator : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheCommands()
    {
        const CliRun help = VigiactlRunner().run({s("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"inbox list", "conflicts list", "conflicts resolve", "history"})
            QVERIFY2(help.outText().contains(QLatin1String(command)), command);
    }

    void inboxConflictsAndHistory()
    {
        QTemporaryDir root;
        const QDir dir(root.path());
        const VigiactlRunner owner(dir.filePath(s("owner")));
        const VigiactlRunner obs(dir.filePath(s("obs")));
        const VigiactlRunner bob(dir.filePath(s("bob")));
        const auto f = [&](const char *name) { return dir.filePath(QLatin1String(name)); };
        const auto ok = [](const CliRun &r) { return r.exitCode == 0; };
        const auto fingerprintOf = [&](const VigiactlRunner &who) {
            return object(who.run({s("--json"), s("identity"), s("show")}))
                .value(s("fingerprint"))
                .toString();
        };
        QVERIFY(ok(owner.run({s("init"), s("--name"), s("Owner"), s("--role"), s("coordinator")})));
        QVERIFY(ok(
            owner.run({s("project"), s("create"), s("--name"), s("P"), s("--country"), s("BR")})));
        QVERIFY(ok(owner.run({s("project"), s("invite"), s("--out"), f("inv")})));
        QVERIFY(ok(obs.run({s("init"), s("--name"), s("Obs"), s("--role"), s("coordinator")})));
        QVERIFY(ok(obs.run({s("project"), s("join"), f("inv")})));
        QVERIFY(ok(obs.run({s("project"), s("request"), s("--out"), f("obs.req")})));
        QVERIFY(ok(owner.run({s("project"), s("approve"), f("obs.req"), s("--role"),
                              s("coordinator"), s("--fingerprint"), fingerprintOf(obs)})));
        QVERIFY(ok(bob.run({s("init"), s("--name"), s("Bob")})));
        QVERIFY(ok(bob.run({s("project"), s("join"), f("inv")})));
        QVERIFY(ok(bob.run({s("project"), s("request"), s("--out"), f("bob.req")})));
        QVERIFY(ok(owner.run(
            {s("project"), s("approve"), f("bob.req"), s("--fingerprint"), fingerprintOf(bob)})));
        QVERIFY(ok(owner.run({s("project"), s("manifest"), s("export"), s("--out"), f("m")})));
        for (const VigiactlRunner *who : {&obs, &bob}) {
            QVERIFY(ok(who->run({s("project"), s("manifest"), s("import"), f("m")})));
        }
        for (const VigiactlRunner *who : {&owner, &obs, &bob})
            QVERIFY(ok(who->importForm(
                VigiactlRunner::textForm(s("incident"), {s("summary"), s("country")}))));

        // Bob's record reaches both coordinators.
        CliRun r =
            bob.run({s("--json"), s("record"), s("new"), s("--form"), s("incident"), s("--set"),
                     s("summary=road closed"), s("--set"), s("country=BR"), s("--finalize")});
        QVERIFY2(ok(r), r.describe().constData());
        const QString id = object(r).value(s("id")).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QVERIFY(ok(bob.run({s("bundle"), s("export"), s("--out"), f("stick1")})));
        const QString bundle = onlyFile(f("stick1"));
        QVERIFY(!bundle.isEmpty());
        for (const VigiactlRunner *who : {&owner, &obs, &owner}) {
            r = who->run({s("bundle"), s("import"), bundle});
            QVERIFY2(ok(r), r.describe().constData());
        }
        QFile file(bundle);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray damaged = file.readAll();
        damaged[damaged.size() - 1] = char(damaged.at(damaged.size() - 1) ^ 0x80);
        QVERIFY(QDir().mkpath(f("bad")));
        QFile bad(f("bad/damaged.vigiabundle"));
        QVERIFY(bad.open(QIODevice::WriteOnly) && bad.write(damaged) == damaged.size());
        bad.close();
        r = owner.run({s("bundle"), s("import"), bad.fileName()});
        QCOMPARE(r.exitCode, 1);

        // inbox list: newest first, one line per reception.
        r = owner.run({s("--json"), s("inbox"), s("list")});
        QVERIFY2(ok(r), r.describe().constData());
        QJsonArray inbox = array(r);
        QCOMPARE(inbox.size(), 3);
        QCOMPARE(inbox.at(0).toObject().value(s("state")).toString(), s("refused"));
        QVERIFY(!inbox.at(0).toObject().value(s("reason")).toString().isEmpty());
        QCOMPARE(inbox.at(0).toObject().value(s("source")).toString(), s("damaged.vigiabundle"));
        QCOMPARE(inbox.at(1).toObject().value(s("state")).toString(), s("already-applied"));
        const QJsonObject applied = inbox.at(2).toObject();
        QCOMPARE(applied.value(s("state")).toString(), s("applied"));
        QCOMPARE(applied.value(s("sender_name")).toString(), s("Bob"));
        QCOMPARE(applied.value(s("fingerprint")).toString(), fingerprintOf(bob));
        QCOMPARE(applied.value(s("records")).toInt(), 1);
        QVERIFY(applied.value(s("ops")).toInt() >= 3);
        r = owner.run({s("--json"), s("inbox"), s("list"), s("--state"), s("applied")});
        QCOMPARE(array(r).size(), 1);
        r = owner.run({s("--json"), s("inbox"), s("list"), s("--device"), s("Obs")});
        QVERIFY2(ok(r), r.describe().constData());
        QCOMPARE(array(r).size(), 0);
        r = owner.run({s("inbox"), s("list"), s("--device"), s("bob")});
        QVERIFY2(ok(r), r.describe().constData());
        QVERIFY2(r.outText().contains(s("Bob (")), r.out.constData());
        QVERIFY2(r.outText().contains(s("refused")), r.out.constData());
        r = owner.run({s("inbox"), s("list"), s("--state"), s("lost")});
        QCOMPARE(r.exitCode, 2);
        // --country: the bundles that changed a record of that country.
        r = owner.run({s("--json"), s("inbox"), s("list"), s("--country"), s("br"), s("--state"),
                       s("applied")});
        QVERIFY2(ok(r), r.describe().constData());
        QCOMPARE(array(r).size(), 1);
        r = owner.run({s("--json"), s("inbox"), s("list"), s("--country"), s("GT")});
        QVERIFY2(ok(r), r.describe().constData());
        QCOMPARE(array(r).size(), 0);

        // Both coordinators correct the same answer at the same time (both
        // start before either finalizes); the owner gets Obs's.
        for (const auto &[who, text] :
             {std::pair{&owner, "road closed at dawn"}, std::pair{&obs, "road closed at night"}}) {
            QVERIFY(ok(who->run({s("record"), s("reopen"), id})));
            QVERIFY(ok(who->run({s("record"), s("set"), id, s("summary=") + s(text)})));
        }
        for (const VigiactlRunner *who : {&owner, &obs})
            QVERIFY(ok(who->run({s("record"), s("finalize"), id})));
        QVERIFY(ok(obs.run({s("bundle"), s("export"), s("--out"), f("stick2")})));
        r = owner.run({s("bundle"), s("import"), f("stick2")});
        QVERIFY2(ok(r), r.describe().constData());

        r = owner.run({s("--json"), s("conflicts"), s("list")});
        QVERIFY2(ok(r), r.describe().constData());
        QCOMPARE(array(r).size(), 1);
        const QJsonObject conflict = array(r).first().toObject();
        QCOMPARE(conflict.value(s("id")).toString(), id);
        QCOMPARE(conflict.value(s("field")).toString(), s("summary"));
        QStringList values;
        for (const QJsonValue &v : conflict.value(s("values")).toArray())
            values << v.toObject().value(s("value")).toString();
        values.sort();
        QCOMPARE(values, (QStringList{s("road closed at dawn"), s("road closed at night")}));
        r = owner.run({s("conflicts"), s("list")});
        QVERIFY2(r.outText().contains(s("Obs (")), r.out.constData());
        r = owner.run({s("--json"), s("conflicts"), s("list"), s("--country"), s("BR")});
        QVERIFY2(ok(r), r.describe().constData());
        QCOMPARE(array(r).size(), 1);
        r = owner.run({s("--json"), s("conflicts"), s("list"), s("--country"), s("GT")});
        QVERIFY2(ok(r), r.describe().constData());
        QCOMPARE(array(r).size(), 0);

        r = owner.run({s("conflicts"), s("resolve"), id, s("summary")});
        QCOMPARE(r.exitCode, 2);
        r = owner.run({s("conflicts"), s("resolve"), id, s("summary"), s("--take"), s("nobody")});
        QCOMPARE(r.exitCode, 4);
        r = owner.run({s("conflicts"), s("resolve"), id, s("summary"), s("--take"), s("Obs")});
        QVERIFY2(ok(r), r.describe().constData());
        r = owner.run({s("--json"), s("conflicts"), s("list")});
        QCOMPARE(array(r).size(), 0);
        r = owner.run({s("--json"), s("record"), s("show"), id});
        QCOMPARE(object(r).value(s("values")).toObject().value(s("summary")).toString(),
                 s("road closed at night"));
        r = owner.run({s("conflicts"), s("resolve"), id, s("summary"), s("--value"), s("x")});
        QCOMPARE(r.exitCode, 4);

        // history: Bob's value through his bundle, Obs's through its own,
        // the owner's two writes here, the last one resolving the conflict.
        r = owner.run({s("--json"), s("history"), id, s("summary")});
        QVERIFY2(ok(r), r.describe().constData());
        const QJsonObject history = object(r);
        const QJsonArray changes = history.value(s("changes")).toArray();
        QVERIFY(changes.size() >= 4);
        const QString bobBundle = applied.value(s("bundle_id")).toString();
        QCOMPARE(changes.first().toObject().value(s("bundle")).toString(), bobBundle);
        QVERIFY(
            changes.first().toObject().value(s("device_label")).toString().startsWith(s("Bob")));
        const QJsonObject last = changes.last().toObject();
        QVERIFY(last.value(s("written_here")).toBool());
        QVERIFY(last.value(s("resolution")).toBool());
        QCOMPARE(last.value(s("value")).toString(), s("road closed at night"));
        int conflicting = 0;
        for (const QJsonValue &c : changes)
            conflicting += c.toObject().value(s("conflicting")).toBool() &&
                           !c.toObject().value(s("draft")).toBool();
        QCOMPARE(conflicting, 2);
        for (const QJsonValue &d : history.value(s("devices")).toArray()) {
            QVERIFY(d.toObject().value(s("chain_intact")).toBool());
            QVERIFY(!d.toObject().value(s("clock_ahead")).toBool());
        }
        r = owner.run({s("history"), id});
        QVERIFY2(ok(r), r.describe().constData());
        QVERIFY2(r.outText().contains(s("written here")), r.out.constData());
        QVERIFY2(r.outText().contains(s("chain intact")), r.out.constData());
        r = owner.run({s("history"), s("not-an-id")});
        QCOMPARE(r.exitCode, 2);
        r = owner.run({s("history"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
        QCOMPARE(r.exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TestVigiactlCoordinator)
#include "tst_vigiactlcoordinator.moc"
