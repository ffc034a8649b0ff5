// The USB-only flow through the real vigiactl binary: every project, devices,
// bundle and receipt command, their --json output and exit codes.

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

        r = coordinator.run(
            {QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("approve"), req});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(object(r).value(QStringLiteral("approved_fingerprint")).toString(), aliceFp);
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

        r = coordinator.run(
            {QStringLiteral("receipt"), QStringLiteral("export"), QStringLiteral("--out"), rec});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = alice.run(
            {QStringLiteral("--json"), QStringLiteral("receipt"), QStringLiteral("import"), rec});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(object(r).value(QStringLiteral("pending")).toInt(), 0);
        QVERIFY(object(r).value(QStringLiteral("acknowledged")).toInt() > 0);

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
