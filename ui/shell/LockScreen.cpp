#include "ui/shell/LockScreen.h"

#include "store/Workspace.h"
#include "ui/common/SecretText.h"
#include "ui/common/WorkspaceTask.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace vigia {

LockScreen::LockScreen(const Workspace &ws, QWidget *parent)
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
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("lockPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(260);
    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(QStringLiteral("lockUnlock"));
    m_unlock->setDefault(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();

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
    m_message->hide();
}

void LockScreen::tryUnlock()
{
    if (m_busy)
        return;
    if (m_passphrase->text().isEmpty()) {
        m_message->setText(tr("Type your passphrase."));
        m_message->show();
        return;
    }
    setBusy(true);
    // Out of the field at once: wrong or right, the passphrase does not stay
    // in the widget, and the check works on locked memory only.
    WorkspaceTask::verify(this, m_ws, SecretText::take(m_passphrase), [this](const Status &s) {
        setBusy(false);
        if (!s) {
            m_message->setText(s.error().code() == ErrorCode::WrongPassphrase
                                   ? tr("That passphrase is not right. Vigia stays locked.")
                                   : s.error().message());
            m_message->show();
            m_passphrase->setFocus();
            return;
        }
        reset();
        emit unlocked();
    });
}

void LockScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    if (busy)
        m_message->hide();
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
