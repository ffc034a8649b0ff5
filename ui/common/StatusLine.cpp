#include "ui/common/StatusLine.h"

namespace vigia {

StatusLine::StatusLine(const QString &objectName, QWidget *parent)
    : SentenceLabel(objectName, parent)
{
    hide();
}

void StatusLine::showMessage(const QString &text)
{
    say(text, false);
}

void StatusLine::showError(const QString &text)
{
    say(text, true);
}

void StatusLine::say(const QString &text, bool isError)
{
    m_isError = isError;
    QFont bold = font();
    bold.setBold(isError);
    setFont(bold);
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace vigia
