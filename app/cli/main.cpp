#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Name and organisation decide Workspace::defaultPath(), shared with the app.
    QCoreApplication::setApplicationName(QStringLiteral("vigia"));
    QCoreApplication::setOrganizationName(QStringLiteral("vigia"));
    return vigia::CliApp::run(QCoreApplication::arguments());
}
