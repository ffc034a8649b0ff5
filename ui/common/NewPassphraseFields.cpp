#include "ui/common/NewPassphraseFields.h"

#include "crypto/PassphraseStrength.h"
#include "ui/common/SecretText.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace vigia {

NewPassphraseFields::NewPassphraseFields(QWidget *parent)
    : QWidget(parent)
{
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
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_message);
    setFocusProxy(m_passphrase);
    setTabOrder(m_passphrase, m_confirm);

    for (QLineEdit *edit : {m_passphrase, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &NewPassphraseFields::updateFeedback);
    retranslate();
}

NewPassphraseFields::~NewPassphraseFields()
{
    // Destroyed while holding a passphrase (the window locked, the dialog was
    // closed): wipe it. Quietly, as the owner may be half destroyed already.
    for (QLineEdit *edit : {m_passphrase, m_confirm}) {
        const QSignalBlocker quiet(edit);
        SecretText::clear(edit);
    }
}

bool NewPassphraseFields::isAcceptable() const
{
    return PassphraseStrength::isAcceptable(PassphraseStrength::assess(m_passphrase->text())) &&
           m_confirm->text() == m_passphrase->text();
}

std::shared_ptr<SecretBytes> NewPassphraseFields::take()
{
    SecretText::clear(m_confirm);
    return SecretText::take(m_passphrase);
}

void NewPassphraseFields::clear()
{
    SecretText::clear(m_confirm);
    SecretText::clear(m_passphrase);
}

void NewPassphraseFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NewPassphraseFields::retranslate()
{
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("for example: four unrelated words together"));
    m_confirmLabel->setText(tr("&Repeat it:"));
    m_confirm->setAccessibleName(tr("Repeat the passphrase"));
    m_strengthTitle->setText(tr("Strength:"));
    m_strength->setAccessibleName(tr("Passphrase strength"));
    updateFeedback();
}

void NewPassphraseFields::updateFeedback()
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
    emit changed();
}

} // namespace vigia
