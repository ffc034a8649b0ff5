#include "common/Language.h"
#include "ModalHelper.h"
#include "store/RestoreMark.h"
#include "store/Workspace.h"
#include "store/WorkspaceBackup.h"
#include "store/WorkspaceSettings.h"
#include "TestWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PassphraseEdit.h"
#include "ui/setup/SetupWizard.h"
#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vigia;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");

QAbstractButton *nextButton(SetupWizard &w)
{
    return w.button(QWizard::NextButton);
}

// Types into the field found by name, replacing what was there, as a person
// would: with the focus in it.
void retype(SetupWizard &w, const char *name, const QString &text)
{
    auto *edit = w.findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY(edit);
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

class tst_SetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("VIGIA_INSECURE_TEST_KDF", "1"); }
    void cleanup()
    {
        MessageBox::clearAnswers();
        Language::install(QStringLiteral("en"));
    }

    void createsWorkspaceThroughWidgets()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        SetupWizard w(dir);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(w.currentId(), int(SetupWizard::LanguagePageId));
        QTest::mouseClick(nextButton(w), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(SetupWizard::PassphrasePageId));

        // A mismatched confirmation keeps the page open and says why, once
        // the confirmation is left (here for the check box).
        retype(w, "passphrase", kPassphrase);
        retype(w, "passphraseConfirm", kPassphrase + QLatin1Char('x'));
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("passphraseMessage"))->isVisible());
        QTest::mouseClick(w.findChild<QCheckBox *>(QStringLiteral("understood")), Qt::LeftButton);
        QVERIFY(!nextButton(w)->isEnabled());
        auto *message = w.findChild<QLabel *>(QStringLiteral("passphraseMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("differ")));
        QTest::mouseClick(nextButton(w), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(SetupWizard::PassphrasePageId));

        retype(w, "passphraseConfirm", kPassphrase);
        QVERIFY(nextButton(w)->isEnabled());
        QVERIFY(!message->isVisible());
        QTest::mouseClick(nextButton(w), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(SetupWizard::DevicePageId));
        // The passphrase left the fields for locked memory.
        for (const char *name : {"passphrase", "passphraseConfirm"})
            QVERIFY(w.findChild<QLineEdit *>(QLatin1String(name))->text().isEmpty());

        QAbstractButton *finish = w.button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled());
        retype(w, "deviceName", QStringLiteral("Ana - laptop"));
        QTest::mouseClick(w.findChild<QRadioButton *>(QStringLiteral("roleCoordinator")),
                          Qt::LeftButton);
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_COMPARE(w.result(), int(QDialog::Accepted));
        QVERIFY(!w.isBusy());

        std::unique_ptr<Workspace> ws = w.takeWorkspace();
        QVERIFY(ws);
        QCOMPARE(ws->deviceName(), QStringLiteral("Ana - laptop"));
        QCOMPARE(ws->role(), Role::Coordinator);
        QCOMPARE(WorkspaceSettings(dir).interfaceLanguage(), QStringLiteral("en"));
        ws.reset();
        // The passphrase typed is the one that opens it.
        QVERIFY(Workspace::open(dir, kPassphrase.toUtf8()).ok());
    }

    void refusesWeakPassphrasesAndUnacknowledgedWarning()
    {
        QTemporaryDir tmp;
        SetupWizard w(tmp.filePath(QStringLiteral("ws")));
        w.show();
        w.next();
        retype(w, "passphrase", QStringLiteral("password1"));
        retype(w, "passphraseConfirm", QStringLiteral("password1"));
        w.findChild<QCheckBox *>(QStringLiteral("understood"))->setChecked(true);
        QVERIFY(!nextButton(w)->isEnabled());

        retype(w, "passphrase", kPassphrase);
        retype(w, "passphraseConfirm", kPassphrase);
        QVERIFY(nextButton(w)->isEnabled());
        w.findChild<QCheckBox *>(QStringLiteral("understood"))->setChecked(false);
        QVERIFY(!nextButton(w)->isEnabled());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("lossWarning"))
                    ->text()
                    .contains(QStringLiteral("recover")));
    }

    void passphraseFieldsCanBeShownAndWarnOfCapsLock()
    {
        QTemporaryDir tmp;
        SetupWizard w(tmp.filePath(QStringLiteral("ws")));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.next();
        auto *first = w.findChild<PassphraseEdit *>(QStringLiteral("passphrase"));
        auto *confirm = w.findChild<PassphraseEdit *>(QStringLiteral("passphraseConfirm"));
        QVERIFY(first && confirm);
        for (PassphraseEdit *edit : {first, confirm}) {
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            edit->revealAction()->trigger();
            QCOMPARE(edit->echoMode(), QLineEdit::Normal);
            QCOMPARE(edit->revealAction()->toolTip(), QStringLiteral("Hide passphrase"));
        }
        // The toggles are not Tab stops: field, field, check box.
        first->setFocus();
        QTRY_VERIFY(first->hasFocus());
        QTest::keyClick(first, Qt::Key_Tab);
        QVERIFY(confirm->hasFocus());
        QTest::keyClick(confirm, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 w.findChild<QCheckBox *>(QStringLiteral("understood")));

        auto *warning = w.findChild<QLabel *>(QStringLiteral("capsLockWarning"));
        QVERIFY(warning);
        first->setFocus();
        QTest::keyClick(first, 'A');
        QVERIFY(warning->isVisible());
        QTest::keyClick(first, 'a');
        QVERIFY(!warning->isVisible());
    }

    void languageChoiceSwitchesTheWizardLive()
    {
        QTemporaryDir tmp;
        SetupWizard w(tmp.filePath(QStringLiteral("ws")));
        w.show();
        const QString english = w.windowTitle();
        auto *combo = w.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), Language::available().size());
        combo->setCurrentIndex(combo->findData(QStringLiteral("es")));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        // Under the pseudo-locale every visible text of the wizard is
        // retranslated, not just the title.
        Language::install(Language::kPseudo);
        QTRY_VERIFY(w.windowTitle() != english);
        for (int page : {SetupWizard::LanguagePageId, SetupWizard::PassphrasePageId,
                         SetupWizard::DevicePageId}) {
            QCOMPARE(w.currentId(), page);
            const QStringList problems = test::untranslated(&w);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            const QStringList unnamed = test::unnamedInputs(&w);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
            w.next();
        }
    }

    void restoresFromABackupThroughWidgets()
    {
        QTemporaryDir tmp;
        const QString backup = tmp.filePath(QStringLiteral("laptop.vigiabackup"));
        QUuid device;
        {
            test::TestWorkspace source;
            QVERIFY2(source.isValid(), qPrintable(source.error()));
            device = source->deviceId();
            QVERIFY(WorkspaceBackup::backup(*source, backup));
        }
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        SetupWizard w(dir);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        // On the radio's indicator: the middle of a wide row is not the button.
        auto *restore = w.findChild<QRadioButton *>(QStringLiteral("restoreBackup"));
        QTest::mouseClick(restore, Qt::LeftButton, {}, QPoint(6, restore->height() / 2));
        QVERIFY(restore->isChecked());
        QTest::mouseClick(nextButton(w), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(SetupWizard::RestorePageId));
        QAbstractButton *finish = w.button(QWizard::FinishButton);
        QVERIFY(finish->text().contains(QStringLiteral("Restore")));
        QVERIFY(!finish->isEnabled());

        // "Choose…" asks for a .vigiabackup file; the path can also be typed.
        auto *choose = w.findChild<QAbstractButton *>(QStringLiteral("chooseBackup"));
        QStringList filters;
        QCOMPARE(test::answerModal([choose] { choose->click(); },
                                   [&filters](QWidget *dialog) {
                                       auto *d = qobject_cast<QFileDialog *>(dialog);
                                       QVERIFY(d);
                                       filters = d->nameFilters();
                                       d->reject();
                                   }),
                 QString());
        QVERIFY(!filters.isEmpty() && filters.first().contains(QStringLiteral("*.vigiabackup")));
        auto *file = w.findChild<QLineEdit *>(QStringLiteral("backupFile"));
        QVERIFY(file->text().isEmpty());
        file->setFocus();
        QTest::keyClicks(file, QDir::toNativeSeparators(backup));

        // A wrong passphrase: said in words, nothing written, the page stays.
        retype(w, "restorePassphrase", QStringLiteral("not the passphrase"));
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        auto *status = w.findChild<QLabel *>(QStringLiteral("restoreStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 60000);
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("Wrong passphrase")),
                 qPrintable(status->text()));
        QVERIFY(w.isVisible());
        QVERIFY(!QFileInfo::exists(dir));
        // The passphrase left the field with the attempt.
        QVERIFY(w.findChild<QLineEdit *>(QStringLiteral("restorePassphrase"))->text().isEmpty());

        retype(w, "restorePassphrase", QString::fromUtf8(test::TestWorkspace::kPassphrase));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.result(), int(QDialog::Accepted), 60000);
        QVERIFY(MessageBox::lastAnswered().contains(QStringLiteral("restored")));
        std::unique_ptr<Workspace> ws = w.takeWorkspace();
        QVERIFY(ws);
        QCOMPARE(ws->deviceId(), device);
        QCOMPARE(ws->path(), QDir(dir).absolutePath());
        auto mark = RestoreMark::read(ws->database());
        QVERIFY(mark && mark.value());
    }

    void aDamagedBackupChangesNothing()
    {
        QTemporaryDir tmp;
        const QString backup = tmp.filePath(QStringLiteral("damaged.vigiabackup"));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("VIGIABAK") + QByteArray(200, 'x'));
        file.close();
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        SetupWizard w(dir);
        w.show();
        w.findChild<QRadioButton *>(QStringLiteral("restoreBackup"))->setChecked(true);
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::RestorePageId));
        retype(w, "backupFile", backup);
        retype(w, "restorePassphrase", QString::fromUtf8(test::TestWorkspace::kPassphrase));
        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 60000);
        auto *status = w.findChild<QLabel *>(QStringLiteral("restoreStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("damaged")), qPrintable(status->text()));
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(!w.takeWorkspace());
        // Back to the first page, the new-device path is still there.
        w.back();
        w.findChild<QRadioButton *>(QStringLiteral("newDevice"))->setChecked(true);
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::PassphrasePageId));
    }

    void theRestorePageIsTranslated()
    {
        QTemporaryDir tmp;
        SetupWizard w(tmp.filePath(QStringLiteral("ws")));
        w.show();
        w.findChild<QRadioButton *>(QStringLiteral("restoreBackup"))->setChecked(true);
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::RestorePageId));
        const QString english = w.button(QWizard::FinishButton)->text();
        Language::install(Language::kPseudo);
        QTRY_VERIFY(w.button(QWizard::FinishButton)->text() != english);
        const QStringList problems = test::untranslated(&w);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QStringList unnamed = test::unnamedInputs(&w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void showsWhyCreationFailedAndStaysOpen()
    {
        QTemporaryDir tmp;
        // A file where the workspace folder should go: creation must fail.
        const QString dir = tmp.filePath(QStringLiteral("blocked"));
        QFile blocker(dir);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SetupWizard w(dir);
        w.show();
        w.next();
        retype(w, "passphrase", kPassphrase);
        retype(w, "passphraseConfirm", kPassphrase);
        w.findChild<QCheckBox *>(QStringLiteral("understood"))->setChecked(true);
        w.next();
        retype(w, "deviceName", QStringLiteral("Ana - laptop"));
        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
        auto *status = w.findChild<QLabel *>(QStringLiteral("setupStatus"));
        QTRY_VERIFY(!w.isBusy());
        QVERIFY(status->isVisible());
        QVERIFY(!status->text().isEmpty());
        QVERIFY(w.isVisible());
        QCOMPARE(w.currentId(), int(SetupWizard::DevicePageId));
        QVERIFY(!w.takeWorkspace());
    }
};

QTEST_MAIN(tst_SetupWizard)
#include "tst_setupwizard.moc"
