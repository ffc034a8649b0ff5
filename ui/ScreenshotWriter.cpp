#include "ScreenshotWriter.h"

#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

namespace vigia {

ScreenshotWriter::ScreenshotWriter(QString workspacePath)
    : m_workspacePath(std::move(workspacePath))
{}

QStringList ScreenshotWriter::writeAll(const QString &dir, QString *error) const
{
    QStringList written;
    const QString previous = Language::resolve(QString());
    for (const QString &lang : Language::available()) {
        Language::install(lang);
        const QDir out(QDir(dir).filePath(lang));
        if (!QDir().mkpath(out.path())) {
            *error =
                QApplication::translate("vigia::ScreenshotWriter", "Cannot create the folder %1.")
                    .arg(out.path());
            return {};
        }
        MainWindow window(m_workspacePath);
        window.resize(1024, 680);
        window.show();
        QApplication::processEvents();
        const QString file = out.filePath(QStringLiteral("main_window.png"));
        if (!window.grab().save(file)) {
            *error = QApplication::translate("vigia::ScreenshotWriter",
                                             "Cannot write the screenshot %1.")
                         .arg(file);
            return {};
        }
        written << file;
    }
    Language::install(previous);
    return written;
}

} // namespace vigia
