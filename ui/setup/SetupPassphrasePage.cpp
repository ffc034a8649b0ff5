#include "ui/setup/SetupPassphrasePage.h"

#include "ui/common/NewPassphraseFields.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace vigia {

SetupPassphrasePage::SetupPassphrasePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("passphrasePage"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("lossWarning"));
    m_warning->setWordWrap(true);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setMargin(8);
    m_fields = new NewPassphraseFields(this);
    m_understood = new QCheckBox(this);
    m_understood->setObjectName(QStringLiteral("understood"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_fields);
    layout->addWidget(m_understood);
    layout->addStretch();
    setTabOrder(m_fields, m_understood);

    connect(m_fields, &NewPassphraseFields::changed, this, &QWizardPage::completeChanged);
    connect(m_understood, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslate();
}

bool SetupPassphrasePage::isComplete() const
{
    return m_fields->isAcceptable() && m_understood->isChecked();
}

bool SetupPassphrasePage::validatePage()
{
    // The device page comes next and creation may fail and be retried: the
    // passphrase waits in locked memory, not in the fields.
    m_taken = m_fields->take();
    return true;
}

void SetupPassphrasePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SetupPassphrasePage::retranslate()
{
    setTitle(tr("Choose a passphrase"));
    setSubTitle(tr("It encrypts everything Vigia keeps on this computer."));
    m_warning->setText(tr("<b>Nobody can recover a lost passphrase</b>, not your coordinator and "
                          "not the Vigia team. If you forget it, the records on this computer "
                          "that were not sent yet are lost. Write it down and keep it somewhere "
                          "safe, away from the computer."));
    m_understood->setText(tr("I understand that a lost passphrase cannot be recovered"));
    m_understood->setAccessibleName(m_understood->text());
}

} // namespace vigia
