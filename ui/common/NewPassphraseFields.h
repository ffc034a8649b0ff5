#pragma once

#include "crypto/SecretBytes.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace vigia {

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

signals:
    // Either field changed: isAcceptable() may have changed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFeedback();

    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_strengthTitle = nullptr;
    QProgressBar *m_strength = nullptr;
    QLabel *m_strengthText = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace vigia
