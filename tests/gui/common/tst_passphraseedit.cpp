// PassphraseEdit: the show/hide toggle (named, translated, never a Tab stop,
// no copying while shown) and the Caps Lock guess behind the warning.

#include "common/Language.h"
#include "ui/common/CapsLockWarning.h"
#include "ui/common/PassphraseEdit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidget>

using namespace vigia;

namespace {
// Two passphrase fields, a plain field after them and one warning, as the
// dialogs lay them out.
struct Form
{
    QWidget window;
    PassphraseEdit *first = new PassphraseEdit(&window);
    PassphraseEdit *second = new PassphraseEdit(&window);
    QLineEdit *after = new QLineEdit(&window);
    CapsLockWarning *warning = new CapsLockWarning(&window);

    Form()
    {
        auto *layout = new QVBoxLayout(&window);
        for (QWidget *w : std::initializer_list<QWidget *>{first, second, warning, after})
            layout->addWidget(w);
        warning->watch(first);
        warning->watch(second);
    }

    bool show()
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }
};

QToolButton *toggleButton(PassphraseEdit *edit)
{
    for (QObject *object : edit->revealAction()->associatedObjects()) {
        if (auto *button = qobject_cast<QToolButton *>(object))
            return button;
    }
    return nullptr;
}
} // namespace

class tst_PassphraseEdit : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void toggleShowsAndHidesWithItsNameFollowing()
    {
        Form form;
        QVERIFY(form.show());
        QCOMPARE(form.first->echoMode(), QLineEdit::Password);
        QToolButton *button = toggleButton(form.first);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(button->accessibleName(), QStringLiteral("Show passphrase"));
        QCOMPARE(button->toolTip(), QStringLiteral("Show passphrase"));

        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(form.first->echoMode(), QLineEdit::Normal);
        QVERIFY(form.first->isRevealed());
        QCOMPARE(button->accessibleName(), QStringLiteral("Hide passphrase"));
        QCOMPARE(button->toolTip(), QStringLiteral("Hide passphrase"));
        // Each field has its own toggle.
        QCOMPARE(form.second->echoMode(), QLineEdit::Password);

        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(form.first->echoMode(), QLineEdit::Password);
        QCOMPARE(button->accessibleName(), QStringLiteral("Show passphrase"));
    }

    void toggleIsTranslatedLive()
    {
        Form form;
        QVERIFY(form.show());
        Language::install(Language::kPseudo);
        QToolButton *button = toggleButton(form.first);
        // Language changes arrive as posted events.
        QTRY_VERIFY(button->accessibleName().startsWith(QLatin1Char('[')));
        QVERIFY(button->toolTip().startsWith(QLatin1Char('[')));
        QVERIFY(form.first->revealAction()->text().startsWith(QLatin1Char('[')));
    }

    void oneTabGoesFromFieldToField()
    {
        Form form;
        QVERIFY(form.show());
        QCOMPARE(toggleButton(form.first)->focusPolicy(), Qt::NoFocus);
        form.first->setFocus();
        QTRY_VERIFY(form.first->hasFocus());
        QTest::keyClick(form.first, Qt::Key_Tab);
        QVERIFY(form.second->hasFocus());
        QTest::keyClick(form.second, Qt::Key_Tab);
        QVERIFY(form.after->hasFocus());
    }

    void shownPassphraseIsNotCopied()
    {
        Form form;
        QVERIFY(form.show());
        QClipboard *clipboard = QApplication::clipboard();
        clipboard->setText(QStringLiteral("before"));
        form.first->setFocus();
        form.first->setText(QStringLiteral("river stone lamp"));
        form.first->setRevealed(true);
        form.first->selectAll();
        QTest::keyClick(form.first, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(form.first, Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(clipboard->text(), QStringLiteral("before"));
        QCOMPARE(form.first->text(), QStringLiteral("river stone lamp"));
        // The same keys in an ordinary field do copy: the clipboard works here.
        form.after->setText(QStringLiteral("plain"));
        form.after->selectAll();
        QTest::keyClick(form.after, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard->text(), QStringLiteral("plain"));
    }

    void capsLockWarningFollowsTheKeysAndTheFocus()
    {
        Form form;
        QVERIFY(form.show());
        form.first->setFocus();
        QTRY_VERIFY(form.first->hasFocus());
        // A lower-case letter without Shift: Caps Lock is off.
        QTest::keyClick(form.first, 'a');
        QVERIFY(!form.warning->isVisible());

        // An upper-case letter without Shift: Caps Lock is on.
        QTest::keyClick(form.first, 'A');
        QVERIFY(PassphraseEdit::isCapsLockOn());
        QVERIFY(form.first->showsCapsLockWarning());
        QVERIFY(form.warning->isVisible());
        QCOMPARE(form.warning->text(), QStringLiteral("Caps Lock is on."));
        // Shift with Caps Lock on gives lower case: still on.
        QTest::keyClick(form.first, 'b', Qt::ShiftModifier);
        QVERIFY(form.warning->isVisible());
        // Digits say nothing either way.
        QTest::keyClick(form.first, '7');
        QVERIFY(form.warning->isVisible());

        // The next passphrase field knows it without typing.
        QTest::keyClick(form.first, Qt::Key_Tab);
        QVERIFY(form.second->hasFocus());
        QVERIFY(form.warning->isVisible());
        // Only while a passphrase field has the focus.
        QTest::keyClick(form.second, Qt::Key_Tab);
        QVERIFY(form.after->hasFocus());
        QVERIFY(!form.warning->isVisible());

        // Upper case with Shift: off.
        form.second->setFocus();
        QTRY_VERIFY(form.warning->isVisible());
        QTest::keyClick(form.second, 'C', Qt::ShiftModifier);
        QVERIFY(!PassphraseEdit::isCapsLockOn());
        QVERIFY(!form.warning->isVisible());

        // Pressing Caps Lock itself flips a known state.
        QTest::keyClick(form.second, Qt::Key_CapsLock);
        QVERIFY(form.warning->isVisible());
        QTest::keyClick(form.second, 'd');
        QVERIFY(!form.warning->isVisible());
    }
};

QTEST_MAIN(tst_PassphraseEdit)
#include "tst_passphraseedit.moc"
