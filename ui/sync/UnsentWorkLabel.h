#pragma once

#include <QLabel>

namespace vigia {

class Workspace;

// The status bar's count of this device's work not yet sent, in words
// (WorkCountText::statusLine), as a control: clicking it, or Space/Enter
// while it has the focus, asks for the Sync page, where that work is sent.
class UnsentWorkLabel : public QLabel
{
    Q_OBJECT

public:
    explicit UnsentWorkLabel(QWidget *parent = nullptr);

    // Recounts (OutboxSummary::readUnsent); a failure shows its message.
    void refresh(Workspace &ws);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace vigia
