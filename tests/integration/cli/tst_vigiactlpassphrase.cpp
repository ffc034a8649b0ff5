// vigiactl passphrase change, and how vigiactl treats passphrase files.
#include "VigiactlRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using vigia::test::CliRun;
using vigia::test::VigiactlRunner;

namespace {

const QString kNew = QStringLiteral("purple monkey dishwasher lamp");

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

bool isOneErrorLine(const CliRun &r)
{
    const QString err = r.errText();
    return err.startsWith(QLatin1String("vigiactl: ")) && err.endsWith(QLatin1Char('\n')) &&
           err.count(QLatin1Char('\n')) == 1;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArrayLiteral("<missing>");
}

// The environment without any passphrase: each test adds the ones it means.
QProcessEnvironment withoutPassphrases()
{
    QProcessEnvironment env = VigiactlRunner::baseEnvironment();
    env.remove(QStringLiteral("VIGIA_PASSPHRASE"));
    env.remove(QStringLiteral("VIGIA_NEW_PASSPHRASE"));
    return env;
}

QProcessEnvironment withPassphrases(const QString &current, const QString &replacement)
{
    QProcessEnvironment env = withoutPassphrases();
    env.insert(QStringLiteral("VIGIA_PASSPHRASE"), current);
    if (!replacement.isNull())
        env.insert(QStringLiteral("VIGIA_NEW_PASSPHRASE"), replacement);
    return env;
}

} // namespace

class tst_VigiactlPassphrase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changeWithVariables();
    void changeWithFilesAndJson();
    void wrongCurrentPassphraseChangesNothing();
    void refusedNewPassphrasesChangeNothing_data();
    void refusedNewPassphrasesChangeNothing();
    void missingNewPassphrase();
    void sharedPassphraseFileWarns();
    void missingWorkspaceIsNotFound();
    void listedInHelp();

private:
    [[nodiscard]] VigiactlRunner freshWorkspace(const QString &name);
    [[nodiscard]] QString writeFile(const QString &name, const QByteArray &contents,
                                    QFile::Permissions permissions);
    [[nodiscard]] static bool opens(const VigiactlRunner &cli, const QString &passphrase);

    QTemporaryDir m_tmp;
};

VigiactlRunner tst_VigiactlPassphrase::freshWorkspace(const QString &name)
{
    VigiactlRunner cli(m_tmp.filePath(name));
    const CliRun r = cli.run(args({"init", "--name", "Test device"}));
    if (r.exitCode != 0)
        qWarning() << "init failed:" << r.describe();
    return cli;
}

QString tst_VigiactlPassphrase::writeFile(const QString &name, const QByteArray &contents,
                                          QFile::Permissions permissions)
{
    const QString path = m_tmp.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(contents) != contents.size())
        return {};
    f.close();
    return QFile::setPermissions(path, permissions) ? path : QString();
}

bool tst_VigiactlPassphrase::opens(const VigiactlRunner &cli, const QString &passphrase)
{
    return cli.run(args({"identity", "show"}), withPassphrases(passphrase, QString())).exitCode ==
           0;
}

void tst_VigiactlPassphrase::initTestCase()
{
    QVERIFY(QFile::exists(VigiactlRunner::program()));
    QVERIFY(m_tmp.isValid());
}

void tst_VigiactlPassphrase::changeWithVariables()
{
    const VigiactlRunner cli = freshWorkspace(QStringLiteral("variables"));
    const QString old = QString::fromUtf8(VigiactlRunner::kPassphrase);
    const CliRun r = cli.run(args({"passphrase", "change"}), withPassphrases(old, kNew));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.err.isEmpty(), r.describe());
    QVERIFY2(r.outText().contains(QLatin1String("Changed the passphrase")), r.describe());
    QVERIFY(!r.out.contains(VigiactlRunner::kPassphrase) && !r.outText().contains(kNew));

    QVERIFY(!opens(cli, old));
    QVERIFY(opens(cli, kNew));
}

void tst_VigiactlPassphrase::changeWithFilesAndJson()
{
    const VigiactlRunner cli = freshWorkspace(QStringLiteral("files"));
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
    const QString current =
        writeFile(QStringLiteral("current.txt"), VigiactlRunner::kPassphrase + '\n', owner);
    const QString replacement =
        writeFile(QStringLiteral("new.txt"), kNew.toUtf8() + "\nignored\n", owner);
    QVERIFY(!current.isEmpty() && !replacement.isEmpty());
    // The variables lose to the files.
    const CliRun r = cli.run(args({"--json", "--passphrase-file"}) + QStringList{current} +
                                 args({"passphrase", "change", "--new-passphrase-file"}) +
                                 QStringList{replacement},
                             withPassphrases(QStringLiteral("wrong one"),
                                             QStringLiteral("ignored new passphrase words")));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.err.isEmpty(), r.describe()); // private files: no warning
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QStringLiteral("changed")).toBool(), true);
    QCOMPARE(out.value(QStringLiteral("workspace")).toString(), cli.workspace());
    QVERIFY(opens(cli, kNew));
}

void tst_VigiactlPassphrase::wrongCurrentPassphraseChangesNothing()
{
    const VigiactlRunner cli = freshWorkspace(QStringLiteral("wrong"));
    const QString keystore = cli.workspace() + QStringLiteral("/keystore.cbor");
    const QByteArray before = fileBytes(keystore);
    const CliRun r = cli.run(args({"passphrase", "change"}),
                             withPassphrases(QStringLiteral("not the passphrase"), kNew));
    QCOMPARE(r.exitCode, 5); // as a wrong passphrase anywhere else
    QVERIFY2(isOneErrorLine(r), r.describe());
    QCOMPARE(fileBytes(keystore), before);
    QVERIFY(opens(cli, QString::fromUtf8(VigiactlRunner::kPassphrase)));
}

void tst_VigiactlPassphrase::refusedNewPassphrasesChangeNothing_data()
{
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("message");
    // The rule of `init` and the setup wizard, and nothing that changes nothing.
    QTest::newRow("easy to guess")
        << QStringLiteral("password1234") << QStringLiteral("too easy to guess");
    QTest::newRow("too short") << QStringLiteral("short") << QStringLiteral("too short");
    QTest::newRow("the same") << QString::fromUtf8(VigiactlRunner::kPassphrase)
                              << QStringLiteral("same as the current one");
}

void tst_VigiactlPassphrase::refusedNewPassphrasesChangeNothing()
{
    QFETCH(QString, replacement);
    QFETCH(QString, message);
    const VigiactlRunner cli =
        freshWorkspace(QStringLiteral("refused-") + QString::fromLatin1(QTest::currentDataTag()));
    const QString keystore = cli.workspace() + QStringLiteral("/keystore.cbor");
    const QByteArray before = fileBytes(keystore);
    const CliRun r =
        cli.run(args({"passphrase", "change"}),
                withPassphrases(QString::fromUtf8(VigiactlRunner::kPassphrase), replacement));
    QCOMPARE(r.exitCode, 2); // usage, as init's refusal
    QVERIFY2(isOneErrorLine(r), r.describe());
    QVERIFY2(r.errText().contains(message), r.describe());
    QCOMPARE(fileBytes(keystore), before);
}

void tst_VigiactlPassphrase::missingNewPassphrase()
{
    const VigiactlRunner cli = freshWorkspace(QStringLiteral("missing-new"));
    const QString keystore = cli.workspace() + QStringLiteral("/keystore.cbor");
    const QByteArray before = fileBytes(keystore);
    const CliRun r =
        cli.run(args({"passphrase", "change"}),
                withPassphrases(QString::fromUtf8(VigiactlRunner::kPassphrase), QString()));
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(isOneErrorLine(r), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("--new-passphrase-file")), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("VIGIA_NEW_PASSPHRASE")), r.describe());
    QCOMPARE(fileBytes(keystore), before);
}

void tst_VigiactlPassphrase::sharedPassphraseFileWarns()
{
    const VigiactlRunner cli = freshWorkspace(QStringLiteral("shared"));
    const QString file =
        writeFile(QStringLiteral("shared.txt"), VigiactlRunner::kPassphrase + '\n',
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QVERIFY(!file.isEmpty());
    const CliRun r = cli.run(args({"identity", "show", "--passphrase-file"}) + QStringList{file},
                             withoutPassphrases());
    QVERIFY2(r.exitCode == 0, r.describe()); // a warning, not a refusal
    QVERIFY2(r.errText().startsWith(QLatin1String("vigiactl: warning: ")), r.describe());
    QVERIFY2(r.errText().contains(QStringLiteral("chmod 600 ") + file), r.describe());
    QVERIFY(!r.err.contains(VigiactlRunner::kPassphrase));
}

void tst_VigiactlPassphrase::missingWorkspaceIsNotFound()
{
    const VigiactlRunner nowhere(m_tmp.filePath(QStringLiteral("does/not/exist")));
    const CliRun r = nowhere.run(args({"passphrase", "change"}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(isOneErrorLine(r), r.describe());
}

void tst_VigiactlPassphrase::listedInHelp()
{
    const CliRun help = VigiactlRunner().run(args({"--help"}));
    QVERIFY2(help.outText().contains(QLatin1String("passphrase change")), help.describe());
    const CliRun own = VigiactlRunner().run(args({"passphrase", "change", "--help"}));
    QCOMPARE(own.exitCode, 0);
    QVERIFY2(own.outText().startsWith(QLatin1String("Usage: vigiactl passphrase change")),
             own.describe());
    QVERIFY(own.outText().contains(QLatin1String("--new-passphrase-file")));
}

QTEST_GUILESS_MAIN(tst_VigiactlPassphrase)
#include "tst_vigiactlpassphrase.moc"
