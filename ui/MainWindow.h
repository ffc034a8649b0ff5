#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace vigia {

// The desktop shell: navigation on the left, the current view in the middle,
// the workspace's state in the status bar. Views arrive with later features.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &workspacePath, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_workspacePath;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_views = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_workspaceState = nullptr;
};

} // namespace vigia
