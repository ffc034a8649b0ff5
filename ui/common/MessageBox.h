#pragma once

#include <QMessageBox>

class QAbstractButton;
class QWidget;

namespace vigia {

// Every message box of the app goes through here (as KeePassXC's
// MessageBox), so tests can answer one without hunting for a modal window:
// an answer queued with setNextAnswer() makes the next box return it at
// once, without showing anything. With no answer queued, the box is shown
// and exec()'d exactly as QMessageBox's own functions would.
class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    warning(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    information(QWidget *parent, const QString &title, const QString &text,
                QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    critical(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Ok,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    // A box the caller built (its own buttons, object name, informative
    // text): exec()s it, or clicks the queued answer's button without
    // showing it, so clickedButton() and the box's signals behave the same.
    // Returns the clicked button; nullptr when the box was closed without one.
    static QAbstractButton *exec(QMessageBox &box);

    // For tests. Answers are used first in, first out, by the next boxes.
    static void setNextAnswer(QMessageBox::StandardButton button);
    // The first button with this role: for boxes with buttons of their own,
    // such as "Delete" (DestructiveRole).
    static void setNextAnswer(QMessageBox::ButtonRole role);
    [[nodiscard]] static int pendingAnswers();
    static void clearAnswers();
    // The text of the last box answered from the queue: what was asked.
    [[nodiscard]] static QString lastAnswered();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace vigia
