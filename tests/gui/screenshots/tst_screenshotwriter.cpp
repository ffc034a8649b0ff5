#include "common/Language.h"
#include "screenshots/ScreenshotWriter.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {
// A blank or single-colour grab means the view never painted.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 8; y += 7)
        for (int x = 0; x < image.width() && colours.size() < 8; x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}
} // namespace

class tst_ScreenshotWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryViewInEveryLanguage()
    {
        QTemporaryDir out;
        const auto files = ScreenshotWriter::writeAll(out.path());
        QVERIFY2(files.ok(), qPrintable(files.error().message()));
        const QStringList languages = Language::available();
        const QStringList views = ScreenshotWriter::viewNames();
        for (const char *lang : {"en", "es", "pt_BR"})
            QVERIFY(languages.contains(QLatin1String(lang)));
        // The dialogs as well as the main views.
        for (const char *view :
             {"record_editor", "record_editor_validation", "codebook_merge", "forms_import",
              "codebook_delete_confirm", "records_delete_confirm", "sync_join_request",
              "sync_project_setup", "sync_quarantine", "unlock_wrong_passphrase",
              "coordinator_inbox", "coordinator_review", "coordinator_record_comments",
              "coordinator_conflicts", "coordinator_history", "coordinator_devices",
              "coordinator_forms", "project_chooser"})
            QVERIFY2(views.contains(QLatin1String(view)), view);
        QCOMPARE(files.value().size(), languages.size() * views.size());

        const auto path = [&out](const QString &lang, const QString &view) {
            return QDir(out.path())
                .filePath(lang + QLatin1Char('/') + view + QStringLiteral(".png"));
        };
        for (const QString &view : views) {
            QImage english;
            for (const QString &lang : languages) {
                const QString file = path(lang, view);
                QVERIFY2(files.value().contains(file), qPrintable(file));
                QImage image(file);
                QVERIFY2(!image.isNull(), qPrintable(file));
                QVERIFY2(image.width() >= 200 && image.height() >= 80, qPrintable(file));
                QVERIFY2(colourCount(image) >= 4, qPrintable(file));
                if (lang == QLatin1String("en")) {
                    english = image;
                    continue;
                }
                // Retranslated: every view shows text, so another language
                // must change some pixels.
                QVERIFY2(image != english, qPrintable(file));
            }
        }
    }

    void reportsAnUnwritableFolder()
    {
        QTemporaryDir tmp;
        QFile blocker(tmp.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto files = ScreenshotWriter::writeAll(blocker.fileName());
        QVERIFY(!files.ok());
        QCOMPARE(files.error().code(), ErrorCode::Io);
    }
};

QTEST_MAIN(tst_ScreenshotWriter)
#include "tst_screenshotwriter.moc"
