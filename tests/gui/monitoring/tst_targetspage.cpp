// The Targets page: every target with its status, read through the core,
// empty state, and a language switch that translates the statuses.

#include "common/Language.h"
#include "monitoring/ProgressStatus.h"
#include "store/RecordStore.h"
#include "store/TargetStore.h"
#include "TestWorkspace.h"
#include "ui/monitoring/TargetsModel.h"
#include "ui/monitoring/TargetsPage.h"

#include <QTableView>
#include <QTest>

using namespace vigia;

namespace {
Target victims(const char *country)
{
    Target t;
    t.country = QString::fromLatin1(country);
    t.indicator = QStringLiteral("victims_identified");
    t.unit = QStringLiteral("count");
    t.baselineValue = 100;
    t.baselineYear = 2020;
    t.milestones = {{QDate(2022, 12, 31), 150}};
    t.targetValue = 200;
    t.targetDate = QDate(2024, 12, 31);
    return t;
}

QString cell(TargetsPage &page, int row, int column)
{
    return page.model()->index(row, column).data().toString();
}
} // namespace

class TestTargetsPage : public QObject
{
    Q_OBJECT

private slots:
    void listsTargetsWithTheirStatus()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        TargetsPage page(*ws);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.messageText().contains(QStringLiteral("No targets yet")));

        TargetStore targets(ws->database(), ws->oplog(), Role::Coordinator);
        QVERIFY(targets.set(victims("GT")).ok());
        QVERIFY(targets.set(victims("HN")).ok());
        QVERIFY(ws->records()
                    .create(QStringLiteral("indicator_report"), QStringLiteral("2"),
                            {{QStringLiteral("country"), QStringLiteral("GT")},
                             {QStringLiteral("period_start"), QStringLiteral("2022-01-01")},
                             {QStringLiteral("period_end"), QStringLiteral("2022-12-31")},
                             {QStringLiteral("indicator"), QStringLiteral("victims_identified")},
                             {QStringLiteral("unit"), QStringLiteral("count")},
                             {QStringLiteral("value_victims_identified"), 120.0}},
                            true)
                    .ok());
        page.hide();
        page.show(); // shown again: read again
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.messageText(), QString());
        QVERIFY(page.view()->isVisible());
        QCOMPARE(cell(page, 0, TargetsModel::CountryColumn), QStringLiteral("GT"));
        QCOMPARE(cell(page, 0, TargetsModel::StatusColumn), QStringLiteral("off track"));
        QCOMPARE(page.model()->index(0, TargetsModel::StatusColumn).data(TargetsModel::StatusRole),
                 QVariant(int(ProgressStatus::OffTrack)));
        QCOMPARE(cell(page, 0, TargetsModel::ExpectedColumn), QStringLiteral("150"));
        QVERIFY(cell(page, 0, TargetsModel::LatestColumn).startsWith(QStringLiteral("120")));
        QCOMPARE(cell(page, 1, TargetsModel::StatusColumn), QStringLiteral("no data"));
        QCOMPARE(page.model()
                     ->headerData(TargetsModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Status"));

        // The interface language follows: statuses and headers translated.
        QCOMPARE(Language::install(QStringLiteral("es")), QStringLiteral("es"));
        QTRY_COMPARE(cell(page, 1, TargetsModel::StatusColumn), QStringLiteral("sin datos"));
        QCOMPARE(page.model()
                     ->headerData(TargetsModel::CountryColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("País"));
        QCOMPARE(Language::install(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(cell(page, 1, TargetsModel::StatusColumn), QStringLiteral("no data"));
    }
};

QTEST_MAIN(TestTargetsPage)
#include "tst_targetspage.moc"
