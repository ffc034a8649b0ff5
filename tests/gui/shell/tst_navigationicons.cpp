// NavigationIcons: every page gets an icon that draws, from the desktop's
// theme, Breeze, or the SVGs bundled with Vigia when neither has it.
#include "ui/shell/NavigationIcons.h"

#include <QApplication>
#include <QTest>

using namespace vigia;

namespace {
const QStringList kPages{QStringLiteral("records"), QStringLiteral("codebook"),
                         QStringLiteral("targets"), QStringLiteral("dashboard"),
                         QStringLiteral("sync"),    QStringLiteral("settings"),
                         QStringLiteral("inbox"),   QStringLiteral("conflicts")};
} // namespace

class TestNavigationIcons : public QObject
{
    Q_OBJECT

private slots:
    // The SVG icon engine is installed and the resources are linked in.
    void bundledIconsDraw()
    {
        for (const QString &page : kPages) {
            const QIcon icon = NavigationIcons::bundled(page);
            QVERIFY2(!icon.isNull(), qPrintable(page));
            const QImage image = icon.pixmap(32).toImage();
            QVERIFY2(!image.isNull(), qPrintable(page));
            // Something is drawn: not every pixel transparent.
            bool inked = false;
            for (int y = 0; y < image.height() && !inked; ++y)
                for (int x = 0; x < image.width() && !inked; ++x)
                    inked = qAlpha(image.pixel(x, y)) > 0;
            QVERIFY2(inked, qPrintable(page));
        }
    }

    void breezeIsTheFallbackTheme()
    {
        NavigationIcons::installFallbackTheme();
        QCOMPARE(QIcon::fallbackThemeName(), QStringLiteral("breeze"));
        for (const QString &page : kPages)
            QVERIFY2(!NavigationIcons::icon(page).pixmap(24).isNull(), qPrintable(page));
    }

    // A desktop with no icon theme at all still shows every page's icon.
    void noThemeFallsBackToTheBundledIcons()
    {
        const QStringList paths = QIcon::themeSearchPaths();
        const QString fallback = QIcon::fallbackThemeName();
        QIcon::setThemeSearchPaths({});
        QIcon::setFallbackThemeName(QStringLiteral("none"));
        for (const QString &page : kPages) {
            const QIcon icon = NavigationIcons::icon(page);
            QVERIFY2(!icon.pixmap(24).isNull(), qPrintable(page));
        }
        QIcon::setThemeSearchPaths(paths);
        QIcon::setFallbackThemeName(fallback);
    }

    void unknownPageHasNone()
    {
        QVERIFY(NavigationIcons::icon(QStringLiteral("nowhere")).isNull());
        QVERIFY(NavigationIcons::bundled(QStringLiteral("nowhere")).isNull());
    }
};

QTEST_MAIN(TestNavigationIcons)
#include "tst_navigationicons.moc"
