#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace vigia {

// Help → About Vigia: the version, the licence and the versions of the
// libraries in use, selectable so that they can be pasted into a bug report.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_licence = nullptr;
    QLabel *m_runtimeHeading = nullptr;
    QTreeWidget *m_runtime = nullptr;
};

} // namespace vigia
