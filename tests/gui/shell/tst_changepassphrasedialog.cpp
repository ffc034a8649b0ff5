#include "common/Language.h"
#include "ModalHelper.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "TestWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PassphraseEdit.h"
#include "ui/shell/ChangePassphraseDialog.h"
#include "ui/shell/SettingsPage.h"
#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTest>

using namespace vigia;

namespace {
const QString kCurrent = QString::fromUtf8(test::TestWorkspace::kPassphrase);
// Non-ASCII on purpose: what reaches the keystore is the UTF-8 of what was typed.
const QString kNew = QStringLiteral("ma") + QChar(0x00F1) + QStringLiteral("ana lluvia ") +
                     QChar(0x00E7) + QStringLiteral("aracol verde");

QByteArray keystoreBytes(const QString &dir)
{
    QFile f(Workspace::keystorePath(dir));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QLineEdit *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QLatin1String(name));
}

void fill(QWidget *dialog, const QString &current, const QString &chosen, const QString &repeat)
{
    // setText: QTest's typing is Latin-1 only.
    field(dialog, "currentPassphrase")->setText(current);
    field(dialog, "passphrase")->setText(chosen);
    field(dialog, "passphraseConfirm")->setText(repeat);
}

QAbstractButton *changeButton(QWidget *dialog)
{
    return dialog->findChild<QAbstractButton *>(QStringLiteral("changeButton"));
}

// Some of the label's pixels are in the error colour (#b00020).
bool drawnInErrorColor(QWidget *label)
{
    const QImage image = label->grab().toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 120 && c.green() < 60 && c.blue() < 80)
                return true;
        }
    }
    return false;
}

bool allFieldsEmpty(QWidget *dialog)
{
    for (const char *name : {"currentPassphrase", "passphrase", "passphraseConfirm"}) {
        if (!field(dialog, name)->text().isEmpty())
            return false;
    }
    return true;
}
} // namespace

class tst_ChangePassphraseDialog : public QObject
{
    Q_OBJECT

private slots:
    // Workspace::changePassphrase takes its limits from the environment.
    void initTestCase() { qputenv("VIGIA_INSECURE_TEST_KDF", "1"); }

    void cleanup()
    {
        Language::install(QStringLiteral("en"));
        const int left = MessageBox::pendingAnswers();
        MessageBox::clearAnswers();
        QCOMPARE(left, 0);
    }

    void changesFromTheSettingsPage()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        WorkspaceSettings settings(ws.path());
        SettingsPage page(*ws, settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *open = page.findChild<QAbstractButton *>(QStringLiteral("changePassphrase"));
        QVERIFY(open);

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QCOMPARE(test::answerModal([&] { open->click(); },
                                   [](QWidget *w) {
                                       auto *dialog = qobject_cast<ChangePassphraseDialog *>(w);
                                       QVERIFY(dialog);
                                       fill(dialog, kCurrent, kNew, kNew);
                                       QVERIFY(changeButton(dialog)->isEnabled());
                                       changeButton(dialog)->click();
                                       QVERIFY(allFieldsEmpty(dialog));
                                   }),
                 QString());
        // The dialog closed once the change was done, and said so.
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY(MessageBox::lastAnswered().contains(QStringLiteral("was changed")));
        QVERIFY(ws->verifyPassphrase(kNew.toUtf8()).ok());
        const Status old = ws->verifyPassphrase(test::TestWorkspace::kPassphrase);
        QVERIFY(!old);
        QCOMPARE(old.error().code(), ErrorCode::WrongPassphrase);
    }

    void wrongCurrentPassphraseChangesNothing()
    {
        test::TestWorkspace ws;
        const QByteArray before = keystoreBytes(ws.path());
        ChangePassphraseDialog dialog(*ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("changeMessage"));
        fill(&dialog, QStringLiteral("not the passphrase"), kNew, kNew);
        changeButton(&dialog)->click();
        // Every field is emptied at once, not only after the answer.
        QVERIFY(allFieldsEmpty(&dialog));
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("current passphrase is not right")),
                 qPrintable(message->text()));
        QVERIFY(drawnInErrorColor(message));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(allFieldsEmpty(&dialog));
        QCOMPARE(keystoreBytes(ws.path()), before);
        QVERIFY(ws->verifyPassphrase(test::TestWorkspace::kPassphrase).ok());
        QVERIFY(!ws->verifyPassphrase(kNew.toUtf8()));
    }

    void theNewPassphraseMustDifferAndBeStrong()
    {
        test::TestWorkspace ws;
        ChangePassphraseDialog dialog(*ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // The setup wizard's rule and meter, not a copy of them.
        fill(&dialog, kCurrent, QStringLiteral("password1"), QStringLiteral("password1"));
        QVERIFY(!changeButton(&dialog)->isEnabled());
        auto *meter = dialog.findChild<QProgressBar *>(QStringLiteral("passphraseStrength"));
        QVERIFY(meter && meter->isVisible());
        auto *rule = dialog.findChild<QLabel *>(QStringLiteral("passphraseMessage"));
        QVERIFY(rule->isVisible());
        QVERIFY(rule->text().contains(QStringLiteral("too easy")));

        // Typed twice differently.
        fill(&dialog, kCurrent, kNew, kNew + QLatin1Char('x'));
        QVERIFY(!changeButton(&dialog)->isEnabled());

        // Strong enough but the same as the current one: the core refuses
        // before spending Argon2id, and the dialog says why. (The test
        // workspace's own passphrase is too weak for the rule.)
        QVERIFY(ws->changePassphrase(test::TestWorkspace::kPassphrase, kNew.toUtf8()).ok());
        const QByteArray changed = keystoreBytes(ws.path());
        fill(&dialog, kNew, kNew, kNew);
        QVERIFY(changeButton(&dialog)->isEnabled());
        changeButton(&dialog)->click();
        QTRY_VERIFY(!dialog.isBusy());
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("changeMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("same")), qPrintable(message->text()));
        QVERIFY(allFieldsEmpty(&dialog));
        QCOMPARE(keystoreBytes(ws.path()), changed);
    }

    void everyFieldCanBeShownAndTabGoesFieldToField()
    {
        test::TestWorkspace ws;
        ChangePassphraseDialog dialog(*ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QList<PassphraseEdit *> edits;
        for (const char *name : {"currentPassphrase", "passphrase", "passphraseConfirm"}) {
            auto *edit = dialog.findChild<PassphraseEdit *>(QLatin1String(name));
            QVERIFY2(edit, name);
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            edit->revealAction()->trigger();
            QCOMPARE(edit->echoMode(), QLineEdit::Normal);
            edits << edit;
        }
        // No plain password field left anywhere in the dialog.
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->echoMode() == QLineEdit::Password)
                QVERIFY2(qobject_cast<PassphraseEdit *>(edit), qPrintable(edit->objectName()));
        }
        edits[0]->setFocus();
        QTRY_VERIFY(edits[0]->hasFocus());
        QTest::keyClick(edits[0], Qt::Key_Tab);
        QVERIFY(edits[1]->hasFocus());
        QTest::keyClick(edits[1], Qt::Key_Tab);
        QVERIFY(edits[2]->hasFocus());

        // Caps Lock, said under the current passphrase while it has the focus.
        edits[0]->setFocus();
        QTest::keyClick(edits[0], 'Q');
        bool warned = false;
        for (QLabel *label : dialog.findChildren<QLabel *>(QStringLiteral("capsLockWarning")))
            warned |= label->isVisible();
        QVERIFY(warned);
        QTest::keyClick(edits[0], 'q');
        for (QLabel *label : dialog.findChildren<QLabel *>(QStringLiteral("capsLockWarning")))
            QVERIFY(!label->isVisible());
    }

    void everyTextTranslatedAndEveryInputNamed()
    {
        test::TestWorkspace ws;
        Language::install(Language::kPseudo);
        ChangePassphraseDialog dialog(*ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList problems = test::untranslated(&dialog) + test::unnamedInputs(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(tst_ChangePassphraseDialog)
#include "tst_changepassphrasedialog.moc"
