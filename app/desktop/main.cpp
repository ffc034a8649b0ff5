#include "Language.h"
#include "MainWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    // Without a display Qt would abort with a cryptic message; say it plainly.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("vigia: no display found (DISPLAY is not set); try: xvfb-run make run\n",
                   stderr);
        return EXIT_FAILURE;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vigia"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIA_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QCoreApplication::translate("main", "Workspace folder."),
                                       QStringLiteral("DIR"), vigia::Workspace::defaultPath());
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language (en, es, pt_BR)."),
        QStringLiteral("LANG"));
    parser.addOptions({workspace, lang});
    parser.process(app);
    vigia::Language::install(parser.value(lang));

    vigia::MainWindow window(parser.value(workspace));
    window.show();
    return QApplication::exec();
}
