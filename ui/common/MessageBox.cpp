#include "ui/common/MessageBox.h"

#include <QAbstractButton>
#include <QList>

#include <variant>

namespace vigia {

namespace {
using Answer = std::variant<QMessageBox::StandardButton, QMessageBox::ButtonRole>;

// GUI thread only, like the boxes themselves.
QList<Answer> &answers()
{
    static QList<Answer> queue;
    return queue;
}

QString &lastText()
{
    static QString text;
    return text;
}

QAbstractButton *buttonFor(const QMessageBox &box, const Answer &answer)
{
    if (const auto *standard = std::get_if<QMessageBox::StandardButton>(&answer))
        return box.button(*standard);
    const auto role = std::get<QMessageBox::ButtonRole>(answer);
    for (QAbstractButton *b : box.buttons()) {
        if (box.buttonRole(b) == role)
            return b;
    }
    return nullptr;
}
} // namespace

QAbstractButton *MessageBox::exec(QMessageBox &box)
{
    if (answers().isEmpty()) {
        box.exec();
        return box.clickedButton();
    }
    const Answer answer = answers().takeFirst();
    lastText() = box.text();
    QAbstractButton *button = buttonFor(box, answer);
    if (!button) {
        // A test queued an answer this box cannot give: say so loudly, and
        // take the safe way out, as closing the box would.
        qWarning("MessageBox: the queued answer is not a button of the box \"%s\"",
                 qPrintable(box.text()));
        return nullptr;
    }
    button->click();
    return button;
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    // What QMessageBox::question() and its siblings do, through exec() above.
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    QAbstractButton *clicked = exec(box);
    return clicked ? box.standardButton(clicked) : QMessageBox::Cancel;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title,
                                                    const QString &text,
                                                    QMessageBox::StandardButtons buttons,
                                                    QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    answers().append(button);
}

void MessageBox::setNextAnswer(QMessageBox::ButtonRole role)
{
    answers().append(role);
}

int MessageBox::pendingAnswers()
{
    return int(answers().size());
}

void MessageBox::clearAnswers()
{
    answers().clear();
}

QString MessageBox::lastAnswered()
{
    return lastText();
}

} // namespace vigia
