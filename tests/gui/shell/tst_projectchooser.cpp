// The project chooser above the navigation: absent with one project, shown
// with two, and choosing the other project shows that project's records
// (the pages are built again on its store) and names it in the title.
#include "project/ProjectAdmin.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/records/RecordListModel.h"
#include "ui/records/RecordsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProjectChooser.h"

#include <QComboBox>
#include <QPointer>
#include <QTest>

using namespace vigia;

namespace {
QUuid addRecord(Workspace &ws, const QString &text)
{
    auto id = ws.records().create(QStringLiteral("f"), {}, {{QStringLiteral("a"), text}}, true);
    return id ? id.value() : QUuid();
}

QList<QUuid> shownRecords(MainWindow &w)
{
    QList<QUuid> out;
    auto *page = w.findChild<RecordsPage *>(QStringLiteral("recordsPage"));
    if (!page)
        return out;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        out.append(page->model()->idAt(row));
    return out;
}
} // namespace

class TestProjectChooser : public QObject
{
    Q_OBJECT

private slots:
    void appearsOnlyWithTwoProjectsAndSwitches()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY(ws.isValid());
        QVERIFY(ProjectAdmin(*ws).create(QStringLiteral("Alpha"), QStringLiteral("BR"), {}));
        const QUuid inAlpha = addRecord(*ws, QStringLiteral("alpha"));
        QVERIFY(!inAlpha.isNull());
        {
            MainWindow w(*ws);
            w.show();
            auto *chooser = w.findChild<ProjectChooser *>(QStringLiteral("projectChooser"));
            QVERIFY(chooser);
            QVERIFY(!chooser->isVisible());
            QVERIFY(!w.windowTitle().contains(QStringLiteral("Alpha")));
        }

        QVERIFY(ProjectAdmin(*ws).create(QStringLiteral("Beta"), QStringLiteral("AR"), {}));
        const QUuid inBeta = addRecord(*ws, QStringLiteral("beta"));
        MainWindow w(*ws);
        w.show();
        auto *chooser = w.findChild<ProjectChooser *>(QStringLiteral("projectChooser"));
        QVERIFY(chooser->isVisible());
        auto *combo = chooser->findChild<QComboBox *>(QStringLiteral("projectCombo"));
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->accessibleName(), QStringLiteral("Project"));
        QCOMPARE(combo->currentText(), QStringLiteral("Beta (AR)"));
        QTRY_COMPARE(shownRecords(w), QList<QUuid>{inBeta});
        QVERIFY(w.windowTitle().contains(QStringLiteral("Beta")));

        QPointer<QWidget> oldPage = w.findChild<QWidget *>(QStringLiteral("recordsPage"));
        combo->setCurrentIndex(0);
        emit combo->activated(0);
        QTRY_VERIFY(oldPage.isNull());
        QTRY_COMPARE(shownRecords(w), QList<QUuid>{inAlpha});
        QCOMPARE(combo->currentText(), QStringLiteral("Alpha (BR)"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Alpha")));
        QCOMPARE(w.currentPage(), MainWindow::RecordsView);
        // The workspace itself is on Alpha now, and the choice is remembered.
        QVERIFY(ws->projectStore().isEmpty());
    }
};

QTEST_MAIN(TestProjectChooser)
#include "tst_projectchooser.moc"
