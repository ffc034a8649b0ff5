#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace vigia {

// The passphrase, typed twice, with a strength indication and the warning
// that nobody can recover it. The page is complete only when both entries
// match, the passphrase is at least fair and the warning is acknowledged.
class SetupPassphrasePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupPassphrasePage(QWidget *parent = nullptr);

    [[nodiscard]] QByteArray passphrase() const;
    [[nodiscard]] bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFeedback();

    QLabel *m_warning = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_strengthTitle = nullptr;
    QProgressBar *m_strength = nullptr;
    QLabel *m_strengthText = nullptr;
    QLabel *m_message = nullptr;
    QCheckBox *m_understood = nullptr;
};

} // namespace vigia
