#include "common/Language.h"
#include "store/Workspace.h"
#include "ui/shell/AppController.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QIcon>
#include <QTimer>

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

// --screenshot FILE: once the first window (setup or unlock) shows, writes a
// picture of it and closes it, so that an installed copy can be checked
// without a display (the `package` tests). Sample data for the README's
// pictures lives in vigia-screenshots, which is not installed.
void screenshotFirstWindow(const QString &file, bool *written)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [timer, file, written] {
        QWidget *window = QApplication::activeModalWidget();
        if (window == nullptr || !window->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        *written = window->grab().save(file, "PNG");
        if (auto *dialog = qobject_cast<QDialog *>(window))
            dialog->done(QDialog::Rejected);
        else
            window->close();
    });
    timer->start();
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
    // The installed icon (packaging/), and the desktop file it belongs to, so
    // that Wayland compositors and task bars match the window to it.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.vigia.Vigia")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.vigia.Vigia"));
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
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Write a picture of the first window to FILE (PNG), "
                                            "then quit: to check an installation."),
        QStringLiteral("FILE"));
    parser.addOptions({workspace, lang, screenshot});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main", "A bundle, invitation or approval to open once the "
                                            "workspace is unlocked."),
        QStringLiteral("[FILE…]"));
    parser.process(app);

    bool screenshotWritten = false;
    if (parser.isSet(screenshot))
        screenshotFirstWindow(parser.value(screenshot), &screenshotWritten);

    vigia::AppController controller(parser.value(workspace), parser.value(lang));
    if (!controller.start()) {
        if (parser.isSet(screenshot) && !screenshotWritten) {
            std::fprintf(stderr, "vigia: could not write %s\n",
                         qPrintable(parser.value(screenshot)));
            return EXIT_FAILURE;
        }
        return EXIT_SUCCESS;
    }
    // Once the window shows, so that what the file brings lands on it.
    const QStringList files = parser.positionalArguments();
    QTimer::singleShot(0, controller.window(), [&controller, files] {
        for (const QString &file : files)
            controller.window()->openFile(file);
    });
    return QApplication::exec();
}
