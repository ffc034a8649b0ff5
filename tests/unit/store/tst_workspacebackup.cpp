#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/OpLog.h"
#include "project/ChangeExporter.h"
#include "store/RestoreMark.h"
#include "store/Workspace.h"
#include "store/WorkspaceBackup.h"
#include "store/WorkspaceSettings.h"
#include "TestFiles.h"
#include "VigiactlRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace vigia;
using vigia::test::CliRun;
using vigia::test::readAll;
using vigia::test::VigiactlRunner;
using vigia::test::writeAll;

namespace {
const QByteArray kPassphrase = VigiactlRunner::kPassphrase;

// A writer in another process: `vigiactl record new` in a loop.
const QString kLoop =
    QStringLiteral("for i in $(seq 1 %1); do\n"
                   "  \"$1\" --workspace \"$2\" record new --form backup --set a=\"writer $i\" "
                   "--finalize > /dev/null || exit 1\n"
                   "done\n");

// Anything a restore left beside `target` (its ".restoring-" folder).
QStringList leftoversBeside(const QString &target)
{
    const QFileInfo info(target);
    return QDir(info.absolutePath())
        .entryList({info.fileName() + QStringLiteral(".restoring-*")},
                   QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QString integrity(Workspace &ws)
{
    Statement st(ws.database().handle(), "PRAGMA integrity_check");
    return st.step() == SQLITE_ROW ? st.columnText(0) : QStringLiteral("no answer");
}

// Lowers the largest file this process may write, so that a write past it
// fails as on a full disk (EFBIG instead of ENOSPC: the same path).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &lowered);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};
} // namespace

class tst_WorkspaceBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupWhileAnotherProcessWrites();
    void aBackupHoldsNoPlaintextAndIsPrivate();
    void settingsAndMarkComeBack();
    void restoredWorkspaceExportsNothingUntilConfirmed();
    void projectKeyAndQuarantineComeBack();
    void wrongPassphraseIsRefused();
    void flippedBitsAreRefused_data();
    void flippedBitsAreRefused();
    void truncatedOrExtendedFilesAreRefused_data();
    void truncatedOrExtendedFilesAreRefused();
    void onlyAnEmptyOrNewFolderIsRestoredInto();
    void aFailedWriteLeavesNothingBehind();

private:
    // The backup of m_ws taken in initTestCase, and a place for restores.
    QString restoreTarget(const char *name) const { return m_tmp.filePath(QLatin1String(name)); }
    void expectRefused(const QString &backup, ErrorCode code, const char *target);

    QTemporaryDir m_tmp;
    QString m_wsDir;
    QString m_backup;
    QByteArray m_canary;
    QByteArray m_stateHash;
    quint64 m_headCounter = 0;
};

void tst_WorkspaceBackup::initTestCase()
{
    qputenv("VIGIA_INSECURE_TEST_KDF", "1");
    QVERIFY(m_tmp.isValid());
    m_wsDir = m_tmp.filePath(QStringLiteral("ws"));
    const VigiactlRunner cli(m_wsDir);
    const CliRun init =
        cli.run({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Ana")});
    QVERIFY2(init.exitCode == 0, init.describe());
    const CliRun form =
        cli.importForm(VigiactlRunner::textForm(QStringLiteral("backup"), {QStringLiteral("a")}));
    QVERIFY2(form.exitCode == 0, form.describe());
    m_canary = "canary-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const CliRun canary = cli.run(
        {QStringLiteral("record"), QStringLiteral("new"), QStringLiteral("--form"),
         QStringLiteral("backup"), QStringLiteral("--set"),
         QStringLiteral("a=") + QString::fromLatin1(m_canary), QStringLiteral("--finalize")});
    QVERIFY2(canary.exitCode == 0, canary.describe());

    auto ws = Workspace::open(m_wsDir, kPassphrase);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message()));
    ws.value()->setAutoLockMinutes(17);
    m_backup = m_tmp.filePath(QStringLiteral("ws.vigiabackup"));
    auto written = WorkspaceBackup::backup(*ws.value(), m_backup);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
    QCOMPARE(written.value().path, m_backup);
    QCOMPARE(written.value().bytes, QFileInfo(m_backup).size());
    auto hash = ws.value()->oplog().stateHash();
    QVERIFY(hash);
    m_stateHash = hash.value();
    Statement head(ws.value()->database().handle(),
                   "SELECT counter FROM chain_heads WHERE origin = ?1");
    head.bind(1, ws.value()->deviceId().toRfc4122());
    QCOMPARE(head.step(), SQLITE_ROW);
    m_headCounter = quint64(head.columnInt64(0));
    QVERIFY(m_headCounter > 0);
}

void tst_WorkspaceBackup::backupWhileAnotherProcessWrites()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("ws"));
    const VigiactlRunner cli(dir);
    QCOMPARE(
        cli.run({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Bea")}).exitCode,
        0);
    QCOMPARE(
        cli.importForm(VigiactlRunner::textForm(QStringLiteral("backup"), {QStringLiteral("a")}))
            .exitCode,
        0);
    auto ws = Workspace::open(dir, kPassphrase);
    QVERIFY(ws);

    QProcess writer;
    writer.setProcessEnvironment(VigiactlRunner::baseEnvironment());
    writer.setStandardInputFile(QProcess::nullDevice());
    writer.start(QStringLiteral("bash"),
                 {QStringLiteral("-c"), kLoop.arg(60), QStringLiteral("writer"),
                  VigiactlRunner::program(), dir});
    QVERIFY(writer.waitForStarted(30000));
    // Backups until the writer is done; at least one taken wholly while it ran.
    QStringList during;
    int taken = 0;
    while (!writer.waitForFinished(0) && during.size() < 4) {
        const QString file = tmp.filePath(QStringLiteral("during-%1").arg(taken++));
        auto written = WorkspaceBackup::backup(*ws.value(), file);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
        if (!writer.waitForFinished(0))
            during.append(file);
    }
    QVERIFY2(!during.isEmpty(), "the writer finished before a backup did");
    QVERIFY(writer.waitForFinished(240000));
    QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError());

    // Each backup taken during the writes is one consistent state.
    for (qsizetype i = 0; i < during.size(); ++i) {
        const QString target = tmp.filePath(QStringLiteral("restored-%1").arg(i));
        auto restored = WorkspaceBackup::restore(during.at(i), kPassphrase, target);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message()));
        auto opened = Workspace::open(target, kPassphrase);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
        QCOMPARE(integrity(*opened.value()), QStringLiteral("ok"));
        auto issues = opened.value()->oplog().verify();
        QVERIFY(issues);
        QVERIFY(issues.value().isEmpty());
        const CliRun verify =
            VigiactlRunner(target).run({QStringLiteral("oplog"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.describe());
    }

    // Once the writer stopped: the restored state is exactly the source's.
    const QString after = tmp.filePath(QStringLiteral("after"));
    QVERIFY(WorkspaceBackup::backup(*ws.value(), after));
    const QString target = tmp.filePath(QStringLiteral("restored-after"));
    QVERIFY(WorkspaceBackup::restore(after, kPassphrase, target));
    auto restored = Workspace::open(target, kPassphrase);
    QVERIFY(restored);
    auto source = ws.value()->oplog().stateHash();
    auto copy = restored.value()->oplog().stateHash();
    QVERIFY(source && copy);
    QCOMPARE(copy.value(), source.value());
    Statement count(restored.value()->database().handle(),
                    "SELECT count(*) FROM records WHERE form_id = 'backup'");
    QCOMPARE(count.step(), SQLITE_ROW);
    QCOMPARE(count.columnInt64(0), 60);
}

void tst_WorkspaceBackup::aBackupHoldsNoPlaintextAndIsPrivate()
{
    const QByteArray bytes = readAll(m_backup);
    QVERIFY(bytes.startsWith("VIGIABAK"));
    QVERIFY(!bytes.contains(m_canary));
    QVERIFY(!bytes.contains("SQLite format 3"));
    QVERIFY(!bytes.contains("auto_lock_minutes"));
    QCOMPARE(QFileInfo(m_backup).permissions() &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(m_backup).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    // Nothing of the work files stays beside it.
    QVERIFY(!QFile::exists(m_backup + QStringLiteral(".part")));
    QVERIFY(!QFile::exists(m_backup + QStringLiteral(".store.part")));
    // The workspace remembers it for the Settings page.
    QCOMPARE(WorkspaceSettings(m_wsDir).lastBackupPath(), m_backup);
    QVERIFY(WorkspaceSettings(m_wsDir).lastBackupTime().isValid());
}

void tst_WorkspaceBackup::settingsAndMarkComeBack()
{
    const QString target = restoreTarget("settings");
    auto restored = WorkspaceBackup::restore(m_backup, kPassphrase, target);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message()));
    auto ws = Workspace::open(target, kPassphrase);
    QVERIFY(ws);
    QCOMPARE(ws.value()->deviceName(), QStringLiteral("Ana"));
    QCOMPARE(ws.value()->deviceId(), restored.value().deviceId);
    // The same device: its MAC over the settings still holds.
    QCOMPARE(ws.value()->autoLockMinutes(), 17);
    QVERIFY(!ws.value()->takeAutoLockReset());
    auto hash = ws.value()->oplog().stateHash();
    QVERIFY(hash);
    QCOMPARE(hash.value(), m_stateHash);
    auto mark = RestoreMark::read(ws.value()->database());
    QVERIFY(mark);
    QVERIFY(mark.value());
    QCOMPARE(mark.value()->headCounter, m_headCounter);
    QCOMPARE(mark.value()->headHash.size(), 32);
    QCOMPARE(mark.value()->backupTimeMs, restored.value().taken.toMSecsSinceEpoch());
    QVERIFY(leftoversBeside(target).isEmpty());
}

void tst_WorkspaceBackup::restoredWorkspaceExportsNothingUntilConfirmed()
{
    const QString target = restoreTarget("export");
    QVERIFY(WorkspaceBackup::restore(m_backup, kPassphrase, target));
    auto ws = Workspace::open(target, kPassphrase);
    QVERIFY(ws);
    const QString usb = m_tmp.filePath(QStringLiteral("usb"));
    auto refused = ChangeExporter::exportTo(*ws.value(), usb);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Validation);
    QVERIFY2(refused.error().message().contains(QStringLiteral("restored from a backup")),
             qPrintable(refused.error().message()));
    QVERIFY(!RestoreMark::checkMaySend(ws.value()->database()));
    // Confirmed, the export goes on to its own checks (this workspace has
    // no project: tst_restorehold exports for real).
    QVERIFY(RestoreMark::clear(ws.value()->database()));
    QVERIFY(RestoreMark::checkMaySend(ws.value()->database()));
    auto next = ChangeExporter::exportTo(*ws.value(), usb);
    QVERIFY(!next);
    QVERIFY(!next.error().message().contains(QStringLiteral("restored from a backup")));
}

void tst_WorkspaceBackup::projectKeyAndQuarantineComeBack()
{
    // The files the project layer keeps in the folder travel as they are;
    // a half-written temporary file in the quarantine does not.
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("ws"));
    {
        auto ws = Workspace::create(dir, kPassphrase, QStringLiteral("Coordinator"),
                                    Role::Coordinator, KdfLimits::insecureForTests());
        QVERIFY(ws);
    }
    const QByteArray key = "sealed project key " + QByteArray(5000, 'k');
    const QByteArray bundle = QByteArray(100000, 'b');
    QVERIFY(writeAll(QDir(dir).filePath(QStringLiteral("project-key.cbor")), key));
    QVERIFY(QDir(dir).mkdir(QStringLiteral("quarantine")));
    QVERIFY(writeAll(QDir(dir).filePath(QStringLiteral("quarantine/0a1b.vigiabundle")), bundle));
    QVERIFY(
        writeAll(QDir(dir).filePath(QStringLiteral("quarantine/.0a1b.vigiabundle.XyZ")), "half"));
    auto ws = Workspace::open(dir, kPassphrase);
    QVERIFY(ws);
    const QString file = tmp.filePath(QStringLiteral("c.vigiabackup"));
    QVERIFY(WorkspaceBackup::backup(*ws.value(), file));
    const QString target = tmp.filePath(QStringLiteral("restored"));
    auto restored = WorkspaceBackup::restore(file, kPassphrase, target);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message()));
    QCOMPARE(readAll(QDir(target).filePath(QStringLiteral("project-key.cbor"))), key);
    QCOMPARE(readAll(QDir(target).filePath(QStringLiteral("quarantine/0a1b.vigiabundle"))), bundle);
    QCOMPARE(QDir(QDir(target).filePath(QStringLiteral("quarantine")))
                 .entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("0a1b.vigiabundle")});
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(QDir(target).filePath(QStringLiteral("project-key.cbor")))
                        .constData(),
                    &st),
             0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0700));
    auto reopened = Workspace::open(target, kPassphrase);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->role(), Role::Coordinator);
}

void tst_WorkspaceBackup::expectRefused(const QString &backup, ErrorCode code, const char *name)
{
    const QString target = restoreTarget(name);
    auto restored = WorkspaceBackup::restore(backup, kPassphrase, target);
    QVERIFY(!restored);
    QCOMPARE(int(restored.error().code()), int(code));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(leftoversBeside(target).isEmpty());
}

void tst_WorkspaceBackup::wrongPassphraseIsRefused()
{
    const QString target = restoreTarget("wrong");
    auto restored = WorkspaceBackup::restore(m_backup, "not the passphrase", target);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code(), ErrorCode::WrongPassphrase);
    QVERIFY(restored.error().message().contains(QStringLiteral("passphrase")));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(leftoversBeside(target).isEmpty());
}

void tst_WorkspaceBackup::flippedBitsAreRefused_data()
{
    const qint64 size = QFileInfo(m_backup).size();
    QFile f(m_backup);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(14);
    const qint64 keystore = qFromBigEndian<quint32>(head.constData() + 10);
    QTest::addColumn<qint64>("offset");
    QTest::newRow("magic") << qint64(0);
    QTest::newRow("version") << qint64(9);
    QTest::newRow("keystore length") << qint64(13);
    QTest::newRow("keystore") << 14 + keystore / 2;
    QTest::newRow("keystore's last byte") << 14 + keystore - 1;
    QTest::newRow("check") << 14 + keystore + 7;
    QTest::newRow("stream header") << 14 + keystore + 32 + 3;
    QTest::newRow("manifest's length") << 14 + keystore + 32 + 24 + 3;
    QTest::newRow("manifest") << 14 + keystore + 32 + 24 + 4 + 20;
    QTest::newRow("middle") << size / 2;
    QTest::newRow("final message") << size - 10;
    QTest::newRow("last byte") << size - 1;
}

void tst_WorkspaceBackup::flippedBitsAreRefused()
{
    QFETCH(qint64, offset);
    QByteArray bytes = readAll(m_backup);
    bytes[offset] = char(bytes.at(offset) ^ 0x10);
    const QString damaged = m_tmp.filePath(QStringLiteral("damaged.vigiabackup"));
    QVERIFY(writeAll(damaged, bytes));
    expectRefused(damaged, ErrorCode::Corrupt, "damaged");
}

void tst_WorkspaceBackup::truncatedOrExtendedFilesAreRefused_data()
{
    const qint64 size = QFileInfo(m_backup).size();
    QTest::addColumn<qint64>("length");
    QTest::newRow("empty") << qint64(0);
    QTest::newRow("header only") << qint64(100);
    QTest::newRow("half") << size / 2;
    QTest::newRow("without the final message") << size - 21;
    QTest::newRow("one byte short") << size - 1;
    QTest::newRow("one byte more") << size + 1;
}

void tst_WorkspaceBackup::truncatedOrExtendedFilesAreRefused()
{
    QFETCH(qint64, length);
    QByteArray bytes = readAll(m_backup);
    if (length > bytes.size())
        bytes.append('\0');
    else
        bytes.truncate(length);
    const QString cut = m_tmp.filePath(QStringLiteral("cut.vigiabackup"));
    QVERIFY(writeAll(cut, bytes));
    expectRefused(cut, ErrorCode::Corrupt, "cut");
}

void tst_WorkspaceBackup::onlyAnEmptyOrNewFolderIsRestoredInto()
{
    const QString full = restoreTarget("full");
    QVERIFY(QDir().mkpath(full));
    QVERIFY(writeAll(QDir(full).filePath(QStringLiteral("notes.txt")), "mine"));
    auto refused = WorkspaceBackup::restore(m_backup, kPassphrase, full);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Failure);
    QVERIFY(refused.error().message().contains(QStringLiteral("not empty")));
    QCOMPARE(QDir(full).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("notes.txt")});
    QCOMPARE(readAll(QDir(full).filePath(QStringLiteral("notes.txt"))), QByteArray("mine"));
    // Not even over the workspace itself.
    QVERIFY(!WorkspaceBackup::restore(m_backup, kPassphrase, m_wsDir));

    const QString empty = restoreTarget("empty");
    QVERIFY(QDir().mkpath(empty));
    QVERIFY(WorkspaceBackup::restore(m_backup, kPassphrase, empty));
    QVERIFY(Workspace::exists(empty));
}

void tst_WorkspaceBackup::aFailedWriteLeavesNothingBehind()
{
    const qint64 storeSize = QFileInfo(Workspace::storePath(m_wsDir)).size();
    QVERIFY(storeSize > 64 * 1024);
    auto ws = Workspace::open(m_wsDir, kPassphrase);
    QVERIFY(ws);
    {
        const FileSizeLimit limit(32 * 1024);
        const QString target = restoreTarget("nospace");
        auto restored = WorkspaceBackup::restore(m_backup, kPassphrase, target);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code(), ErrorCode::Io);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(leftoversBeside(target).isEmpty());

        const QString out = m_tmp.filePath(QStringLiteral("nospace.vigiabackup"));
        auto written = WorkspaceBackup::backup(*ws.value(), out);
        QVERIFY(!written);
        QCOMPARE(written.error().code(), ErrorCode::Io);
        const QStringList beside = QDir(m_tmp.path()).entryList({QStringLiteral("nospace*")});
        QVERIFY2(beside.isEmpty(), qPrintable(beside.join(u' ')));
    }
}

QTEST_GUILESS_MAIN(tst_WorkspaceBackup)
#include "tst_workspacebackup.moc"
