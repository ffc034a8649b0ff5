#pragma once

#include <QDialog>

class QTreeWidget;

namespace vigia {

// Help → Keyboard shortcuts: every key Vigia binds, in the interface
// language, so nobody has to find them by accident.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // The key that opens this list.
    [[nodiscard]] static QKeySequence key();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTreeWidget *m_list = nullptr;
};

} // namespace vigia
