#pragma once

#include "crypto/SecretBytes.h"

#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;

namespace vigia {

class NewPassphraseFields;

// The passphrase, typed twice, with a strength indication and the warning
// that nobody can recover it. The page is complete only when both entries
// match, the passphrase is at least fair and the warning is acknowledged.
// Leaving the page forward moves the passphrase out of the fields into
// locked memory; coming back shows them empty.
class SetupPassphrasePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupPassphrasePage(QWidget *parent = nullptr);

    // The passphrase taken when the page was last left forward; null before.
    [[nodiscard]] std::shared_ptr<const SecretBytes> passphrase() const { return m_taken; }
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_warning = nullptr;
    NewPassphraseFields *m_fields = nullptr;
    QCheckBox *m_understood = nullptr;
    std::shared_ptr<const SecretBytes> m_taken;
};

} // namespace vigia
