#include "ui/setup/SetupLanguagePage.h"

#include "common/Language.h"
#include "ui/common/LanguageNames.h"
#include "ui/setup/SetupWizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vigia {

SetupLanguagePage::SetupLanguagePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("languagePage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    LanguageNames::fill(m_language);
    LanguageNames::select(m_language, Language::resolve(QLocale().name()));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_newDevice = new QRadioButton(this);
    m_newDevice->setObjectName(QStringLiteral("newDevice"));
    m_newDevice->setChecked(true);
    m_restore = new QRadioButton(this);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    auto *ways = new QButtonGroup(this);
    ways->addButton(m_newDevice);
    ways->addButton(m_restore);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_newDevice);
    layout->addWidget(m_restore);
    layout->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { Language::install(language()); });
    retranslate();
}

QString SetupLanguagePage::language() const
{
    return m_language->currentData().toString();
}

bool SetupLanguagePage::restoreChosen() const
{
    return m_restore->isChecked();
}

int SetupLanguagePage::nextId() const
{
    return restoreChosen() ? SetupWizard::RestorePageId : SetupWizard::PassphrasePageId;
}

void SetupLanguagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SetupLanguagePage::retranslate()
{
    setTitle(tr("Welcome to Vigia"));
    setSubTitle(tr("A few questions set up this computer. It takes a minute."));
    m_intro->setText(tr("Vigia keeps your records on this computer, encrypted, and sends them "
                        "to your coordinator when you choose. First, pick the language of the "
                        "interface. You can change it later in Settings."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Interface language"));
    m_newDevice->setText(tr("Set up this computer as a ne&w device"));
    m_newDevice->setAccessibleName(tr("Set up a new device"));
    m_restore->setText(tr("&Restore a workspace from a backup"));
    m_restore->setAccessibleName(tr("Restore from a backup"));
}

} // namespace vigia
