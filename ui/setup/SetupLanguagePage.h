#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace vigia {

// First page of the setup: the interface language, applied at once so the
// rest of the setup already speaks it.
class SetupLanguagePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupLanguagePage(QWidget *parent = nullptr);

    // The chosen Language::available() value.
    [[nodiscard]] QString language() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace vigia
