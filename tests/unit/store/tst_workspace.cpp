#include "crypto/DeviceKeys.h"
#include "crypto/KdfLimits.h"
#include "crypto/KeyStore.h"
#include "db/Database.h"
#include "oplog/OpLog.h"
#include "store/RecordFilter.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "TestWorkspace.h"

#include <QCborMap>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestWorkspaceClass : public QObject
{
    Q_OBJECT

private slots:
    // Every log line, debug included, while a finding is written, finalized,
    // searched and the workspace reopened: none holds the finding's text.
    void logsNeverHoldARecordsText()
    {
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &m) { lines << m; });
        const auto restore = qScopeGuard([previous] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
        });
        const QString canary = QStringLiteral("CanarioLog5 niño en Rivera");
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto id = ws->records().create(QStringLiteral("qualitative_finding"), QStringLiteral("3"),
                                       {{QStringLiteral("country"), QStringLiteral("UY")},
                                        {QStringLiteral("date"), QStringLiteral("2026-06-01")},
                                        {QStringLiteral("narrative"), canary}});
        QVERIFY(id);
        QVERIFY(ws->records().finalize(id.value()));
        // The finding's narrative is sensitive, so it is searched from an
        // assessment's evidence, which is not.
        auto assessed = ws->records().create(QStringLiteral("npa_assessment"), QStringLiteral("1"),
                                             {{QStringLiteral("npa_current_evidence"), canary}});
        QVERIFY(assessed);
        QVERIFY(ws->records().finalize(assessed.value()));
        RecordFilter search;
        search.search = QStringLiteral("CanarioLog5");
        QCOMPARE(ws->records().list(search).value().size(), 1);
        QVERIFY(ws.reopen());
        QVERIFY(!lines.isEmpty()); // the capture works: the workspace logs
        for (const QString &line : std::as_const(lines))
            QVERIFY2(!line.contains(QStringLiteral("CanarioLog5"), Qt::CaseInsensitive) &&
                         !line.contains(QStringLiteral("Rivera")),
                     qPrintable(line));
    }

    // A finding's narrative, finalized, searched and closed: no file in the
    // workspace holds it, open (WAL present) or closed.
    void noFileOfTheWorkspaceHoldsARecordsText()
    {
        const QByteArray canary = QByteArrayLiteral("Canario7QX menina de Tabatinga");
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(ws->database().isEncrypted());
        const QString dir = ws.path();
        for (int i = 0; i < 30; ++i) {
            auto id =
                ws->records().create(QStringLiteral("qualitative_finding"), QStringLiteral("3"),
                                     {{QStringLiteral("country"), QStringLiteral("BR")},
                                      {QStringLiteral("date"), QStringLiteral("2026-03-04")},
                                      {QStringLiteral("narrative"), QString::fromUtf8(canary)}});
            QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));
            QVERIFY(ws->records().finalize(id.value()));
        }
        const auto holders = [&dir, &canary] {
            QStringList found;
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray bytes = f.readAll();
                for (const QByteArray &needle :
                     {canary, QByteArrayLiteral("canario7qx"), QByteArrayLiteral("tabatinga")})
                    if (bytes.contains(needle))
                        found << f.fileName();
            }
            return found;
        };
        QVERIFY(QFile::exists(Workspace::storePath(dir) + QStringLiteral("-wal")));
        QCOMPARE(holders(), QStringList());
        ws.close();
        QCOMPARE(holders(), QStringList());
    }

    void createThenOpen()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QUuid id = ws->deviceId();
        QVERIFY(!id.isNull());
        QCOMPARE(ws->role(), Role::Researcher);
        QVERIFY(QFile::exists(Workspace::keystorePath(ws.path())));
        QVERIFY(QFile::exists(Workspace::storePath(ws.path())));
        QVERIFY(ws.reopen());
        QCOMPARE(ws->deviceId(), id);
        QCOMPARE(ws->deviceName(), QStringLiteral("test device"));
        QCOMPARE(ws->fingerprint(), ws->keys().fingerprint());
    }

    void wrongPassphraseTouchesNothing()
    {
        test::TestWorkspace ws;
        const QString dir = ws.path();
        ws.close();
        const QByteArray keystore = readAll(Workspace::keystorePath(dir));
        const QByteArray store = readAll(Workspace::storePath(dir));
        auto opened = Workspace::open(dir, QByteArrayLiteral("not the passphrase"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::WrongPassphrase);
        QCOMPARE(readAll(Workspace::keystorePath(dir)), keystore);
        QCOMPARE(readAll(Workspace::storePath(dir)), store);
    }

    void missingWorkspaceIsNotFound()
    {
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.filePath(QStringLiteral("none")), "whatever passphrase");
        QCOMPARE(opened.error().code(), ErrorCode::NotFound);
    }

    void rolesAreSpelledOnlyAtTheBoundary()
    {
        QCOMPARE(roleName(Role::Researcher), QStringLiteral("researcher"));
        QCOMPARE(roleName(Role::Coordinator), QStringLiteral("coordinator"));
        QCOMPARE(roleFromName(QStringLiteral("coordinator")), std::optional(Role::Coordinator));
        QCOMPARE(roleFromName(QStringLiteral("researcher")), std::optional(Role::Researcher));
        QVERIFY(!roleFromName(QStringLiteral("admin")));
        QVERIFY(!roleFromName(QStringLiteral("Coordinator")));
        test::TestWorkspace coordinator({}, Role::Coordinator);
        QVERIFY(coordinator.reopen());
        QCOMPARE(coordinator->role(), Role::Coordinator);
    }

    void aKeystoreNamingAnUnknownRoleIsRefused()
    {
        // A keystore written by a later version with a role this one does not
        // know: refuse to open rather than guess the device's rights.
        test::TestWorkspace ws;
        const QString dir = ws.path();
        QCborMap info = KeyStore::readPublicInfo(Workspace::keystorePath(dir)).value();
        info.insert(QStringLiteral("role"), QStringLiteral("supervisor"));
        for (const char *key : {"device_id", "sign_pk", "box_pk"}) // written by create()
            info.remove(QString::fromLatin1(key));
        QVERIFY(QFile::remove(Workspace::keystorePath(dir)));
        QVERIFY(KeyStore::create(Workspace::keystorePath(dir), test::TestWorkspace::kPassphrase,
                                 ws->keys(), info, KdfLimits::insecureForTests()));
        ws.close();
        auto opened = Workspace::open(dir, test::TestWorkspace::kPassphrase);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), ErrorCode::Corrupt);
        QVERIFY(opened.error().message().contains(QStringLiteral("supervisor")));
    }

    void theFolderIsRepairedToBePrivateAtOpen()
    {
        using P = QFileDevice;
        const auto mode = [](const QString &path) {
            return QFileInfo(path).permissions() & ~(P::ReadUser | P::WriteUser | P::ExeUser);
        };
        const P::Permissions file = P::ReadOwner | P::WriteOwner;
        const P::Permissions folder = file | P::ExeOwner;
        test::TestWorkspace ws;
        const QString dir = ws.path();
        const QString store = Workspace::storePath(dir);
        QCOMPARE(mode(dir), folder); // as created
        QCOMPARE(mode(store), file);
        ws.close();
        // A copy, another program or a wide umask left everything readable.
        const P::Permissions open = file | P::ReadGroup | P::ReadOther;
        QVERIFY(QFile::setPermissions(dir, folder | P::ReadGroup | P::ExeGroup | P::ReadOther |
                                               P::ExeOther));
        QVERIFY(QFile::setPermissions(store, open));
        QVERIFY(QDir(dir).mkpath(QStringLiteral("quarantine")));
        const QString stray = QDir(dir).filePath(QStringLiteral("quarantine/a.vigiabundle"));
        QFile f(stray);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(QFile::setPermissions(stray, open));
        // Not Vigia's: a workspace may share its folder; this is left alone.
        const QString other = QDir(dir).filePath(QStringLiteral("notes.txt"));
        QFile n(other);
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.close();
        QVERIFY(QFile::setPermissions(other, open));
        QVERIFY(ws.reopen());
        QCOMPARE(mode(other), open);
        QCOMPARE(mode(dir), folder);
        QCOMPARE(mode(store), file);
        QCOMPARE(mode(QDir(dir).filePath(QStringLiteral("quarantine"))), folder);
        QCOMPARE(mode(stray), file);
    }

    void refusesToOverwriteOrWeakInput()
    {
        test::TestWorkspace ws;
        auto again = Workspace::create(ws.path(), "another passphrase", QStringLiteral("x"),
                                       Role::Researcher, KdfLimits::insecureForTests());
        QCOMPARE(again.error().code(), ErrorCode::Failure);
        QTemporaryDir dir;
        QCOMPARE(Workspace::create(dir.path(), "short", QStringLiteral("x"), Role::Researcher,
                                   KdfLimits::insecureForTests())
                     .error()
                     .code(),
                 ErrorCode::Usage);
        QVERIFY(!Workspace::exists(dir.path()));
    }

    void storeFromAnotherWorkspaceIsRefused()
    {
        test::TestWorkspace a;
        test::TestWorkspace b;
        const QString dirA = a.path();
        const QString dirB = b.path();
        a.close();
        b.close();
        QVERIFY(QFile::remove(Workspace::storePath(dirA)));
        QFile::remove(Workspace::storePath(dirA) + QStringLiteral("-wal"));
        QFile::remove(Workspace::storePath(dirA) + QStringLiteral("-shm"));
        QVERIFY(QFile::copy(Workspace::storePath(dirB), Workspace::storePath(dirA)));
        auto opened = Workspace::open(dirA, test::TestWorkspace::kPassphrase);
        QCOMPARE(opened.error().code(), ErrorCode::Corrupt);
    }

    void deviceDescribesItselfInTheLog()
    {
        test::TestWorkspace ws;
        const QList<Op> ops = ws->oplog().opsOf(ws->deviceId().toRfc4122()).value();
        QStringList fields;
        for (const Op &op : ops) {
            QCOMPARE(op.entity, QStringLiteral("device"));
            fields << op.field;
        }
        QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("role"),
                                      QStringLiteral("sign_pk"), QStringLiteral("box_pk")}));
    }

    void autoLockChangedInSettingsIniIsResetToTheDefault()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        QCOMPARE(ws->autoLockMinutes(), WorkspaceSettings::kDefaultAutoLockMinutes);
        QVERIFY(!ws->takeAutoLockReset());
        ws->setAutoLockMinutes(20);
        ws.close();
        {
            // Someone with the laptop switches auto-lock off by hand.
            QSettings ini(WorkspaceSettings::filePath(ws.path()), QSettings::IniFormat);
            ini.setValue(QStringLiteral("lock/auto_lock_minutes"), 0);
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("auto-lock")));
        QVERIFY(ws.reopen());
        QCOMPARE(ws->autoLockMinutes(), WorkspaceSettings::kDefaultAutoLockMinutes);
        // The app is told once.
        QVERIFY(ws->takeAutoLockReset());
        QVERIFY(!ws->takeAutoLockReset());
        // Written back with a fresh MAC: the next open is quiet.
        QCOMPARE(WorkspaceSettings(ws.path()).autoLockMinutes(),
                 WorkspaceSettings::kDefaultAutoLockMinutes);
        QVERIFY(ws.reopen());
        QVERIFY(!ws->takeAutoLockReset());
        QCOMPARE(ws->autoLockMinutes(), WorkspaceSettings::kDefaultAutoLockMinutes);
    }

    void autoLockChangedInVigiaSurvivesReopen()
    {
        test::TestWorkspace ws;
        ws->setAutoLockMinutes(0);
        QCOMPARE(ws->autoLockMinutes(), 0);
        QVERIFY(ws.reopen());
        QCOMPARE(ws->autoLockMinutes(), 0);
        QVERIFY(!ws->takeAutoLockReset());
        ws->setAutoLockMinutes(45);
        QVERIFY(ws.reopen());
        QCOMPARE(ws->autoLockMinutes(), 45);
        QVERIFY(!ws->takeAutoLockReset());
    }

    void aValueWithoutMacIsNotTrusted()
    {
        // A settings.ini copied in, or written before settings had a MAC.
        test::TestWorkspace ws;
        ws.close();
        {
            QSettings ini(WorkspaceSettings::filePath(ws.path()), QSettings::IniFormat);
            ini.setValue(QStringLiteral("lock/auto_lock_minutes"), 240);
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("auto-lock")));
        QVERIFY(ws.reopen());
        QCOMPARE(ws->autoLockMinutes(), WorkspaceSettings::kDefaultAutoLockMinutes);
        QVERIFY(ws->takeAutoLockReset());
    }

    void changePassphraseReplacesTheOldOne()
    {
        // The new keystore takes KdfLimits::fromEnvironment(): keep it fast.
        qputenv("VIGIA_INSECURE_TEST_KDF", "1");
        const auto unset = qScopeGuard([] { qunsetenv("VIGIA_INSECURE_TEST_KDF"); });
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QByteArray oldPassphrase = test::TestWorkspace::kPassphrase;
        const QByteArray newPassphrase = QByteArrayLiteral("purple monkey dishwasher lamp");
        const QString keystore = Workspace::keystorePath(ws.path());
        const QByteArray before = readAll(keystore);

        const Status wrong =
            ws->changePassphrase(QByteArrayLiteral("not the passphrase"), newPassphrase);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), ErrorCode::WrongPassphrase);
        const Status same = ws->changePassphrase(oldPassphrase, oldPassphrase);
        QVERIFY(!same);
        QCOMPARE(same.error().code(), ErrorCode::Usage);
        const Status tooShort = ws->changePassphrase(oldPassphrase, QByteArrayLiteral("short"));
        QVERIFY(!tooShort);
        QCOMPARE(tooShort.error().code(), ErrorCode::Usage);
        QCOMPARE(readAll(keystore), before);

        const Status changed = ws->changePassphrase(oldPassphrase, newPassphrase);
        QVERIFY2(changed, qPrintable(changed.error().message()));
        QVERIFY(readAll(keystore) != before);
        QCOMPARE(QFile::permissions(keystore) & 0x0077, QFile::Permissions());
        // Only the keystore: QSaveFile left no temporary file behind.
        QCOMPARE(QDir(ws.path()).entryList({QStringLiteral("keystore*")}, QDir::Files),
                 QStringList{QStringLiteral("keystore.cbor")});
        QCOMPARE(ws->verifyPassphrase(oldPassphrase).error().code(), ErrorCode::WrongPassphrase);
        QVERIFY(ws->verifyPassphrase(newPassphrase));

        const QUuid device = ws->deviceId();
        ws.close();
        auto withOld = Workspace::open(ws.path(), oldPassphrase);
        QVERIFY(!withOld);
        QCOMPARE(withOld.error().code(), ErrorCode::WrongPassphrase);
        auto withNew = Workspace::open(ws.path(), newPassphrase);
        QVERIFY2(withNew, qPrintable(withNew.error().message()));
        QCOMPARE(withNew.value()->deviceId(), device);
    }

    // The store's key travels inside the keystore: a new passphrase re-wraps
    // it, and the store on the disk stays byte for byte what it was.
    void aPassphraseChangeLeavesTheStoreFilesAsTheyWere()
    {
        qputenv("VIGIA_INSECURE_TEST_KDF", "1");
        const auto unset = qScopeGuard([] { qunsetenv("VIGIA_INSECURE_TEST_KDF"); });
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto id = ws->records().create(
            QStringLiteral("qualitative_finding"), QStringLiteral("3"),
            {{QStringLiteral("narrative"), QStringLiteral("antes del cambio de frase")}});
        QVERIFY(id);
        const QString store = Workspace::storePath(ws.path());
        const auto files = [&store] {
            QList<QByteArray> bytes;
            for (const char *suffix : {"", "-wal"})
                bytes << readAll(store + QLatin1String(suffix));
            return bytes;
        };
        const QList<QByteArray> before = files();
        QVERIFY(!before.first().isEmpty());
        const QByteArray newPassphrase = QByteArrayLiteral("purple monkey dishwasher lamp");
        QVERIFY(ws->changePassphrase(test::TestWorkspace::kPassphrase, newPassphrase));
        QCOMPARE(files(), before);
        auto keys = KeyStore::unlock(Workspace::keystorePath(ws.path()), newPassphrase);
        QVERIFY(keys && keys.value().storeKey);
        QCOMPARE(keys.value().storeKey->rawView(), ws->keys().storeKey->rawView());

        ws.close();
        auto reopened = Workspace::open(ws.path(), newPassphrase);
        QVERIFY2(reopened, qPrintable(reopened.error().message()));
        QVERIFY(reopened.value()->records().get(id.value()));
    }

    void changePassphraseLeavesAnotherDevicesKeystoreAlone()
    {
        qputenv("VIGIA_INSECURE_TEST_KDF", "1");
        const auto unset = qScopeGuard([] { qunsetenv("VIGIA_INSECURE_TEST_KDF"); });
        // Same passphrase in both, so only the device check can tell them apart.
        test::TestWorkspace mine;
        test::TestWorkspace other;
        QVERIFY(mine.isValid() && other.isValid());
        const QString keystore = Workspace::keystorePath(mine.path());
        const QByteArray swapped = readAll(Workspace::keystorePath(other.path()));
        QVERIFY(QFile::remove(keystore));
        QFile file(keystore);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(swapped), swapped.size());
        file.close();

        const Status s = mine->changePassphrase(test::TestWorkspace::kPassphrase,
                                                QByteArrayLiteral("purple monkey dishwasher"));
        QVERIFY(!s);
        QCOMPARE(s.error().code(), ErrorCode::Corrupt);
        QCOMPARE(readAll(keystore), swapped);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceClass)
#include "tst_workspace.moc"
