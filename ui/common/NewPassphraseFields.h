#pragma once

#include "crypto/SecretBytes.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;

namespace vigia {

class CapsLockWarning;
class ErrorLabel;
class PassphraseEdit;

// A new passphrase, typed twice, with the strength indication and the rule
// every new passphrase follows (PassphraseStrength::isAcceptable, the same
// as vigiactl's): the setup wizard and the change-passphrase dialog both
// use it, so the two cannot drift apart.
class NewPassphraseFields : public QWidget
{
    Q_OBJECT

public:
    explicit NewPassphraseFields(QWidget *parent = nullptr);
    ~NewPassphraseFields() override;

    // Strong enough and typed the same twice.
    [[nodiscard]] bool isAcceptable() const;
    // Takes the passphrase out of the fields (SecretText::take) and empties
    // both of them.
    [[nodiscard]] std::shared_ptr<SecretBytes> take();
    // Empties both fields, wiping what they held.
    void clear();
    // A submit was tried: say what is wrong now, mismatch included, without
    // waiting for the confirmation field to lose the focus.
    void showProblems();

signals:
    // Either field changed: isAcceptable() may have changed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateFeedback();

    QLabel *m_passphraseLabel = nullptr;
    PassphraseEdit *m_passphrase = nullptr;
    QLabel *m_confirmLabel = nullptr;
    PassphraseEdit *m_confirm = nullptr;
    CapsLockWarning *m_capsLock = nullptr;
    QLabel *m_strengthTitle = nullptr;
    QProgressBar *m_strength = nullptr;
    QLabel *m_strengthText = nullptr;
    ErrorLabel *m_message = nullptr;
    // The confirmation was left (or a submit tried) while it differed: from
    // then on until the two match, the mismatch is said. Not before, or
    // every keystroke of the second entry would be an error.
    bool m_mismatchShown = false;
};

} // namespace vigia
