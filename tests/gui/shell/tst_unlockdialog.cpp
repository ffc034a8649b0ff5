#include "common/Language.h"
#include "store/Workspace.h"
#include "TestWorkspace.h"
#include "ui/common/PassphraseEdit.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/UnlockDialog.h"
#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>

using namespace vigia;

namespace {
// A digest of every file in the workspace folder: unlocking must change none.
QByteArray folderDigest(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        if (name.endsWith(QLatin1String("-shm")) || name.endsWith(QLatin1String("-wal")))
            continue;
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(name.toUtf8());
            hash.addData(f.readAll());
        }
    }
    return hash.result();
}

// The error colour (#b00020) shows in the label's pixels: the text is drawn
// in it, whatever its antialiasing.
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

// Where the other widgets are, to compare before and after a message.
QList<QRect> geometries(const QList<QWidget *> &widgets)
{
    QList<QRect> rects;
    for (QWidget *w : widgets)
        rects << QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    return rects;
}
} // namespace

class tst_UnlockDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void wrongThenRightPassphrase()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        ws.close();
        const QByteArray before = folderDigest(ws.path());

        UnlockDialog dialog(ws.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
        auto *unlock = dialog.findChild<QAbstractButton *>(QStringLiteral("unlockButton"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("unlockMessage"));
        QVERIFY(field && unlock && message);
        QCOMPARE(field->echoMode(), QLineEdit::Password);

        QTest::keyClicks(field, QStringLiteral("not the passphrase"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_VERIFY(message->isVisible() && !dialog.isBusy());
        QVERIFY(message->text().contains(QStringLiteral("not right")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.takeWorkspace());
        QCOMPARE(folderDigest(ws.path()), before);
        // The attempt took the passphrase out of the field.
        QVERIFY(field->text().isEmpty());

        QTest::keyClicks(field, QString::fromUtf8(test::TestWorkspace::kPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        std::unique_ptr<Workspace> opened = dialog.takeWorkspace();
        QVERIFY(opened);
        QCOMPARE(opened->deviceName(), QStringLiteral("test device"));
        QVERIFY(field->text().isEmpty());
        // Opened on a worker thread, the store now belongs to this one:
        // closing it here must not trip Qt's per-thread connection check.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong")));
        opened.reset();
    }

    void wrongPassphraseIsAnErrorAndNothingMoves()
    {
        test::TestWorkspace ws;
        ws.close();
        UnlockDialog dialog(ws.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // As small as it goes: a message without room would grow it.
        dialog.resize(dialog.width(), 1);
        QTRY_COMPARE(dialog.height(), dialog.minimumHeight());
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
        auto *unlock = dialog.findChild<QAbstractButton *>(QStringLiteral("unlockButton"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("unlockMessage"));
        const QList<QRect> before = geometries({field, unlock});
        const QSize size = dialog.size();

        QTest::keyClicks(field, QStringLiteral("not the passphrase"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(message->isVisible() && !dialog.isBusy());
        QVERIFY(message->text().contains(QStringLiteral("not right")));
        QVERIFY(drawnInErrorColor(message));
        QCOMPARE(geometries({field, unlock}), before);
        QCOMPARE(dialog.size(), size);
    }

    void passphraseCanBeShownAndCapsLockIsSaid()
    {
        test::TestWorkspace ws;
        ws.close();
        UnlockDialog dialog(ws.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *field = dialog.findChild<PassphraseEdit *>(QStringLiteral("passphrase"));
        QVERIFY(field);
        field->revealAction()->trigger();
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        // One Tab from the field reaches the buttons, not the toggle.
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("capsLockWarning"));
        QVERIFY(warning);
        const QRect fieldAt = field->geometry();
        QTest::keyClick(field, 'A');
        QVERIFY(warning->isVisible());
        QCOMPARE(field->geometry(), fieldAt);
        QTest::keyClick(field, 'a');
        QVERIFY(!warning->isVisible());
        QTest::keyClick(field, Qt::Key_Tab);
        QVERIFY(qobject_cast<QAbstractButton *>(QApplication::focusWidget()));
    }

    // The lock screen, the other place a passphrase unlocks Vigia.
    void lockScreenSaysWrongPassphraseWithoutMoving()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        LockScreen screen(*ws);
        screen.resize(800, 600);
        screen.show();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        auto *field = screen.findChild<PassphraseEdit *>(QStringLiteral("lockPassphrase"));
        auto *unlock = screen.findChild<QAbstractButton *>(QStringLiteral("lockUnlock"));
        auto *message = screen.findChild<QLabel *>(QStringLiteral("lockMessage"));
        auto *warning = screen.findChild<QLabel *>(QStringLiteral("capsLockWarning"));
        QVERIFY(field && unlock && message && warning);
        const QList<QRect> before = geometries({field, unlock});

        // Caps Lock on while typing: warned, and the block stays put.
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClick(field, 'N');
        QVERIFY(warning->isVisible());
        QCOMPARE(geometries({field, unlock}), before);
        QTest::keyClicks(field, QStringLiteral("ot the passphrase"));
        QVERIFY(!warning->isVisible());

        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(message->isVisible());
        QTRY_VERIFY(field->isEnabled());
        QVERIFY(message->text().contains(QStringLiteral("not right")));
        QVERIFY(drawnInErrorColor(message));
        QCOMPARE(geometries({field, unlock}), before);

        // Shown, then locked again: hidden for whoever comes next.
        field->revealAction()->trigger();
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        screen.reset();
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(!message->isVisible());
        QCOMPARE(geometries({field, unlock}), before);
    }

    void everyTextTranslatedAndEveryInputNamed()
    {
        test::TestWorkspace ws;
        ws.close();
        Language::install(Language::kPseudo);
        UnlockDialog dialog(ws.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList problems = test::untranslated(&dialog) + test::unnamedInputs(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(tst_UnlockDialog)
#include "tst_unlockdialog.moc"
