#include "Language.h"
#include "ScreenshotWriter.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

class tst_ScreenshotWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryViewInEveryLanguage()
    {
        QTemporaryDir out;
        const auto files = ScreenshotWriter::writeAll(out.path());
        QVERIFY2(files.ok(), qPrintable(files.error().message()));
        QCOMPARE(files.value().size(),
                 Language::available().size() * ScreenshotWriter::viewNames().size());
        for (const QString &lang : Language::available()) {
            for (const QString &view : ScreenshotWriter::viewNames()) {
                const QString file =
                    QDir(out.path())
                        .filePath(lang + QLatin1Char('/') + view + QStringLiteral(".png"));
                QVERIFY2(files.value().contains(file), qPrintable(file));
                const QImage image(file);
                QVERIFY2(!image.isNull(), qPrintable(file));
                QVERIFY(image.width() >= 400 && image.height() >= 200);
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
