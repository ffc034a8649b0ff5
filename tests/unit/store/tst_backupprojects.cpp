// WorkspaceBackup over a workspace with several projects (docs/backup-format.md,
// version 2), and a backup written before that change (version 1) restoring.
#include "db/Database.h"
#include "db/Statement.h"
#include "store/ProjectStores.h"
#include "store/RecordFilter.h"
#include "store/RecordStore.h"
#include "store/RestoreMark.h"
#include "store/Workspace.h"
#include "store/WorkspaceBackup.h"
#include "TestFiles.h"
#include "TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include <sqlite3.h>

using namespace vigia;
using vigia::test::readAll;
using vigia::test::writeAll;

namespace {
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery");
const QByteArray kOther(16, '\x42');

// A further store as a join leaves it: its project pinned (a store that
// joined nothing is not reopened as the last project).
bool pinned(Workspace &ws)
{
    Statement st(ws.database().handle(),
                 "INSERT INTO project(id, project_id, key_fingerprint) VALUES (1, ?1, ?2)");
    st.bind(1, kOther).bind(2, QByteArray(32, 'k'));
    return st.run() == SQLITE_DONE;
}

quint16 versionOf(const QString &backup)
{
    const QByteArray head = readAll(backup).left(10);
    return head.size() == 10 ? qFromBigEndian<quint16>(head.constData() + 8) : 0;
}

bool marked(Database &db)
{
    auto mark = RestoreMark::read(db);
    return mark && mark.value().has_value();
}

bool create(Workspace &ws, const QString &answer)
{
    return bool(
        ws.records().create(QStringLiteral("f"), {}, {{QStringLiteral("a"), answer}}, true));
}
} // namespace

class tst_BackupProjects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("VIGIA_INSECURE_TEST_KDF", "1"); }

    void everyProjectComesBackInItsOwnStore()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        const QString file = tmp.filePath(QStringLiteral("two.vigiabackup"));
        {
            auto ws = Workspace::create(dir, kPassphrase, QStringLiteral("Observatory"),
                                        Role::Coordinator, KdfLimits::insecureForTests());
            QVERIFY(ws);
            QVERIFY(create(*ws.value(), QStringLiteral("first project")));
            QVERIFY(ws.value()->addProjectStore(kOther));
            QVERIFY(pinned(*ws.value()));
            QVERIFY(create(*ws.value(), QStringLiteral("second project")));
            QVERIFY(create(*ws.value(), QStringLiteral("second project, again")));
            const QString folder = ProjectStores::folder(dir, kOther);
            QVERIFY(writeAll(QDir(folder).filePath(QStringLiteral("project-key.cbor")), "key"));
            QVERIFY(QDir(folder).mkdir(QStringLiteral("quarantine")));
            QVERIFY(writeAll(QDir(folder).filePath(QStringLiteral("quarantine/b.vigiabundle")),
                             "held"));
            auto written = WorkspaceBackup::backup(*ws.value(), file);
            QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
        }
        QCOMPARE(versionOf(file), quint16(2));
        QVERIFY(QDir(tmp.path()).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
        QVERIFY(QDir(dir).removeRecursively()); // the computer is lost

        auto restored = WorkspaceBackup::restore(file, kPassphrase, dir);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message()));
        QCOMPARE(ProjectStores::list(dir), QList<QByteArray>{kOther});
        const QString folder = ProjectStores::folder(dir, kOther);
        QCOMPARE(readAll(QDir(folder).filePath(QStringLiteral("project-key.cbor"))),
                 QByteArray("key"));
        QCOMPARE(readAll(QDir(folder).filePath(QStringLiteral("quarantine/b.vigiabundle"))),
                 QByteArray("held"));
        auto ws = Workspace::open(dir, kPassphrase);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message()));
        // The project last used opens first, as before the backup.
        QCOMPARE(ws.value()->projectStore(), kOther);
        QCOMPARE(test::answersOf(*ws.value(), QStringLiteral("a")),
                 (QStringList{QStringLiteral("second project"),
                              QStringLiteral("second project, again")}));
        QVERIFY(marked(ws.value()->database()));
        QVERIFY(ws.value()->switchProjectStore({}));
        QCOMPARE(test::answersOf(*ws.value(), QStringLiteral("a")),
                 QStringList{QStringLiteral("first project")});
        QVERIFY(marked(ws.value()->database()));
    }

    void aBackupOfOneProjectIsStillVersionOne()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        auto ws = Workspace::create(dir, kPassphrase, QStringLiteral("Ana"), Role::Researcher,
                                    KdfLimits::insecureForTests());
        QVERIFY(ws);
        const QString file = tmp.filePath(QStringLiteral("one.vigiabackup"));
        QVERIFY(WorkspaceBackup::backup(*ws.value(), file));
        QCOMPARE(versionOf(file), quint16(1));
    }

    void aBackupMadeBeforeSeveralProjectsRestores()
    {
        // Written by vigiactl before backups held several projects (version
        // 1): `init --name Ana`, a form "old" with a text field a, one
        // record finalized with a = "before the change", `backup`.
        const QString file = qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR") +
                             QStringLiteral("/tests/data/backup/one-project-v1.vigiabackup");
        QCOMPARE(versionOf(file), quint16(1));
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        auto restored = WorkspaceBackup::restore(file, kPassphrase, dir);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message()));
        auto ws = Workspace::open(dir, kPassphrase);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message()));
        QCOMPARE(ws.value()->deviceName(), QStringLiteral("Ana"));
        QVERIFY(ProjectStores::list(dir).isEmpty());
        auto record = ws.value()->records().get(
            QUuid(QStringLiteral("d36b8b8a-0620-45a1-a7b9-f765c20ac32c")));
        QVERIFY(record);
        QCOMPARE(record.value().values.value(QStringLiteral("a")).toString(),
                 QStringLiteral("before the change"));
        QVERIFY(marked(ws.value()->database()));
    }
};

QTEST_GUILESS_MAIN(tst_BackupProjects)
#include "tst_backupprojects.moc"
