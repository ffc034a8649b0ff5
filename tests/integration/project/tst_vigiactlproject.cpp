// The USB-only flow through the real vigiactl binary: every project, devices,
// bundle and receipt command, their --json output and exit codes.

#include "VigiactlRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using vigia::test::CliRun;
using vigia::test::VigiactlRunner;

namespace {
QJsonObject object(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QJsonArray array(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).array();
}
} // namespace

class TestVigiactlProject : public QObject
{
    Q_OBJECT

private slots:
    void approveAsksOnATerminal()
    {
        // On a terminal, approve shows the fingerprint and waits for "yes";
        // any other answer approves nothing. `script` gives vigiactl a
        // pseudo-terminal, as a person's shell would.
        QTemporaryDir root;
        const QDir dir(root.path());
        const VigiactlRunner coordinator(dir.filePath(QStringLiteral("coordinator")));
        const VigiactlRunner alice(dir.filePath(QStringLiteral("alice")));
        const QString inv = dir.filePath(QStringLiteral("invitation.vigia"));
        const QString req = dir.filePath(QStringLiteral("alice.request"));
        for (const QStringList &args :
             {QStringList{QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Coord"),
                          QStringLiteral("--role"), QStringLiteral("coordinator")},
              QStringList{QStringLiteral("project"), QStringLiteral("create"),
                          QStringLiteral("--name"), QStringLiteral("Frontera"),
                          QStringLiteral("--country"), QStringLiteral("BR")},
              QStringList{QStringLiteral("project"), QStringLiteral("invite"),
                          QStringLiteral("--out"), inv}}) {
            const CliRun r = coordinator.run(args);
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        for (const QStringList &args :
             {QStringList{QStringLiteral("init"), QStringLiteral("--name"),
                          QStringLiteral("Alice")},
              QStringList{QStringLiteral("project"), QStringLiteral("join"), inv},
              QStringList{QStringLiteral("project"), QStringLiteral("request"),
                          QStringLiteral("--out"), req}}) {
            const CliRun r = alice.run(args);
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        const auto onTerminal = [&](const QByteArray &typed) {
            QStringList words{VigiactlRunner::program(), QStringLiteral("--workspace"),
                              coordinator.workspace(),   QStringLiteral("project"),
                              QStringLiteral("approve"), req};
            for (QString &w : words)
                w = QLatin1Char('\'') + w + QLatin1Char('\'');
            QProcess p;
            p.setProcessEnvironment(VigiactlRunner::baseEnvironment());
            p.start(QStringLiteral("script"), {QStringLiteral("-qec"), words.join(QLatin1Char(' ')),
                                               QStringLiteral("/dev/null")});
            p.waitForStarted();
            p.write(typed);
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), p.readAllStandardOutput()};
        };
        const auto devices = [&] {
            return array(coordinator.run({QStringLiteral("--json"), QStringLiteral("devices"),
                                          QStringLiteral("list")}))
                .size();
        };
        const auto [noCode, noOut] = onTerminal("no\n");
        QCOMPARE(noCode, 1);
        QVERIFY2(noOut.contains("Does the fingerprint match"), noOut.constData());
        QCOMPARE(devices(), 1);
        const auto [yesCode, yesOut] = onTerminal("yes\n");
        QVERIFY2(yesCode == 0, yesOut.constData());
        QCOMPARE(devices(), 2);
    }

    void quarantineListAndDrop()
    {
        // The observatory still holds the manifest from before Bob joined,
        // so Bob's bundle waits in its quarantine; it can be listed and
        // deleted from the command line.
        QTemporaryDir root;
        const QDir dir(root.path());
        const VigiactlRunner owner(dir.filePath(QStringLiteral("owner")));
        const VigiactlRunner observatory(dir.filePath(QStringLiteral("observatory")));
        const VigiactlRunner bob(dir.filePath(QStringLiteral("bob")));
        const auto f = [&](const char *name) { return dir.filePath(QLatin1String(name)); };
        const auto ok = [](const CliRun &r) { return r.exitCode == 0; };
        const auto s = [](const char *t) { return QString::fromLatin1(t); };
        const auto fingerprintOf = [&](const VigiactlRunner &who) {
            return object(who.run({s("--json"), s("identity"), s("show")}))
                .value(s("fingerprint"))
                .toString();
        };
        QVERIFY(ok(owner.run({s("init"), s("--name"), s("Owner"), s("--role"), s("coordinator")})));
        QVERIFY(ok(
            owner.run({s("project"), s("create"), s("--name"), s("P"), s("--country"), s("BR")})));
        QVERIFY(ok(owner.run({s("project"), s("invite"), s("--out"), f("inv")})));
        QVERIFY(
            ok(observatory.run({s("init"), s("--name"), s("Obs"), s("--role"), s("coordinator")})));
        QVERIFY(ok(observatory.run({s("project"), s("join"), f("inv")})));
        QVERIFY(ok(observatory.run({s("project"), s("request"), s("--out"), f("obs.req")})));
        QVERIFY(ok(owner.run({s("project"), s("approve"), f("obs.req"), s("--role"),
                              s("coordinator"), s("--fingerprint"), fingerprintOf(observatory)})));
        QVERIFY(ok(owner.run({s("project"), s("manifest"), s("export"), s("--out"), f("m2")})));
        QVERIFY(ok(observatory.run({s("project"), s("manifest"), s("import"), f("m2")})));
        QVERIFY(ok(bob.run({s("init"), s("--name"), s("Bob")})));
        QVERIFY(ok(bob.run({s("project"), s("join"), f("inv")})));
        QVERIFY(ok(bob.run({s("project"), s("request"), s("--out"), f("bob.req")})));
        QVERIFY(ok(owner.run(
            {s("project"), s("approve"), f("bob.req"), s("--fingerprint"), fingerprintOf(bob)})));
        QVERIFY(ok(owner.run({s("project"), s("manifest"), s("export"), s("--out"), f("m3")})));
        QVERIFY(ok(bob.run({s("project"), s("manifest"), s("import"), f("m3")})));
        QVERIFY(ok(bob.importForm(VigiactlRunner::textForm(s("incident"), {s("summary")}))));
        QVERIFY(ok(bob.run({s("record"), s("new"), s("--form"), s("incident"), s("--set"),
                            s("summary=road closed"), s("--finalize")})));
        QVERIFY(ok(bob.run({s("bundle"), s("export"), s("--out"), f("stick")})));
        CliRun r = observatory.run({s("--json"), s("bundle"), s("import"), f("stick")});
        QVERIFY2(ok(r), r.describe().constData());

        r = observatory.run({s("--json"), s("bundle"), s("quarantine"), s("list")});
        QVERIFY2(ok(r), r.describe().constData());
        QCOMPARE(array(r).size(), 1);
        const QString id = array(r).first().toObject().value(s("id")).toString();
        QCOMPARE(id.size(), 64);
        r = observatory.run({s("bundle"), s("quarantine"), s("drop"), s("zz")});
        QCOMPARE(r.exitCode, 2);
        r = observatory.run({s("bundle"), s("quarantine"), s("drop"), s("00000000")});
        QCOMPARE(r.exitCode, id.startsWith(s("00000000")) ? 0 : 4);
        r = observatory.run({s("bundle"), s("quarantine"), s("drop"), id.left(8)});
        QVERIFY2(ok(r), r.describe().constData());
        r = observatory.run({s("bundle"), s("quarantine"), s("list")});
        QVERIFY2(ok(r), r.describe().constData());
        QVERIFY2(r.out.contains("empty"), r.out.constData());
        QCOMPARE(QDir(observatory.workspace() + s("/quarantine")).entryList(QDir::Files).size(), 0);
    }

    void usbOnlyProject()
    {
        QTemporaryDir root;
        const QDir dir(root.path());
        const VigiactlRunner coordinator(dir.filePath(QStringLiteral("coordinator")));
        const VigiactlRunner alice(dir.filePath(QStringLiteral("alice")));
        const QString usb = dir.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(usb));
        const QString inv = usb + QStringLiteral("/invitation.vigia");
        const QString req = usb + QStringLiteral("/alice.request");
        const QString man = usb + QStringLiteral("/manifest.vigia");
        const QString rec = usb + QStringLiteral("/receipt.vigia");

        CliRun r = coordinator.run({QStringLiteral("init"), QStringLiteral("--name"),
                                    QStringLiteral("Coord"), QStringLiteral("--role"),
                                    QStringLiteral("coordinator")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = alice.run({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Alice")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());

        r = coordinator.run({QStringLiteral("--json"), QStringLiteral("project"),
                             QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("Frontera"), QStringLiteral("--country"),
                             QStringLiteral("BR")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QString projectFp =
            object(r).value(QStringLiteral("project_key_fingerprint")).toString();
        QVERIFY(!projectFp.isEmpty());
        r = coordinator.run(
            {QStringLiteral("project"), QStringLiteral("invite"), QStringLiteral("--out"), inv});
        QVERIFY2(r.exitCode == 0, r.describe().constData());

        r = alice.run(
            {QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("join"), inv});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(object(r).value(QStringLiteral("project_key_fingerprint")).toString(), projectFp);
        // Exporting before approval: no manifest yet, a clear refusal.
        r = alice.run(
            {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), usb});
        QCOMPARE(r.exitCode, 1);
        r = alice.run(
            {QStringLiteral("project"), QStringLiteral("request"), QStringLiteral("--out"), req});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QString aliceFp =
            object(alice.run({QStringLiteral("--json"), QStringLiteral("identity"),
                              QStringLiteral("show")}))
                .value(QStringLiteral("fingerprint"))
                .toString();

        // Nothing is approved before the fingerprint is confirmed: not
        // without it (no terminal to ask), not with a wrong one.
        const auto deviceCount = [&] {
            return array(coordinator.run({QStringLiteral("--json"), QStringLiteral("devices"),
                                          QStringLiteral("list")}))
                .size();
        };
        QCOMPARE(deviceCount(), 1);
        r = coordinator.run({QStringLiteral("project"), QStringLiteral("approve"), req});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--fingerprint"), r.describe().constData());
        QVERIFY2(r.err.contains(aliceFp.toUtf8()), r.describe().constData());
        QString wrongFp = aliceFp;
        wrongFp[0] = wrongFp[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        r = coordinator.run({QStringLiteral("project"), QStringLiteral("approve"), req,
                             QStringLiteral("--fingerprint"), wrongFp});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(deviceCount(), 1);

        // Dashes and case do not matter; the role is the approver's
        // (researcher unless --role coordinator).
        const QString typed = aliceFp.toUpper().replace(QLatin1Char(' '), QLatin1Char('-'));
        r = coordinator.run({QStringLiteral("--json"), QStringLiteral("project"),
                             QStringLiteral("approve"), req, QStringLiteral("--fingerprint"),
                             typed});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(object(r).value(QStringLiteral("approved_fingerprint")).toString(), aliceFp);
        QCOMPARE(object(r).value(QStringLiteral("approved_role")).toString(),
                 QStringLiteral("researcher"));
        QCOMPARE(deviceCount(), 2);
        r = coordinator.run({QStringLiteral("project"), QStringLiteral("manifest"),
                             QStringLiteral("export"), QStringLiteral("--out"), man});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = alice.run(
            {QStringLiteral("project"), QStringLiteral("manifest"), QStringLiteral("import"), man});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        // The same version again is refused with exit code 3.
        r = alice.run(
            {QStringLiteral("project"), QStringLiteral("manifest"), QStringLiteral("import"), man});
        QCOMPARE(r.exitCode, 3);

        r = alice.run(
            {QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(array(r).size(), 2);

        r = alice.importForm(
            VigiactlRunner::textForm(QStringLiteral("incident"), {QStringLiteral("summary")}));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = alice.run({QStringLiteral("record"), QStringLiteral("new"), QStringLiteral("--form"),
                       QStringLiteral("incident"), QStringLiteral("--set"),
                       QStringLiteral("summary=road closed"), QStringLiteral("--finalize")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = alice.run({QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("export"),
                       QStringLiteral("--out"), usb});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QString bundle = object(r).value(QStringLiteral("file")).toString();
        QVERIFY(QFile::exists(bundle));

        // inspect needs no workspace at all.
        r = VigiactlRunner().run({QStringLiteral("--json"), QStringLiteral("bundle"),
                                  QStringLiteral("inspect"), bundle});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(object(r).value(QStringLiteral("ops")).toInt() > 0);

        r = coordinator.run({QStringLiteral("bundle"), QStringLiteral("verify"), bundle});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = coordinator.run(
            {QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("import"), usb});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(array(r).first().toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("applied"));
        r = coordinator.run(
            {QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("import"), bundle});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(array(r).first().toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("already-applied"));

        // The coordinator sees when Alice's last bundle came, and Alice that
        // her bundle waits for the coordinator's receipt (DeviceOverview).
        const auto deviceNamed = [](const CliRun &run, const QString &name) {
            for (const QJsonValue &v : array(run))
                if (v.toObject().value(QStringLiteral("name")).toString() == name)
                    return v.toObject();
            return QJsonObject();
        };
        r = coordinator.run(
            {QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject seenAlice = deviceNamed(r, QStringLiteral("Alice"));
        QVERIFY2(seenAlice.value(QStringLiteral("last_bundle_at")).isString(),
                 r.describe().constData());
        QVERIFY(seenAlice.value(QStringLiteral("clock_skew_ms")).isDouble());
        QCOMPARE(seenAlice.value(QStringLiteral("clock_ahead")).toBool(), false);
        r = alice.run(
            {QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(deviceNamed(r, QStringLiteral("Coord"))
                     .value(QStringLiteral("unacknowledged_bundles"))
                     .toInt(),
                 1);
        r = coordinator.run({QStringLiteral("devices"), QStringLiteral("list")});
        QVERIFY2(r.outText().contains(QStringLiteral("last bundle")), r.describe().constData());

        r = coordinator.run(
            {QStringLiteral("receipt"), QStringLiteral("export"), QStringLiteral("--out"), rec});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = alice.run(
            {QStringLiteral("--json"), QStringLiteral("receipt"), QStringLiteral("import"), rec});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(object(r).value(QStringLiteral("pending")).toInt(), 0);
        QVERIFY(object(r).value(QStringLiteral("acknowledged")).toInt() > 0);
        r = alice.run(
            {QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list")});
        QCOMPARE(deviceNamed(r, QStringLiteral("Coord"))
                     .value(QStringLiteral("unacknowledged_bundles"))
                     .toInt(),
                 0);

        // Revoking Alice.
        const QString aliceId =
            object(alice.run({QStringLiteral("--json"), QStringLiteral("identity"),
                              QStringLiteral("show")}))
                .value(QStringLiteral("device_id"))
                .toString();
        r = coordinator.run({QStringLiteral("project"), QStringLiteral("revoke"), aliceId});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = coordinator.run(
            {QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list")});
        QCOMPARE(array(r).last().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("revoked"));
    }
};

QTEST_GUILESS_MAIN(TestVigiactlProject)
#include "tst_vigiactlproject.moc"
