#pragma once

#include <QLabel>

namespace vigia {

class PassphraseEdit;

// "Caps Lock is on", shown while one of the watched passphrase fields has the
// focus and the keys typed say Caps Lock is on: the most common reason a
// right passphrase is refused.
class CapsLockWarning : public QLabel
{
    Q_OBJECT

public:
    explicit CapsLockWarning(QWidget *parent = nullptr);

    void watch(PassphraseEdit *edit);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    QList<PassphraseEdit *> m_edits;
};

} // namespace vigia
