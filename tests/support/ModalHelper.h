#pragma once

// Real dialogs a test fills in or clicks through while their exec() runs.
// Simple questions need none of this: queue the answer with
// MessageBox::setNextAnswer (ui/common/MessageBox.h).

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>
#include <utility>

namespace vigia::test {

namespace modal {

// How long an answered dialog may take to close (an unlock runs the KDF in
// the background) and how long a watch waits for one to open: far more
// than a loaded machine needs, far less than ctest's timeout.
inline constexpr std::chrono::milliseconds kPatience = std::chrono::seconds(60);

inline QString describe(QWidget *w)
{
    QString out = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        out += QStringLiteral(" '%1'").arg(w->objectName());
    if (!w->windowTitle().isEmpty())
        out += QStringLiteral(" titled '%1'").arg(w->windowTitle());
    if (auto *box = qobject_cast<QMessageBox *>(w))
        out += QStringLiteral(" saying '%1'").arg(box->text());
    return out;
}

// Closes a dialog the way a user saying no would, so the code that opened
// it takes its "no" path and the test goes on.
inline void dismiss(QWidget *w)
{
    if (auto *box = qobject_cast<QMessageBox *>(w)) {
        for (QAbstractButton *b : box->buttons()) {
            const auto role = box->buttonRole(b);
            if (role == QMessageBox::RejectRole || role == QMessageBox::NoRole) {
                b->click();
                return;
            }
        }
    }
    if (auto *dialog = qobject_cast<QDialog *>(w))
        dialog->reject();
    else
        w->close();
}

// Watches the modal dialogs while it runs: answers the first one with
// `answer` (or, without one, treats every dialog as unexpected), closes
// any other one and one still open kPatience after its answer, and keeps
// the reasons for the test's failure message.
class Watch
{
public:
    explicit Watch(std::function<void(QWidget *)> answer)
        : m_answer(std::move(answer))
    {
        m_poll.setInterval(10);
        QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this] { tick(); });
    }

    void start() { m_poll.start(); }
    void stop() { m_poll.stop(); }
    [[nodiscard]] bool answered() const { return m_answered; }
    [[nodiscard]] bool dialogOpen() const { return m_dialog && m_dialog->isVisible(); }
    [[nodiscard]] const QStringList &problems() const { return m_problems; }
    // True while the answer runs (it may run nested event loops).
    [[nodiscard]] bool busy() const { return m_busy; }

private:
    void tick()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (!m_answered && m_answer) {
            m_answered = true;
            m_dialog = modal;
            // Stopped while the answer runs: a dialog it opens is its business.
            m_poll.stop();
            m_busy = true;
            m_answer(modal);
            m_busy = false;
            if (QTest::currentTestFailed() && dialogOpen()) {
                // A check inside the answer failed and returned before closing it.
                m_problems
                    << QStringLiteral("the answer to %1 failed; closed it").arg(describe(m_dialog));
                dismiss(m_dialog);
            }
            m_deadline.setRemainingTime(kPatience);
            m_poll.start();
            return;
        }
        if (modal == m_dialog) {
            if (m_deadline.hasExpired()) {
                m_problems << QStringLiteral("%1 was still open %2 s after its answer (a failed "
                                             "check inside the answer?); closed it")
                                  .arg(describe(modal))
                                  .arg(kPatience.count() / 1000);
                dismiss(modal);
            }
            return;
        }
        m_problems << QStringLiteral("an unexpected %1 opened; closed it").arg(describe(modal));
        dismiss(modal);
    }

    std::function<void(QWidget *)> m_answer;
    QTimer m_poll;
    QPointer<QWidget> m_dialog;
    QDeadlineTimer m_deadline;
    bool m_answered = false;
    bool m_busy = false;
    QStringList m_problems;
};

} // namespace modal

// Runs `trigger`, which opens a modal dialog with exec(), and `answer` on
// that dialog from inside its event loop. Returns what went wrong, empty if
// nothing did: no dialog opened, another one opened too, or the dialog
// stayed open after its answer. Those dialogs are closed, so a test fails
// with a message instead of hanging until ctest's timeout:
//     QCOMPARE(test::answerModal([&] { button->click(); }, fill), QString());
[[nodiscard]] inline QString answerModal(const std::function<void()> &trigger,
                                         std::function<void(QWidget *)> answer)
{
    modal::Watch watch(std::move(answer));
    watch.start();
    trigger();
    watch.stop();
    QStringList problems = watch.problems();
    if (!watch.answered())
        problems.prepend(QStringLiteral("no modal dialog opened"));
    return problems.join(QStringLiteral("; "));
}

// Runs `trigger` and closes any modal dialog it opens. Returns what opened,
// empty if nothing did: proves a queued MessageBox answer was used.
[[nodiscard]] inline QString withoutModal(const std::function<void()> &trigger)
{
    modal::Watch watch({});
    watch.start();
    trigger();
    watch.stop();
    return watch.problems().join(QStringLiteral("; "));
}

} // namespace vigia::test
