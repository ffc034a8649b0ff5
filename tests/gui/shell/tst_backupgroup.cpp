// Settings > Backups: the button writes a backup off the GUI thread and
// says where and when; a restored workspace shows its hold and confirms it
// only after the warning is answered yes.
#include "common/Language.h"
#include "ModalHelper.h"
#include "store/RestoreMark.h"
#include "store/Workspace.h"
#include "store/WorkspaceBackup.h"
#include "store/WorkspaceSettings.h"
#include "TestWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/BackupGroup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsPage.h"
#include "VisibleTexts.h"

#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {
bool held(Workspace &ws)
{
    auto mark = RestoreMark::read(ws.database());
    return !mark || mark.value().has_value();
}
} // namespace

class tst_BackupGroup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("VIGIA_INSECURE_TEST_KDF", "1"); }
    void cleanup()
    {
        MessageBox::clearAnswers();
        Language::install(QStringLiteral("en"));
    }

    void theButtonWritesABackupAndSaysWhere()
    {
        QTemporaryDir usb;
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(MainWindow::SettingsView);
        auto *group = w.findChild<BackupGroup *>(QStringLiteral("backupBox"));
        QVERIFY(group);
        QVERIFY(group->isVisible());
        auto *last = group->findChild<QLabel *>(QStringLiteral("lastBackup"));
        QVERIFY(last->text().contains(QStringLiteral("No backup")));
        QVERIFY(!group->findChild<QLabel *>(QStringLiteral("restoreHold"))->isVisible());
        QVERIFY(!group->findChild<QPushButton *>(QStringLiteral("confirmRestore"))->isVisible());

        // The button asks where, proposing a .vigiabackup file; the suffix is
        // added when left out.
        const QString chosen = usb.filePath(QStringLiteral("laptop"));
        auto *button = group->findChild<QPushButton *>(QStringLiteral("backUp"));
        QStringList filters;
        QCOMPARE(test::answerModal([button] { button->click(); },
                                   [&](QWidget *dialog) {
                                       auto *d = qobject_cast<QFileDialog *>(dialog);
                                       QVERIFY(d);
                                       filters = d->nameFilters();
                                       d->selectFile(chosen);
                                       static_cast<QDialog *>(d)->accept();
                                   }),
                 QString());
        QVERIFY(filters.first().contains(QStringLiteral("*.vigiabackup")));
        QVERIFY(group->isBusy() || QFile::exists(chosen + QStringLiteral(".vigiabackup")));
        QTRY_VERIFY_WITH_TIMEOUT(!group->isBusy(), 60000);
        const QString file = chosen + QStringLiteral(".vigiabackup");
        QVERIFY(QFile::exists(file));
        QVERIFY2(last->text().contains(QDir::toNativeSeparators(file)), qPrintable(last->text()));
        auto *status = group->findChild<QLabel *>(QStringLiteral("backupStatus"));
        QVERIFY(status->text().contains(QStringLiteral("backup was written")));

        // The file holds this workspace.
        QTemporaryDir other;
        const QString target = other.filePath(QStringLiteral("restored"));
        auto restored = WorkspaceBackup::restore(file, test::TestWorkspace::kPassphrase, target);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message()));
        QCOMPARE(restored.value().deviceId, ws->deviceId());
    }

    void aFailedBackupSaysWhyInWords()
    {
        test::TestWorkspace ws;
        WorkspaceSettings settings(ws.path());
        SettingsPage page(*ws, settings);
        page.show();
        auto *group = page.findChild<BackupGroup *>(QStringLiteral("backupBox"));
        group->backUpTo(QStringLiteral("/nonexistent-folder/backup.vigiabackup"));
        QTRY_VERIFY_WITH_TIMEOUT(!group->isBusy(), 60000);
        auto *status = group->findChild<QLabel *>(QStringLiteral("backupStatus"));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("does not exist")),
                 qPrintable(status->text()));
        QVERIFY(group->findChild<QLabel *>(QStringLiteral("lastBackup"))
                    ->text()
                    .contains(QStringLiteral("No backup")));
    }

    void aRestoredWorkspaceIsConfirmedOnlyAfterTheWarning()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("b.vigiabackup"));
        {
            test::TestWorkspace source;
            QVERIFY(WorkspaceBackup::backup(*source, file));
        }
        const QString dir = tmp.filePath(QStringLiteral("restored"));
        QVERIFY(WorkspaceBackup::restore(file, test::TestWorkspace::kPassphrase, dir));
        auto ws = Workspace::open(dir, test::TestWorkspace::kPassphrase);
        QVERIFY(ws);
        WorkspaceSettings settings(dir);
        SettingsPage page(*ws.value(), settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *hold = page.findChild<QLabel *>(QStringLiteral("restoreHold"));
        auto *confirm = page.findChild<QPushButton *>(QStringLiteral("confirmRestore"));
        QVERIFY(hold->isVisible());
        QVERIFY(hold->text().contains(QStringLiteral("restored from a backup")));
        QVERIFY(confirm->isVisible());
        // The backup was noted in the source's settings after it was packed.
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("lastBackup"))
                    ->text()
                    .contains(QStringLiteral("No backup")));

        MessageBox::setNextAnswer(QMessageBox::No);
        confirm->click();
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY(MessageBox::lastAnswered().contains(QStringLiteral("two versions")));
        QVERIFY(held(*ws.value()));
        QVERIFY(hold->isVisible());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        confirm->click();
        QVERIFY(!held(*ws.value()));
        QVERIFY(!hold->isVisible());
        QVERIFY(!confirm->isVisible());
    }

    void everyTextOfTheHoldIsTranslated()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("b.vigiabackup"));
        {
            test::TestWorkspace source;
            QVERIFY(WorkspaceBackup::backup(*source, file));
        }
        const QString dir = tmp.filePath(QStringLiteral("restored"));
        QVERIFY(WorkspaceBackup::restore(file, test::TestWorkspace::kPassphrase, dir));
        auto ws = Workspace::open(dir, test::TestWorkspace::kPassphrase);
        QVERIFY(ws);
        WorkspaceSettings settings(dir);
        BackupGroup group(*ws.value());
        group.show();
        QVERIFY(QTest::qWaitForWindowExposed(&group));
        Language::install(Language::kPseudo);
        QTRY_VERIFY(group.title().startsWith(QLatin1Char('[')));
        const QStringList problems = test::untranslated(&group);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(tst_BackupGroup)
#include "tst_backupgroup.moc"
