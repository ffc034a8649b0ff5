#pragma once

#include <QLineEdit>

class QAction;

namespace vigia {

// The one line edit every passphrase in the app is typed into: hidden by
// default, with an eye button to show what was typed (and a context-menu
// entry for keyboard users, since the button is not a Tab stop), and a guess
// at Caps Lock for the warning under the field.
//
// Qt 6.4 cannot ask the system whether Caps Lock is on, so the guess comes
// from the keys typed: a letter whose case contradicts Shift means it is on,
// one that agrees means it is off. Caps Lock is one switch for the whole
// keyboard, so the guess is shared by every field: the confirmation field
// knows what the first one learnt.
class PassphraseEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PassphraseEdit(QWidget *parent = nullptr);

    [[nodiscard]] bool isRevealed() const;
    void setRevealed(bool revealed);
    // The show/hide toggle (checked while the passphrase shows).
    [[nodiscard]] QAction *revealAction() const { return m_reveal; }

    // What the keys typed so far said about Caps Lock; false until one did.
    [[nodiscard]] static bool isCapsLockOn();
    // The field has the focus and Caps Lock seems on: warn.
    [[nodiscard]] bool showsCapsLockWarning() const;

signals:
    void capsLockWarningChanged(bool shown);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateIcon();
    void learnCapsLock(const QKeyEvent *event);
    void updateCapsLockWarning();

    QAction *m_reveal = nullptr;
    bool m_warned = false;
};

} // namespace vigia
