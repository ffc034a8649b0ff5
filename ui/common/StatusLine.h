#pragma once

#include "ui/common/SentenceLabel.h"

namespace vigia {

// The one line where a view says how its last action went: a message, or an
// error in bold (bold rather than a colour: it survives every theme and high
// contrast). Hidden while it has nothing to say.
class StatusLine : public SentenceLabel
{
    Q_OBJECT

public:
    explicit StatusLine(const QString &objectName, QWidget *parent = nullptr);

    // An empty text hides the line.
    void showMessage(const QString &text);
    void showError(const QString &text);
    [[nodiscard]] bool isError() const { return m_isError; }

private:
    void say(const QString &text, bool isError);

    bool m_isError = false;
};

} // namespace vigia
