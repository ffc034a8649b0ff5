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

#include <QAbstractItemView>
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

    // A national project's full name is wider than the navigation: the list
    // opens wide enough to show it whole, and it is the item's tooltip.
    void aLongNameIsShownWholeInTheList()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY(ws.isValid());
        const QString longName = QStringLiteral("Observatorio nacional de la explotación sexual "
                                                "de niñas, niños y adolescentes");
        QVERIFY(ProjectAdmin(*ws).create(longName, QStringLiteral("CO"), {}));
        QVERIFY(ProjectAdmin(*ws).create(QStringLiteral("Beta"), QStringLiteral("AR"), {}));
        MainWindow w(*ws);
        w.show();
        auto *combo = w.findChild<QComboBox *>(QStringLiteral("projectCombo"));
        QVERIFY(combo);
        const QString shown = longName + QStringLiteral(" (CO)");
        const int row = combo->findText(shown);
        QVERIFY(row >= 0);
        QCOMPARE(combo->itemData(row, Qt::ToolTipRole).toString(), shown);
        QVERIFY(combo->width() < combo->fontMetrics().horizontalAdvance(shown));
        QVERIFY(combo->view()->minimumWidth() >
                combo->view()->fontMetrics().horizontalAdvance(shown));
    }
};

QTEST_MAIN(TestProjectChooser)
#include "tst_projectchooser.moc"
