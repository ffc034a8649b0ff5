#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QRadioButton;

namespace vigia {

// First page of the setup: the interface language, applied at once so the
// rest of the setup already speaks it, and the way on: a new device, or a
// workspace restored from a backup.
class SetupLanguagePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupLanguagePage(QWidget *parent = nullptr);

    // The chosen Language::available() value.
    [[nodiscard]] QString language() const;
    [[nodiscard]] bool restoreChosen() const;
    [[nodiscard]] int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QRadioButton *m_newDevice = nullptr;
    QRadioButton *m_restore = nullptr;
};

} // namespace vigia
