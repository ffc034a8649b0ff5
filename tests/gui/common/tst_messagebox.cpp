// The message box seam: a queued answer is returned without showing a
// dialog; without one, the real box is shown and exec()'d.

#include "ModalHelper.h"
#include "ui/common/MessageBox.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using vigia::MessageBox;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class tst_MessageBox : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        const int left = MessageBox::pendingAnswers();
        MessageBox::clearAnswers();
        QCOMPARE(left, 0);
    }

    void queuedAnswersComeFirstInFirstOut()
    {
        MessageBox::setNextAnswer(QMessageBox::No);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(MessageBox::pendingAnswers(), 2);
        QMessageBox::StandardButton first = QMessageBox::NoButton;
        QMessageBox::StandardButton second = QMessageBox::NoButton;
        QCOMPARE(vigia::test::withoutModal([&] {
                     first = MessageBox::question(nullptr, s("Delete"), s("Delete it?"));
                     second = MessageBox::warning(nullptr, s("Careful"), s("Really?"),
                                                  QMessageBox::Yes | QMessageBox::Cancel);
                 }),
                 QString());
        QCOMPARE(first, QMessageBox::No);
        QCOMPARE(second, QMessageBox::Yes);
        QCOMPARE(MessageBox::lastAnswered(), s("Really?"));
    }

    void aBoxWithItsOwnButtonsIsAnsweredByRole()
    {
        QMessageBox box(QMessageBox::Question, s("Delete code"), s("Delete the code?"),
                        QMessageBox::NoButton);
        QPushButton *remove = box.addButton(s("Delete"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        QSignalSpy clicks(&box, &QMessageBox::buttonClicked);
        MessageBox::setNextAnswer(QMessageBox::DestructiveRole);
        QAbstractButton *clicked = nullptr;
        QCOMPARE(vigia::test::withoutModal([&] { clicked = MessageBox::exec(box); }), QString());
        QCOMPARE(clicked, remove);
        // As after a real click: the caller may ask the box, or listen to it.
        QCOMPARE(box.clickedButton(), remove);
        QCOMPARE(clicks.count(), 1);

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QCOMPARE(MessageBox::exec(box), box.button(QMessageBox::Cancel));
    }

    void anAnswerTheBoxCannotGiveIsRefusedLoudly()
    {
        MessageBox::setNextAnswer(QMessageBox::Save);
        QTest::ignoreMessage(QtWarningMsg,
                             "MessageBox: the queued answer is not a button of the box \"Sure?\"");
        QMessageBox::StandardButton answer = QMessageBox::NoButton;
        QCOMPARE(vigia::test::withoutModal(
                     [&] { answer = MessageBox::question(nullptr, s("Title"), s("Sure?")); }),
                 QString());
        QCOMPARE(answer, QMessageBox::Cancel);
    }

    void withoutAnAnswerTheRealBoxIsShown()
    {
        QMessageBox::StandardButton answer = QMessageBox::NoButton;
        QString shown;
        QCOMPARE(vigia::test::answerModal(
                     [&] {
                         answer = MessageBox::question(nullptr, s("Revoke device"), s("Remove it?"),
                                                       QMessageBox::Yes | QMessageBox::Cancel,
                                                       QMessageBox::Cancel);
                     },
                     [&shown](QWidget *w) {
                         auto *box = qobject_cast<QMessageBox *>(w);
                         QVERIFY(box);
                         shown = box->text();
                         QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
                         box->button(QMessageBox::Yes)->click();
                     }),
                 QString());
        QCOMPARE(shown, s("Remove it?"));
        QCOMPARE(answer, QMessageBox::Yes);
    }

    void theModalHelperFailsInsteadOfHanging()
    {
        // No dialog at all: said at once.
        QCOMPARE(vigia::test::answerModal([] {}, [](QWidget *) {}), s("no modal dialog opened"));
        // A second, unexpected dialog is closed and named.
        QMessageBox::StandardButton second = QMessageBox::NoButton;
        const QString problem = vigia::test::answerModal(
            [&] {
                (void)MessageBox::question(nullptr, s("First"), s("One?"));
                second = MessageBox::question(nullptr, s("Second"), s("Two?"));
            },
            [](QWidget *w) { qobject_cast<QMessageBox *>(w)->button(QMessageBox::Yes)->click(); });
        QVERIFY2(problem.contains(s("unexpected")) && problem.contains(s("Two?")),
                 qPrintable(problem));
        QCOMPARE(second, QMessageBox::No);
    }
};

QTEST_MAIN(tst_MessageBox)
#include "tst_messagebox.moc"
