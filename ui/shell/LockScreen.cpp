#include "ui/shell/LockScreen.h"

#include "store/Workspace.h"
#include "ui/common/CapsLockWarning.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PassphraseEdit.h"
#include "ui/common/SecretText.h"
#include "ui/common/WorkspaceTask.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace vigia {

LockScreen::LockScreen(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
{
    setObjectName(QStringLiteral("lockScreen"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_passphrase = new PassphraseEdit(this);
    m_passphrase->setObjectName(QStringLiteral("lockPassphrase"));
    m_passphrase->setMinimumWidth(260);
    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(QStringLiteral("lockUnlock"));
    m_unlock->setDefault(true);
    // The block is centred: anything appearing in it would move the field
    // up under the pointer. The warning, the progress and the message keep
    // their room while hidden.
    m_capsLock = new CapsLockWarning(this);
    m_capsLock->setAlignment(Qt::AlignCenter);
    m_capsLock->watch(m_passphrase);
    QSizePolicy keepRoom = m_capsLock->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_capsLock->setSizePolicy(keepRoom);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    keepRoom = m_progress->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepRoom);
    m_progress->hide();
    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setAlignment(Qt::AlignCenter);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_passphrase);
    row->addWidget(m_unlock);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addWidget(m_capsLock);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(3);
    setFocusProxy(m_passphrase);

    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    retranslate();
}

LockScreen::~LockScreen()
{
    // The window closed with a passphrase typed but not submitted.
    const QSignalBlocker quiet(m_passphrase);
    SecretText::clear(m_passphrase);
}

void LockScreen::reset()
{
    SecretText::clear(m_passphrase);
    // Whoever comes to the screen next should not find it set to show.
    m_passphrase->setRevealed(false);
    m_message->clearMessage();
}

void LockScreen::tryUnlock()
{
    if (m_busy)
        return;
    if (m_passphrase->text().isEmpty()) {
        m_message->showMessage(tr("Type your passphrase."));
        return;
    }
    setBusy(true);
    // Out of the field at once: wrong or right, the passphrase does not stay
    // in the widget, and the check works on locked memory only.
    auto answered = [this](const Status &s) {
        setBusy(false);
        if (!s) {
            m_message->showMessage(s.error().code() == ErrorCode::WrongPassphrase
                                       ? tr("That passphrase is not right. Vigia stays locked.")
                                       : s.error().message());
            m_passphrase->setFocus();
            return;
        }
        reset();
        emit unlocked();
    };
    // Whether the store closed meanwhile or not (the window closes it once
    // its pages are gone), the keys the passphrase opens decide.
    WorkspaceTask::unlock(this, m_ws, SecretText::take(m_passphrase), answered);
}

void LockScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    if (busy)
        m_message->clearMessage();
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockScreen::retranslate()
{
    m_title->setText(tr("Vigia is locked"));
    m_hint->setText(tr("Type your passphrase to continue."));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_unlock->setText(tr("&Unlock"));
}

} // namespace vigia
