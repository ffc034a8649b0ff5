#include "common/Language.h"
#include "screenshots/ScreenshotWriter.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstdlib>

// vigia-screenshots: every view and dialog of the desktop app in every
// language, drawn from invented sample data, for translators and the README.
// A separate program so that the sample data never ships in the app.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vigia"));
    vigia::Language::install(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Write screenshots of every view and dialog in every language to DIR (using a "
                "temporary sample workspace), then quit."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QCoreApplication::translate("main", "Output folder."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(EXIT_FAILURE);

    const auto files = vigia::ScreenshotWriter::writeAll(parser.positionalArguments().constFirst());
    if (!files) {
        std::fprintf(stderr, "vigia-screenshots: %s\n", qPrintable(files.error().message()));
        return EXIT_FAILURE;
    }
    for (const QString &f : files.value())
        std::printf("%s\n", qPrintable(f));
    return EXIT_SUCCESS;
}
