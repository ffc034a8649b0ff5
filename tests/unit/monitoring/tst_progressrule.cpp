// The status rule of docs/monitoring.md on hand-computed cases.

#include "monitoring/ProgressRule.h"

#include <QTest>

using namespace vigia;

namespace {
// 100 at the end of 2020, 150 at the end of 2022, 200 at the end of 2024.
Target upward()
{
    Target t;
    t.country = QStringLiteral("GT");
    t.indicator = QStringLiteral("victims_identified");
    t.unit = QStringLiteral("count");
    t.baselineValue = 100;
    t.baselineYear = 2020;
    t.milestones = {{QDate(2022, 12, 31), 150}};
    t.targetValue = 200;
    t.targetDate = QDate(2024, 12, 31);
    return t;
}

// 24 months at the end of 2020, 18 at the end of 2022, 12 at the end of 2024.
Target downward()
{
    Target t = upward();
    t.indicator = QStringLiteral("months_to_sentence");
    t.unit = QStringLiteral("months");
    t.baselineValue = 24;
    t.milestones = {{QDate(2022, 12, 31), 18}};
    t.targetValue = 12;
    return t;
}
} // namespace

class TestProgressRule : public QObject
{
    Q_OBJECT

private slots:
    void thePathIsInterpolatedBetweenMilestones()
    {
        const Target t = upward();
        // 2020-12-31 to 2022-12-31 is 730 days; 2021-12-31 is 365 of them.
        QCOMPARE(ProgressRule::pathAt(t, QDate(2021, 12, 31)), 125.0);
        QCOMPARE(ProgressRule::pathAt(t, QDate(2022, 12, 31)), 150.0);
        // 2022-12-31 to 2024-12-31 is 731 days (2024 is a leap year).
        QCOMPARE(ProgressRule::pathAt(t, QDate(2023, 12, 31)), 150.0 + 50.0 * 365 / 731);
        QCOMPARE(ProgressRule::pathAt(t, QDate(2020, 6, 30)), 100.0);
        QCOMPARE(ProgressRule::pathAt(t, QDate(2020, 12, 31)), 100.0);
        QCOMPARE(ProgressRule::pathAt(t, QDate(2024, 12, 31)), 200.0);
        QCOMPARE(ProgressRule::pathAt(t, QDate(2027, 1, 1)), 200.0);
        Target straight = upward();
        straight.milestones.clear();
        // 2020-12-31 to 2024-12-31 is 1461 days; 2022-12-31 is 730 of them.
        QCOMPARE(ProgressRule::pathAt(straight, QDate(2022, 12, 31)), 100.0 + 100.0 * 730 / 1461);
    }

    void statusWhereMoreIsBetter_data()
    {
        QTest::addColumn<QDate>("end");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("status");
        const QDate milestone(2022, 12, 31);
        QTest::newRow("on the path") << milestone << 150.0 << int(ProgressStatus::OnTrack);
        QTest::newRow("ahead") << milestone << 170.0 << int(ProgressStatus::OnTrack);
        QTest::newRow("behind by less than a tenth")
            << milestone << 140.0 << int(ProgressStatus::AtRisk);
        QTest::newRow("behind by exactly a tenth")
            << milestone << 135.0 << int(ProgressStatus::AtRisk);
        QTest::newRow("behind by more than a tenth")
            << milestone << 134.0 << int(ProgressStatus::OffTrack);
        QTest::newRow("between milestones, at risk")
            << QDate(2021, 12, 31) << 115.0 << int(ProgressStatus::AtRisk);
        QTest::newRow("between milestones, off track")
            << QDate(2021, 12, 31) << 112.0 << int(ProgressStatus::OffTrack);
        QTest::newRow("past the target date")
            << QDate(2025, 12, 31) << 200.0 << int(ProgressStatus::OnTrack);
    }

    void statusWhereMoreIsBetter()
    {
        QFETCH(QDate, end);
        QFETCH(double, value);
        QFETCH(int, status);
        QCOMPARE(int(ProgressRule::judge(upward(), end, value)), status);
    }

    void statusWhereLessIsBetter_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("status");
        // At the milestone the path is 18 months; a tenth of it is 1.8.
        QTest::newRow("on the path") << 18.0 << int(ProgressStatus::OnTrack);
        QTest::newRow("faster than planned") << 15.0 << int(ProgressStatus::OnTrack);
        QTest::newRow("slower by a tenth") << 19.8 << int(ProgressStatus::AtRisk);
        QTest::newRow("slower by more") << 20.0 << int(ProgressStatus::OffTrack);
    }

    void statusWhereLessIsBetter()
    {
        QFETCH(double, value);
        QFETCH(int, status);
        QVERIFY(ProgressRule::lowerIsBetter(downward()));
        QCOMPARE(int(ProgressRule::judge(downward(), QDate(2022, 12, 31), value)), status);
    }

    void aTargetToHoldALevelUsesTheIndicatorsDirection()
    {
        Target hold = downward();
        hold.baselineValue = 12;
        hold.targetValue = 12;
        hold.milestones.clear();
        QVERIFY(ProgressRule::lowerIsBetter(hold));
        QCOMPARE(ProgressRule::judge(hold, QDate(2023, 12, 31), 11), ProgressStatus::OnTrack);
        QCOMPARE(ProgressRule::judge(hold, QDate(2023, 12, 31), 13), ProgressStatus::AtRisk);
        Target shelters = upward();
        shelters.indicator = QStringLiteral("shelter_places");
        shelters.targetValue = 100;
        shelters.milestones.clear();
        QVERIFY(!ProgressRule::lowerIsBetter(shelters));
        QCOMPARE(ProgressRule::judge(shelters, QDate(2023, 12, 31), 80), ProgressStatus::OffTrack);
    }

    void statusKeysAndLabels()
    {
        QCOMPARE(ProgressStatusText::key(ProgressStatus::OnTrack), QStringLiteral("on_track"));
        QCOMPARE(ProgressStatusText::key(ProgressStatus::AtRisk), QStringLiteral("at_risk"));
        QCOMPARE(ProgressStatusText::key(ProgressStatus::OffTrack), QStringLiteral("off_track"));
        QCOMPARE(ProgressStatusText::key(ProgressStatus::NoData), QStringLiteral("no_data"));
        QCOMPARE(ProgressStatusText::label(ProgressStatus::AtRisk), QStringLiteral("at risk"));
    }
};

QTEST_GUILESS_MAIN(TestProgressRule)
#include "tst_progressrule.moc"
