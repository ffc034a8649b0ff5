// RecordListModel's date columns: the record's date and its last change read
// in the interface language's order, always with a four-digit year.

#include "common/Language.h"
#include "RecordsTestSupport.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/records/RecordListModel.h"

#include <QDateTime>
#include <QTest>

#include <memory>

using namespace vigia;

namespace {
const QString kFinding = QStringLiteral("qualitative_finding");
// Noon UTC: the same day in every time zone the test may run in.
const QDateTime kChanged(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
} // namespace

class TestRecordListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspace> m_ws;

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<test::TestWorkspace>([] { return kChanged.toMSecsSinceEpoch(); });
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        QVERIFY(test::ensurePack(**m_ws));
        const QString version = (*m_ws)->forms().get(kFinding).value().version();
        QVERIFY((*m_ws)->records().create(
            kFinding, version,
            {{QStringLiteral("date"), QStringLiteral("2026-12-04")},
             {QStringLiteral("narrative"), QStringLiteral("Families crossing at night")}}));
    }

    void cleanupTestCase()
    {
        m_ws.reset();
        Language::install(QStringLiteral("en"));
    }

    void datesHaveFourDigitYears_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("changed");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("12/4/2026")
                            << QStringLiteral("12/1/2026 ");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("4/12/2026")
                            << QStringLiteral("1/12/2026 ");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("04/12/2026")
                               << QStringLiteral("01/12/2026 ");
    }

    void datesHaveFourDigitYears()
    {
        QFETCH(QString, language);
        QFETCH(QString, date);
        QFETCH(QString, changed);
        Language::install(language);
        RecordListModel model(**m_ws);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RecordListModel::DateColumn).data().toString(), date);
        const QString updated = model.index(0, RecordListModel::UpdatedColumn).data().toString();
        QVERIFY2(updated.startsWith(changed), qPrintable(updated));
        // Date and time: the short time follows.
        QVERIFY2(updated.contains(QLatin1Char(':')), qPrintable(updated));
    }
};

QTEST_MAIN(TestRecordListModel)
#include "tst_recordlistmodel.moc"
