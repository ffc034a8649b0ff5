#include "MainWindow.h"

#include "Workspace.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace vigia {

MainWindow::MainWindow(const QString &workspacePath, QWidget *parent)
    : QMainWindow(parent)
    , m_workspacePath(workspacePath)
{
    auto *splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMinimumWidth(160);
    m_views = new QStackedWidget(splitter);
    m_placeholder = new QLabel(m_views);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_views->addWidget(m_placeholder);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_workspaceState = new QLabel(this);
    m_workspaceState->setObjectName(QStringLiteral("workspaceState"));
    statusBar()->addPermanentWidget(m_workspaceState, 1);

    resize(1024, 680);
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Vigia"));
    m_navigation->setAccessibleName(tr("Navigation"));
    const QString where = QDir::toNativeSeparators(m_workspacePath);
    if (Workspace::exists(m_workspacePath)) {
        m_placeholder->setText(tr("The workspace is locked."));
        m_workspaceState->setText(tr("Workspace: %1 (locked)").arg(where));
    } else {
        m_placeholder->setText(tr("There is no workspace here yet. Create one with "
                                  "\"vigiactl init\"."));
        m_workspaceState->setText(tr("No workspace in %1").arg(where));
    }
}

} // namespace vigia
