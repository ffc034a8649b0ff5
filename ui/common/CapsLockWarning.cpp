#include "ui/common/CapsLockWarning.h"

#include "ui/common/PassphraseEdit.h"

#include <QEvent>

namespace vigia {

CapsLockWarning::CapsLockWarning(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("capsLockWarning"));
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setVisible(false);
    retranslate();
}

void CapsLockWarning::watch(PassphraseEdit *edit)
{
    m_edits.append(edit);
    connect(edit, &PassphraseEdit::capsLockWarningChanged, this, &CapsLockWarning::refresh);
    connect(edit, &QObject::destroyed, this, [this, edit] { m_edits.removeAll(edit); });
    refresh();
}

void CapsLockWarning::refresh()
{
    bool shown = false;
    for (const PassphraseEdit *edit : std::as_const(m_edits))
        shown |= edit->showsCapsLockWarning();
    setVisible(shown);
}

void CapsLockWarning::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void CapsLockWarning::retranslate()
{
    setText(tr("Caps Lock is on."));
}

} // namespace vigia
