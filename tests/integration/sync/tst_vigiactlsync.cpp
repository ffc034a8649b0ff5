// The hub flow through the real vigiactl binary, as a coordinator and a
// researcher type it: register the project with the administrator's token,
// make an invitation code, join with it, approve the waiting request, sync
// both ways until the receipt comes back; and the failures people meet: a
// wrong code, a hub that cannot be reached (exit 1 with the reason, quickly).
#include "HubFixture.h"
#include "VigiactlRunner.h"

#include <QDir>
#include <QElapsedTimer>
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

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out.append(QString::fromUtf8(w));
    return out;
}
} // namespace

class TestVigiactlSync : public QObject
{
    Q_OBJECT

private slots:
    void aResearcherJoinsByCodeAndSyncs()
    {
        vigia::HubConfig config;
        config.requestsPerDevicePerMinute = 0;
        vigia::test::HubFixture hub(config);
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        const QString url = hub.url(QString()).toString();
        QTemporaryDir root;
        const QDir dir(root.path());
        const VigiactlRunner coordinator(dir.filePath(QStringLiteral("coordinator")));
        const VigiactlRunner alice(dir.filePath(QStringLiteral("alice")));
        const auto ok = [](const VigiactlRunner &who, const QStringList &args) {
            const CliRun r = who.run(args);
            if (r.exitCode != 0)
                qWarning() << args << r.describe();
            return r;
        };

        QCOMPARE(
            ok(coordinator, words({"init", "--name", "Coord", "--role", "coordinator"})).exitCode,
            0);
        QCOMPARE(ok(coordinator,
                    words({"project", "create", "--name", "Frontera", "--country", "BR", "--hub"}) +
                        QStringList{url})
                     .exitCode,
                 0);
        const QString token = QString::fromLatin1(hub.projectToken());
        QCOMPARE(ok(coordinator, words({"project", "register", "--token"}) + QStringList{token})
                     .exitCode,
                 0);
        // The token is spent.
        QCOMPARE(coordinator.run(words({"project", "register", "--token"}) + QStringList{token})
                     .exitCode,
                 1);
        const CliRun code = ok(coordinator, words({"project", "invite-code", "--json"}));
        const QString codeText = object(code).value(QStringLiteral("code")).toString();
        QCOMPARE(QString(codeText).remove(QLatin1Char('-')).size(), 21);

        QCOMPARE(ok(alice, words({"init", "--name", "Alice"})).exitCode, 0);
        const CliRun wrong = alice.run(words({"project", "join", "--hub"}) +
                                       QStringList{url, QStringLiteral("--code"),
                                                   QStringLiteral("0000-0000-0000-0000-00000")});
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(!wrong.errText().isEmpty(), wrong.describe().constData());
        const CliRun joined = ok(alice, words({"project", "join", "--json", "--hub"}) +
                                            QStringList{url, QStringLiteral("--code"), codeText});
        QCOMPARE(joined.exitCode, 0);
        const QString aliceFingerprint =
            object(joined).value(QStringLiteral("device_fingerprint")).toString();
        QVERIFY(!aliceFingerprint.isEmpty());
        // Not approved yet: the sync says so (exit 4: this device is not
        // found in the project yet) without hanging.
        const CliRun early = alice.run(words({"sync"}));
        QCOMPARE(early.exitCode, 4);
        QVERIFY2(early.errText().contains(QStringLiteral("approve")), early.describe().constData());

        const CliRun listed = ok(coordinator, words({"project", "requests", "list", "--json"}));
        const QJsonArray requests = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().toObject().value(QStringLiteral("fingerprint")).toString(),
                 aliceFingerprint);
        const QString device =
            requests.first().toObject().value(QStringLiteral("device")).toString();
        QCOMPARE(ok(coordinator, words({"project", "requests", "approve"}) + QStringList{device})
                     .exitCode,
                 0);

        QCOMPARE(
            alice.importForm(VigiactlRunner::textForm(QStringLiteral("f"), {QStringLiteral("a")}))
                .exitCode,
            0);
        const CliRun created =
            ok(alice, words({"record", "new", "--form", "f", "--set", "a=seen at the bridge"}));
        QCOMPARE(ok(alice, words({"record", "finalize"}) + QStringList{created.outLine()}).exitCode,
                 0);
        const CliRun sent = ok(alice, words({"sync", "--json"}));
        QCOMPARE(sent.exitCode, 0);
        QVERIFY(object(sent).value(QStringLiteral("manifest_updated")).toBool());
        QCOMPARE(object(sent).value(QStringLiteral("bundles_sent")).toInt(), 1);

        const CliRun received = ok(coordinator, words({"sync", "--json"}));
        QCOMPARE(object(received).value(QStringLiteral("bundles_received")).toInt(), 1);
        QCOMPARE(object(received).value(QStringLiteral("receipts_sent")).toInt(), 1);
        const CliRun back = ok(alice, words({"sync"}));
        QCOMPARE(back.exitCode, 0);
        QVERIFY2(back.outText().contains(QStringLiteral("confirmed")), back.describe().constData());
    }

    void anUnreachableHubFailsQuicklyWithTheReason()
    {
        QTemporaryDir root;
        const VigiactlRunner coordinator(QDir(root.path()).filePath(QStringLiteral("c")));
        QCOMPARE(coordinator.run(words({"init", "--name", "C", "--role", "coordinator"})).exitCode,
                 0);
        QCOMPARE(coordinator
                     .run(words({"project", "create", "--name", "P", "--country", "BR", "--hub",
                                 "http://127.0.0.1:1"}))
                     .exitCode,
                 0);
        QElapsedTimer clock;
        clock.start();
        const CliRun r = coordinator.run(words({"sync"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("hub")), r.describe().constData());
        QVERIFY(clock.elapsed() < 20000);
        const CliRun usage = coordinator.run(words({"sync", "--once", "--watch"}));
        QCOMPARE(usage.exitCode, 2);
        const CliRun badHub = coordinator.run(words({"sync", "--hub", "ftp://x"}));
        QCOMPARE(badHub.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestVigiactlSync)
#include "tst_vigiactlsync.moc"
