#include "common/Language.h"
#include "store/Workspace.h"
#include "ui/shell/AppController.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstdlib>

namespace {
// The value of `--name VALUE` or `--name=VALUE` before Qt parses anything, so
// the language is installed before --help is printed.
QString earlyOption(int argc, char *argv[], const char *name)
{
    const QByteArray flag = QByteArray("--") + name;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == flag && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(flag + '='))
            return QString::fromLocal8Bit(arg.mid(flag.size() + 1));
    }
    return {};
}

bool hasFlag(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (qstrcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    // --help and --version need no screen.
    const bool headless = hasFlag(argc, argv, {"--help", "-h", "--help-all", "--version", "-v"});
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") &&
                           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
                           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (noDisplay && headless) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (noDisplay) {
        // Without a display Qt would abort with a cryptic message; say it plainly.
        std::fputs("vigia: no display found (DISPLAY is not set); try: xvfb-run make run\n",
                   stderr);
        return EXIT_FAILURE;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vigia"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIA_VERSION));
    vigia::Language::install(earlyOption(argc, argv, "lang"));

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

    vigia::AppController controller(parser.value(workspace), parser.value(lang));
    if (!controller.start())
        return EXIT_SUCCESS;
    return QApplication::exec();
}
