#include "ui/common/NewPassphraseFields.h"
#include "ui/common/PlaceholderFit.h"

#include "crypto/PassphraseStrength.h"
#include "ui/common/CapsLockWarning.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PassphraseEdit.h"
#include "ui/common/SecretText.h"

#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace vigia {

namespace {

// The meter's colour says the verdict before the words are read. Through the
// palette's Highlight, which Fusion (and the offscreen platform) paint the
// chunk with; a style sheet would replace the whole native bar.
QColor levelColor(PassphraseStrength::Level level)
{
    switch (level) {
    case PassphraseStrength::Level::Empty:
        return {};
    case PassphraseStrength::Level::TooShort:
    case PassphraseStrength::Level::Weak:
        return QColor(0xc6, 0x28, 0x28);
    case PassphraseStrength::Level::Fair:
        return QColor(0xe0, 0x8e, 0x00);
    case PassphraseStrength::Level::Strong:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

} // namespace

NewPassphraseFields::NewPassphraseFields(QWidget *parent)
    : QWidget(parent)
{
    m_passphrase = new PassphraseEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_confirm = new PassphraseEdit(this);
    m_confirm->setObjectName(QStringLiteral("passphraseConfirm"));
    m_confirm->installEventFilter(this);
    m_capsLock = new CapsLockWarning(this);
    m_capsLock->watch(m_passphrase);
    m_capsLock->watch(m_confirm);
    m_strength = new QProgressBar(this);
    m_strength->setObjectName(QStringLiteral("passphraseStrength"));
    m_strength->setRange(0, 4);
    m_strength->setTextVisible(false);
    m_strengthText = new QLabel(this);
    m_strengthText->setObjectName(QStringLiteral("strengthText"));
    m_strengthText->setWordWrap(true);
    m_message = new ErrorLabel(this, 1);
    m_message->setObjectName(QStringLiteral("passphraseMessage"));

    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setBuddy(m_confirm);
    m_strengthTitle = new QLabel(this);
    m_strengthTitle->setBuddy(m_strength);

    auto *form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_capsLock);
    form->addRow(m_strengthTitle, m_strength);
    form->addRow(QString(), m_strengthText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_message);
    setFocusProxy(m_passphrase);
    setTabOrder(m_passphrase, m_confirm);

    for (PassphraseEdit *edit : {m_passphrase, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &NewPassphraseFields::updateFeedback);
    retranslate();
}

NewPassphraseFields::~NewPassphraseFields()
{
    // Destroyed while holding a passphrase (the window locked, the dialog was
    // closed): wipe it. Quietly, as the owner may be half destroyed already.
    for (PassphraseEdit *edit : {m_passphrase, m_confirm}) {
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

void NewPassphraseFields::showProblems()
{
    m_mismatchShown = true;
    updateFeedback();
}

bool NewPassphraseFields::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_confirm && event->type() == QEvent::FocusOut) {
        // Another window or a menu taking the focus is not the person
        // leaving the field.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason &&
            !m_confirm->text().isEmpty()) {
            m_mismatchShown = true;
            updateFeedback();
        }
    }
    return QWidget::eventFilter(watched, event);
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
    fitPlaceholder(m_passphrase);
    m_confirmLabel->setText(tr("&Repeat it:"));
    m_confirm->setAccessibleName(tr("Repeat the passphrase"));
    m_strengthTitle->setText(tr("Strength:"));
    m_strength->setAccessibleName(tr("Passphrase strength"));
    updateFeedback();
}

void NewPassphraseFields::updateFeedback()
{
    const QString passphrase = m_passphrase->text();
    const PassphraseStrength::Level level = PassphraseStrength::assess(passphrase);
    m_strength->setValue(int(level));
    QPalette palette;
    if (const QColor color = levelColor(level); color.isValid())
        palette.setColor(QPalette::Highlight, color);
    m_strength->setPalette(palette);
    const QString label = PassphraseStrength::label(level);
    const QString why = PassphraseStrength::explanation(PassphraseStrength::weakness(passphrase));
    if (!why.isEmpty())
        m_strengthText->setText(why);
    else if (label.isEmpty())
        m_strengthText->setText(PassphraseStrength::advice(level));
    else
        m_strengthText->setText(tr("%1. %2").arg(label, PassphraseStrength::advice(level)));
    m_strength->setAccessibleDescription(label);

    const bool match = m_confirm->text() == passphrase;
    if (match)
        m_mismatchShown = false;
    QString message;
    if (level == PassphraseStrength::Level::Weak)
        message = tr("This passphrase is too easy to guess, so it cannot be used.");
    else if (m_mismatchShown && !match)
        message = tr("The two passphrases differ. Type the same passphrase twice.");
    if (message.isEmpty())
        m_message->clearMessage();
    else
        m_message->showMessage(message);
    emit changed();
}

} // namespace vigia
