#include "cli/CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The name decides Workspace::defaultPath(), shared with the desktop app.
    QCoreApplication::setApplicationName(QStringLiteral("vigia"));
    return vigia::CliApp::run(QCoreApplication::arguments());
}
