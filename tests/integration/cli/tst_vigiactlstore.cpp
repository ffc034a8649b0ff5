// vigiactl store rekey: the real binary gives the store a new key, keeps
// every record, and refuses without changing anything when the passphrase is
// wrong or the workspace is open elsewhere.
#include "crypto/DeviceKeys.h"
#include "crypto/KeyStore.h"
#include "crypto/SecretBytes.h"
#include "store/StoreRekey.h"
#include "store/Workspace.h"
#include "VigiactlRunner.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using vigia::test::CliRun;
using vigia::test::VigiactlRunner;

namespace {
QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            files.insert(QFileInfo(f).fileName(), f.readAll());
    }
    return files;
}

std::shared_ptr<const SecretBytes> savedKey(const QString &dir)
{
    auto keys = KeyStore::unlock(Workspace::keystorePath(dir), VigiactlRunner::kPassphrase);
    return keys ? keys.value().storeKey : nullptr;
}
} // namespace

class tst_VigiactlStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(VigiactlRunner::program()));
        QVERIFY(m_tmp.isValid());
    }

    void rekeyKeepsEveryRecordAndRetiresTheOldKey()
    {
        const VigiactlRunner cli = filled(QStringLiteral("rekey"));
        const CliRun hashBefore = cli.run(args({"state-hash"}));
        QCOMPARE(hashBefore.exitCode, 0);
        const auto oldKey = savedKey(cli.workspace());
        QVERIFY(oldKey);

        const CliRun r = cli.run(args({"store", "rekey"}));
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.outText().contains(QLatin1String("Changed the key of the store")), r.describe());
        QVERIFY(!r.out.contains(VigiactlRunner::kPassphrase));

        const CliRun hashAfter = cli.run(args({"state-hash"}));
        QCOMPARE(hashAfter.exitCode, 0);
        QCOMPARE(hashAfter.out, hashBefore.out);
        const CliRun listed = cli.run(args({"--json", "record", "list"}));
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 3);
        const auto newKey = savedKey(cli.workspace());
        QVERIFY(newKey && newKey->rawView() != oldKey->rawView());
        QVERIFY(!StoreRekey::opensWith(Workspace::storePath(cli.workspace()), *oldKey));
        QVERIFY(cli.openStore());
    }

    void jsonSaysWhatWasDone()
    {
        const VigiactlRunner cli = filled(QStringLiteral("json"));
        const CliRun r = cli.run(args({"--json", "store", "rekey"}));
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value(QStringLiteral("rekeyed")).toBool(), true);
        QCOMPARE(out.value(QStringLiteral("workspace")).toString(), cli.workspace());
    }

    void wrongPassphraseChangesNothing()
    {
        const VigiactlRunner cli = filled(QStringLiteral("wrong"));
        const auto before = snapshot(cli.workspace());
        QProcessEnvironment env = VigiactlRunner::baseEnvironment();
        env.insert(QStringLiteral("VIGIA_PASSPHRASE"), QStringLiteral("not the passphrase"));
        const CliRun r = cli.run(args({"store", "rekey"}), env);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.errText().startsWith(QLatin1String("vigiactl: ")), r.describe());
        QCOMPARE(snapshot(cli.workspace()), before);
    }

    // The app (here a Workspace in this process) has the workspace open:
    // the command waits for it, then gives up having changed nothing.
    void anOpenWorkspaceIsLeftAlone()
    {
        const VigiactlRunner cli = filled(QStringLiteral("open"));
        auto app = Workspace::open(cli.workspace(), VigiactlRunner::kPassphrase);
        QVERIFY(app);
        const auto before = snapshot(cli.workspace());
        const CliRun r = cli.run(args({"store", "rekey"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QLatin1String("open in another program")), r.describe());
        QCOMPARE(snapshot(cli.workspace()), before);
    }

    void listedInHelp()
    {
        const CliRun help = VigiactlRunner().run(args({"--help"}));
        QVERIFY2(help.outText().contains(QLatin1String("store rekey")), help.describe());
        const CliRun own = VigiactlRunner().run(args({"store", "rekey", "--help"}));
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(own.outText().startsWith(QLatin1String("Usage: vigiactl store rekey")),
                 own.describe());
    }

    void missingWorkspaceIsNotFound()
    {
        const VigiactlRunner nowhere(m_tmp.filePath(QStringLiteral("does/not/exist")));
        QCOMPARE(nowhere.run(args({"store", "rekey"})).exitCode, 4);
    }

private:
    // A workspace with three records of a text form.
    VigiactlRunner filled(const QString &name)
    {
        VigiactlRunner cli(m_tmp.filePath(name));
        const CliRun init = cli.run(args({"init", "--name", "Test device"}));
        if (init.exitCode != 0)
            qWarning() << "init failed:" << init.describe();
        const CliRun imported = cli.importForm(
            VigiactlRunner::textForm(QStringLiteral("notes"), {QStringLiteral("text")}));
        if (imported.exitCode != 0)
            qWarning() << "import failed:" << imported.describe();
        for (const char *text : {"uno", "dos", "tres"}) {
            const CliRun r = cli.run(args({"record", "new", "--form", "notes", "--set"}) +
                                     QStringList{QStringLiteral("text=") + QLatin1String(text)});
            if (r.exitCode != 0)
                qWarning() << "record new failed:" << r.describe();
        }
        return cli;
    }

    QTemporaryDir m_tmp;
};

QTEST_GUILESS_MAIN(tst_VigiactlStore)
#include "tst_vigiactlstore.moc"
