#include "hub/HubCli.h"

#include "common/Language.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigia-hub"));
    vigia::Language::install(QString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    vigia::HubCli cli(out, err);
    return cli.run(app.arguments().mid(1));
}
