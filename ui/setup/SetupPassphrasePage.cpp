#include "ui/setup/SetupPassphrasePage.h"

#include "crypto/PassphraseStrength.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
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

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("passphraseConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_strength = new QProgressBar(this);
    m_strength->setObjectName(QStringLiteral("passphraseStrength"));
    m_strength->setRange(0, 4);
    m_strength->setTextVisible(false);
    m_strengthText = new QLabel(this);
    m_strengthText->setObjectName(QStringLiteral("strengthText"));
    m_strengthText->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("passphraseMessage"));
    m_message->setWordWrap(true);
    m_understood = new QCheckBox(this);
    m_understood->setObjectName(QStringLiteral("understood"));

    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setBuddy(m_confirm);
    m_strengthTitle = new QLabel(this);
    m_strengthTitle->setBuddy(m_strength);

    auto *form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(m_strengthTitle, m_strength);
    form->addRow(QString(), m_strengthText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_understood);
    layout->addStretch();
    setTabOrder(m_passphrase, m_confirm);
    setTabOrder(m_confirm, m_understood);

    for (QLineEdit *edit : {m_passphrase, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &SetupPassphrasePage::updateFeedback);
    connect(m_understood, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslate();
}

QByteArray SetupPassphrasePage::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

bool SetupPassphrasePage::isComplete() const
{
    return PassphraseStrength::isAcceptable(PassphraseStrength::assess(m_passphrase->text())) &&
           m_confirm->text() == m_passphrase->text() && m_understood->isChecked();
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
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("for example: four unrelated words together"));
    m_confirmLabel->setText(tr("&Repeat it:"));
    m_confirm->setAccessibleName(tr("Repeat the passphrase"));
    m_strengthTitle->setText(tr("Strength:"));
    m_strength->setAccessibleName(tr("Passphrase strength"));
    m_understood->setText(tr("I understand that a lost passphrase cannot be recovered"));
    m_understood->setAccessibleName(m_understood->text());
    updateFeedback();
}

void SetupPassphrasePage::updateFeedback()
{
    const PassphraseStrength::Level level = PassphraseStrength::assess(m_passphrase->text());
    m_strength->setValue(int(level));
    const QString label = PassphraseStrength::label(level);
    const QString advice = PassphraseStrength::advice(level);
    m_strengthText->setText(label.isEmpty() ? advice : tr("%1. %2").arg(label, advice));
    m_strength->setAccessibleDescription(label);

    QString message;
    if (level == PassphraseStrength::Level::Weak)
        message = tr("This passphrase is too easy to guess. Choose a longer one.");
    else if (!m_confirm->text().isEmpty() && m_confirm->text() != m_passphrase->text())
        message = tr("The two passphrases differ. Type the same passphrase twice.");
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    emit completeChanged();
}

} // namespace vigia
