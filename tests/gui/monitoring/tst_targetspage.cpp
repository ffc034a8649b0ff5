// The Targets page: every target with its status, read through the core,
// empty state, and a language switch that translates the statuses.

#include "common/Language.h"
#include "monitoring/ProgressStatus.h"
#include "store/RecordStore.h"
#include "store/TargetStore.h"
#include "TestWorkspace.h"
#include "ui/monitoring/TargetDialog.h"
#include "ui/monitoring/TargetsModel.h"
#include "ui/monitoring/TargetsPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
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

    void coordinatorAddsEditsAndDeletes()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        TargetsPage page(*ws);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.addButton()->isEnabled());
        QVERIFY(!page.editButton()->isEnabled()); // nothing selected
        QCOMPARE(page.roleNoteText(), QString());

        // A milestone after the target date is refused in the dialog, which
        // stays open; corrected, the target is written.
        bool refusedFirst = false;
        page.setDialogRunner([&](TargetDialog &dialog) {
            dialog.countryBox()->setCurrentIndex(
                dialog.countryBox()->findData(QStringLiteral("HN")));
            dialog.indicatorBox()->setCurrentIndex(
                dialog.indicatorBox()->findData(QStringLiteral("victims_identified")));
            dialog.breakdownBox()->setCurrentIndex(
                dialog.breakdownBox()->findData(QStringLiteral("sex=girls")));
            dialog.baselineValueBox()->setValue(40);
            dialog.baselineYearBox()->setValue(2020);
            dialog.targetValueBox()->setValue(80);
            dialog.targetDateBox()->setDate(QDate(2025, 12, 31));
            dialog.addMilestone(QDate(2027, 12, 31), 60);
            dialog.accept();
            refusedFirst = dialog.result() != QDialog::Accepted && !dialog.errorText().isEmpty();
            dialog.milestonesTable()->setRowCount(0);
            dialog.addMilestone(QDate(2022, 12, 31), 60);
            dialog.accept();
            return dialog.result();
        });
        QTest::mouseClick(page.addButton(), Qt::LeftButton);
        QVERIFY(refusedFirst);
        QCOMPARE(page.messageText(), QString());
        QCOMPARE(page.model()->rowCount(), 1);
        TargetStore targets(ws->database(), ws->oplog(), Role::Coordinator);
        auto stored = targets.list();
        QCOMPARE(stored.value().size(), 1);
        const Target added = stored.value().first();
        QCOMPARE(added.country, QStringLiteral("HN"));
        QCOMPARE(added.disaggregation, QStringLiteral("sex=girls"));
        QCOMPARE(added.unit, QStringLiteral("count"));
        QCOMPARE(added.milestones, (QList<Milestone>{{QDate(2022, 12, 31), 60}}));

        // Edit: the identity is locked, the numbers change.
        page.view()->selectRow(0);
        QVERIFY(page.editButton()->isEnabled());
        page.setDialogRunner([&](TargetDialog &dialog) {
            if (dialog.countryBox()->isEnabled() || dialog.breakdownBox()->isEnabled())
                return int(QDialog::Rejected);
            dialog.targetValueBox()->setValue(90);
            dialog.accept();
            return dialog.result();
        });
        QTest::mouseClick(page.editButton(), Qt::LeftButton);
        QCOMPARE(targets.get(added.id).value().targetValue, 90.0);
        QCOMPARE(targets.list().value().size(), 1);

        // Delete, after the confirmation.
        page.view()->selectRow(0);
        page.setConfirm(
            [](const QString &question) { return question.contains(QStringLiteral("HN")); });
        QTest::mouseClick(page.deleteButton(), Qt::LeftButton);
        QCOMPARE(targets.list().value().size(), 0);
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void researcherIsToldWhy()
    {
        test::TestWorkspace ws({}, Role::Researcher);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        TargetsPage page(*ws);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.addButton()->isEnabled());
        QVERIFY(page.roleNoteText().contains(QStringLiteral("Only a coordinator")));
        // Even if the dialog were reached, the store refuses and the page says so.
        page.setDialogRunner([](TargetDialog &dialog) {
            dialog.targetValueBox()->setValue(10);
            dialog.targetDateBox()->setDate(QDate(2030, 12, 31));
            return int(QDialog::Accepted);
        });
        page.addTarget();
        QVERIFY2(page.messageText().contains(QStringLiteral("oordinator")),
                 qPrintable(page.messageText()));
        QCOMPARE(page.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestTargetsPage)
#include "tst_targetspage.moc"
