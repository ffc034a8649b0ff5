#include "Language.h"
#include "MainWindow.h"
#include "TestWorkspace.h"

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
    void init() { Language::install(Language::kPseudo); }
    void cleanup() { Language::install(QStringLiteral("en")); }

    void mainWindowWithoutWorkspace()
    {
        QTemporaryDir dir;
        MainWindow w(dir.filePath(QStringLiteral("none")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList problems = problemsIn(&w);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void mainWindowWithLockedWorkspace()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        MainWindow w(ws.path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList problems = problemsIn(&w);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
