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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTreeWidget *m_list = nullptr;
};

} // namespace vigia
