// vigiactl backup, restore and confirm-restore: exit codes, messages, and a
// restored workspace that holds its changes back until confirmed.
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
    return err.startsWith(QLatin1String("vigiactl: ")) && err.count(QLatin1Char('\n')) == 1;
}

QProcessEnvironment withPassphrase(const QString &passphrase)
{
    QProcessEnvironment env = VigiactlRunner::baseEnvironment();
    env.insert(QStringLiteral("VIGIA_PASSPHRASE"), passphrase);
    return env;
}
} // namespace

class tst_VigiactlBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_source = VigiactlRunner(m_tmp.filePath(QStringLiteral("ws")));
        const CliRun init = m_source.run(args({"init", "--name", "Ana"}));
        QVERIFY2(init.exitCode == 0, init.describe());
        const CliRun form = m_source.importForm(
            VigiactlRunner::textForm(QStringLiteral("b"), {QStringLiteral("a")}));
        QVERIFY2(form.exitCode == 0, form.describe());
        const CliRun record =
            m_source.run(args({"record", "new", "--form", "b", "--set", "a=one", "--finalize"}));
        QVERIFY2(record.exitCode == 0, record.describe());
        m_backup = m_tmp.filePath(QStringLiteral("ws.vigiabackup"));
    }

    void backupWritesOneFile()
    {
        const CliRun r = m_source.run({QStringLiteral("backup"), QStringLiteral("--out"), m_backup,
                                       QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("file")).toString(), m_backup);
        QCOMPARE(qint64(json.value(QStringLiteral("bytes")).toDouble()),
                 QFileInfo(m_backup).size());
        QVERIFY(json.value(QStringLiteral("changes")).toDouble() > 0);
        QVERIFY(!json.value(QStringLiteral("taken")).toString().isEmpty());
    }

    void backupRefusesMistakes()
    {
        const CliRun none = m_source.run(args({"backup"}));
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(isOneErrorLine(none), none.describe());
        // An existing file is never replaced, before any passphrase is asked.
        const qint64 size = QFileInfo(m_backup).size();
        const CliRun exists =
            m_source.run({QStringLiteral("backup"), QStringLiteral("--out"), m_backup},
                         withPassphrase(QStringLiteral("wrong wrong wrong")));
        QCOMPARE(exists.exitCode, 1);
        QVERIFY2(exists.errText().contains(QStringLiteral("already exists")), exists.describe());
        QCOMPARE(QFileInfo(m_backup).size(), size);
        const CliRun wrong = m_source.run({QStringLiteral("backup"), QStringLiteral("--out"),
                                           m_tmp.filePath(QStringLiteral("w"))},
                                          withPassphrase(QStringLiteral("wrong wrong wrong")));
        QCOMPARE(wrong.exitCode, 5);
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("w"))));
    }

    void restoreChecksBeforeWriting()
    {
        const VigiactlRunner target(m_tmp.filePath(QStringLiteral("wrong-target")));
        const CliRun wrong = target.run({QStringLiteral("restore"), m_backup},
                                        withPassphrase(QStringLiteral("wrong wrong wrong")));
        QCOMPARE(wrong.exitCode, 5);
        QVERIFY2(isOneErrorLine(wrong), wrong.describe());
        QVERIFY(!QFileInfo::exists(target.workspace()));

        QFile original(m_backup);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 1);
        const QString damaged = m_tmp.filePath(QStringLiteral("damaged.vigiabackup"));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const VigiactlRunner damagedTarget(m_tmp.filePath(QStringLiteral("damaged-target")));
        const CliRun corrupt = damagedTarget.run({QStringLiteral("restore"), damaged});
        QCOMPARE(corrupt.exitCode, 1);
        QVERIFY2(corrupt.errText().contains(QStringLiteral("damaged or was changed")),
                 corrupt.describe());
        QVERIFY(!QFileInfo::exists(damagedTarget.workspace()));

        // Over an existing workspace: refused before the passphrase.
        const CliRun over = m_source.run({QStringLiteral("restore"), m_backup},
                                         withPassphrase(QStringLiteral("wrong wrong wrong")));
        QCOMPARE(over.exitCode, 1);
        QVERIFY2(over.errText().contains(QStringLiteral("not empty")), over.describe());

        const CliRun missing = target.run(args({"restore", "/nonexistent/backup"}));
        QCOMPARE(missing.exitCode, 4);
        const CliRun noFile = target.run(args({"restore"}));
        QCOMPARE(noFile.exitCode, 2);
    }

    void restoredWorkspaceHoldsItsChangesUntilConfirmed()
    {
        const VigiactlRunner restored(m_tmp.filePath(QStringLiteral("restored")));
        const CliRun r = restored.run({QStringLiteral("restore"), m_backup});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.outText().contains(QStringLiteral("confirm-restore")), r.describe());
        const CliRun list = restored.run(args({"record", "list", "--json"}));
        QVERIFY2(list.exitCode == 0, list.describe());
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
        QCOMPARE(restored.run(args({"oplog", "verify"})).exitCode, 0);
        const auto deviceOf = [](const VigiactlRunner &cli) {
            return QJsonDocument::fromJson(cli.run(args({"identity", "show", "--json"})).out)
                .object()
                .value(QStringLiteral("device_id"))
                .toString();
        };
        QVERIFY(!deviceOf(restored).isEmpty());
        QCOMPARE(deviceOf(restored), deviceOf(m_source));

        const CliRun exported =
            restored.run({QStringLiteral("bundle"), QStringLiteral("export"),
                          QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("usb"))});
        QCOMPARE(exported.exitCode, 3);
        QVERIFY2(exported.errText().contains(QStringLiteral("restored from a backup")),
                 exported.describe());
        QVERIFY2(isOneErrorLine(exported), exported.describe());

        // Nobody at a terminal to ask, no --yes: nothing changes.
        const CliRun unanswered = restored.run(args({"confirm-restore"}));
        QCOMPARE(unanswered.exitCode, 2);
        QCOMPARE(restored
                     .run({QStringLiteral("bundle"), QStringLiteral("export"),
                           QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("usb"))})
                     .exitCode,
                 3);
        const CliRun confirmed = restored.run(args({"confirm-restore", "--yes", "--json"}));
        QVERIFY2(confirmed.exitCode == 0, confirmed.describe());
        QCOMPARE(QJsonDocument::fromJson(confirmed.out)
                     .object()
                     .value(QStringLiteral("confirmed"))
                     .toBool(),
                 true);
        // The export now goes on to its own checks: this workspace has no project.
        const CliRun after =
            restored.run({QStringLiteral("bundle"), QStringLiteral("export"),
                          QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("usb"))});
        QVERIFY2(!after.errText().contains(QStringLiteral("restored from a backup")),
                 after.describe());
        const CliRun again = restored.run(args({"confirm-restore"}));
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.outText().contains(QStringLiteral("Nothing to confirm")), again.describe());
    }

    void helpListsTheCommands()
    {
        const CliRun help = VigiactlRunner().run(args({"--help"}));
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"backup", "restore", "confirm-restore"})
            QVERIFY2(help.outText().contains(QLatin1String(command)), command);
    }

private:
    QTemporaryDir m_tmp;
    VigiactlRunner m_source;
    QString m_backup;
};

QTEST_GUILESS_MAIN(tst_VigiactlBackup)
#include "tst_vigiactlbackup.moc"
