#include "AppController.h"
#include "Language.h"
#include "ScreenshotWriter.h"
#include "Workspace.h"

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
    // Screenshots, --help and --version need no screen.
    const bool headless = !earlyOption(argc, argv, "screenshots").isEmpty() ||
                          hasFlag(argc, argv, {"--help", "-h", "--help-all", "--version", "-v"});
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
    const QCommandLineOption screenshotDir(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Write screenshots of every view and dialog in every "
                                            "language to DIR (using a temporary sample workspace), "
                                            "then quit."),
        QStringLiteral("DIR"));
    parser.addOptions({workspace, lang, screenshotDir});
    parser.process(app);

    if (parser.isSet(screenshotDir)) {
        const auto files = vigia::ScreenshotWriter::writeAll(parser.value(screenshotDir));
        if (!files) {
            std::fprintf(stderr, "vigia: %s\n", qPrintable(files.error().message()));
            return EXIT_FAILURE;
        }
        for (const QString &f : files.value())
            std::printf("%s\n", qPrintable(f));
        return EXIT_SUCCESS;
    }

    vigia::AppController controller(parser.value(workspace), parser.value(lang));
    if (!controller.start())
        return EXIT_SUCCESS;
    return QApplication::exec();
}
