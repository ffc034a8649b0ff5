#include "ui/common/PassphraseEdit.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSignalBlocker>
#include <QToolButton>

namespace vigia {

namespace {

enum class CapsLock
{
    Unknown,
    Off,
    On
};

// One switch for the whole keyboard, so one guess for every field.
CapsLock g_capsLock = CapsLock::Unknown;

// An eye, crossed out for "hide". Drawn rather than shipped: the app carries
// no image resources, and the desktop themes name these icons differently.
QIcon eyeIcon(bool crossed, const QColor &color)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        p.setPen(QPen(color, 1.3));
        QPainterPath eye;
        eye.moveTo(1.5, 8);
        eye.quadTo(8, 1.5, 14.5, 8);
        eye.quadTo(8, 14.5, 1.5, 8);
        p.drawPath(eye);
        p.setBrush(color);
        p.drawEllipse(QPointF(8, 8), 2.2, 2.2);
        if (crossed)
            p.drawLine(QPointF(2.5, 13.5), QPointF(13.5, 2.5));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

PassphraseEdit::PassphraseEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    m_reveal = new QAction(this);
    m_reveal->setObjectName(QStringLiteral("revealPassphrase"));
    m_reveal->setCheckable(true);
    // The line edit's own button: never a Tab stop, so Tab still goes from
    // field to field.
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, &PassphraseEdit::setRevealed);
    updateIcon();
    retranslate();
}

bool PassphraseEdit::isRevealed() const
{
    return echoMode() == QLineEdit::Normal;
}

void PassphraseEdit::setRevealed(bool revealed)
{
    if (revealed == isRevealed())
        return;
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (revealed) {
        // Shown, but still a secret: no suggestions learnt from it, no
        // automatic capitals (setEchoMode(Normal) dropped these hints).
        setInputMethodHints(inputMethodHints() | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                            Qt::ImhNoAutoUppercase);
    }
    const QSignalBlocker quiet(m_reveal);
    m_reveal->setChecked(revealed);
    updateIcon();
    retranslate();
}

bool PassphraseEdit::isCapsLockOn()
{
    return g_capsLock == CapsLock::On;
}

bool PassphraseEdit::showsCapsLockWarning() const
{
    return m_warned;
}

void PassphraseEdit::keyPressEvent(QKeyEvent *event)
{
    learnCapsLock(event);
    updateCapsLockWarning();
    // Showing the passphrase is for reading it, not for putting it on the
    // clipboard, where other programs can read it too. Hidden, QLineEdit
    // refuses by itself.
    if (isRevealed() && (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut))) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void PassphraseEdit::learnCapsLock(const QKeyEvent *event)
{
    if (event->isAutoRepeat())
        return;
    if (event->key() == Qt::Key_CapsLock) {
        if (g_capsLock != CapsLock::Unknown)
            g_capsLock = g_capsLock == CapsLock::On ? CapsLock::Off : CapsLock::On;
        return;
    }
    const Qt::KeyboardModifiers modifiers =
        event->modifiers() & ~(Qt::KeypadModifier | Qt::GroupSwitchModifier);
    // A shortcut (Ctrl, Alt, Meta), not typing.
    if (modifiers & ~Qt::KeyboardModifiers(Qt::ShiftModifier))
        return;
    const QString text = event->text();
    if (text.size() != 1)
        return;
    const QChar c = text.front();
    // Only letters that have a case say anything about Caps Lock.
    if (!c.isLetter() || c.toUpper() == c.toLower())
        return;
    const bool shift = modifiers.testFlag(Qt::ShiftModifier);
    g_capsLock = c.isUpper() != shift ? CapsLock::On : CapsLock::Off;
}

void PassphraseEdit::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    updateCapsLockWarning();
}

void PassphraseEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    updateCapsLockWarning();
}

void PassphraseEdit::updateCapsLockWarning()
{
    const bool shown = hasFocus() && isCapsLockOn();
    if (shown == m_warned)
        return;
    m_warned = shown;
    emit capsLockWarningChanged(shown);
}

void PassphraseEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (isRevealed()) {
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("edit-copy") ||
                action->objectName() == QLatin1String("edit-cut"))
                action->setEnabled(false);
        }
    }
    // The keyboard's way to the toggle, as the eye button takes no focus.
    menu->addSeparator();
    menu->addAction(m_reveal);
    menu->popup(event->globalPos());
}

void PassphraseEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
    QLineEdit::changeEvent(event);
}

void PassphraseEdit::updateIcon()
{
    m_reveal->setIcon(eyeIcon(isRevealed(), palette().color(QPalette::Text)));
}

void PassphraseEdit::retranslate()
{
    const QString text = isRevealed() ? tr("Hide passphrase") : tr("Show passphrase");
    m_reveal->setText(text);
    m_reveal->setToolTip(text);
    // The button QLineEdit made for the action: screen readers read its
    // accessible name, which QToolButton does not take from the action.
    for (QObject *object : m_reveal->associatedObjects()) {
        if (auto *button = qobject_cast<QToolButton *>(object))
            button->setAccessibleName(text);
    }
}

} // namespace vigia
