#include "common/Language.h"
#include "TestWorkspace.h"
#include "ui/setup/SetupWizard.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UnlockDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {
// Every visible text must come from tr(): under the pseudo-locale it is
// bracketed. Labels must fit the pseudo text (40% longer than English).
QStringList problemsIn(QWidget *top)
{
    QStringList problems;
    const auto bracketed = [](const QString &t) {
        return t.isEmpty() || (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')));
    };
    if (!bracketed(top->windowTitle()))
        problems << QStringLiteral("window title \"%1\"").arg(top->windowTitle());
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (!label->isVisible())
            continue;
        if (!bracketed(label->text()))
            problems << QStringLiteral("label %1: \"%2\"").arg(label->objectName(), label->text());
        if (!label->wordWrap() && label->sizeHint().width() > label->width())
            problems << QStringLiteral("label %1 is cut: needs %2 px, has %3")
                            .arg(label->objectName())
                            .arg(label->sizeHint().width())
                            .arg(label->width());
    }
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !bracketed(button->text()))
            problems << QStringLiteral("button \"%1\"").arg(button->text());
    }
    return problems;
}
} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("VIGIA_INSECURE_TEST_KDF", "1"); }
    void init() { Language::install(Language::kPseudo); }
    void cleanup() { Language::install(QStringLiteral("en")); }

    void mainWindowPages_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("sync") << int(MainWindow::SyncView);
        QTest::newRow("settings") << int(MainWindow::SettingsView);
        QTest::newRow("locked") << -1;
    }

    void mainWindowPages()
    {
        QFETCH(int, page);
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (page < 0)
            w.lock();
        else
            w.showPage(MainWindow::Page(page));
        const QStringList problems = problemsIn(&w);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void setupWizardPages()
    {
        QTemporaryDir dir;
        SetupWizard w(dir.filePath(QStringLiteral("ws")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int i = 0; i < 3; ++i) {
            const QStringList problems = problemsIn(&w);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            w.next();
        }
    }

    void unlockDialog()
    {
        test::TestWorkspace ws;
        ws.close();
        UnlockDialog d(ws.path());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QStringList problems = problemsIn(&d);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
