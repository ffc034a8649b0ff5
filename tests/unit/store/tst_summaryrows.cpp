// SummaryRows sorts a search's matches exactly as RecordStore's SQL orders
// the list, so a search lists the same order whichever plan read it.
#include "db/Database.h"
#include "db/Statement.h"
#include "store/Migrations.h"
#include "store/SummaryRows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

class TestSummaryRows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QList<QUuid> bySql(const char *order)
    {
        Statement st(m_db->handle(),
                     QByteArray(SummaryRows::kColumns) + "FROM records r ORDER BY " + order);
        QList<QUuid> ids;
        SummaryRows rows;
        while (st.step() == 100 /* SQLITE_ROW */)
            ids.append(rows.read(st).id);
        return ids;
    }

    QList<QUuid> sorted(RecordSort sort, bool ascending, qsizetype offset = 0, qsizetype limit = -1)
    {
        // The order the rows come in must not matter.
        Statement st(m_db->handle(),
                     QByteArray(SummaryRows::kColumns) + "FROM records r ORDER BY random()");
        SummaryRows rows;
        while (st.step() == 100 /* SQLITE_ROW */)
            rows.collect(st, sort);
        QList<QUuid> ids;
        for (const RecordSummary &s : rows.takeSorted(sort, ascending, offset, limit))
            ids.append(s.id);
        return ids;
    }

private slots:
    void initTestCase()
    {
        auto db = Migrations::open(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(db.ok());
        m_db = db.take();
        // Ties, NULLs and empty texts in every sorted column.
        const QList<QList<QVariant>> rows{
            {t("finding"), t("draft"), t("AR"), t("2026-03-01"), 5},
            {t("finding"), t("finalized"), QVariant(), t("2026-03-01"), 5},
            {t("indicator"), t("draft"), t(""), QVariant(), 7},
            {QVariant(), t("draft"), t("PY"), t("2026-01-09"), 7},
            {t("finding"), QVariant(), t("AR"), t(""), 2},
            {t(""), t("finalized"), t("BR"), t("2026-03-02"), 9},
            {t("indicator"), t("finalized"), QVariant(), t("2026-03-01"), 5},
            {t("finding"), t("draft"), t("PY"), QVariant(), 9},
        };
        Statement ins(m_db->handle(),
                      "INSERT INTO records(id, form_id, status, country, event_date, "
                      "updated_hlc, summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'text')");
        for (const QList<QVariant> &r : rows) {
            ins.bind(1, QUuid::createUuid().toRfc4122());
            for (int i = 0; i < 4; ++i) {
                if (r[i].isNull())
                    ins.bindNull(i + 2);
                else
                    ins.bindText(i + 2, r[i].toString());
            }
            ins.bind(6, r[4].toLongLong());
            QCOMPARE(ins.run(), 101);
        }
        // Review states: reviewed, received by default, and a reopened draft.
        QVERIFY(m_db->exec("INSERT INTO review_states(id, state) SELECT id, 'approved' FROM "
                           "records WHERE form_id = ''"));
        QVERIFY(m_db->exec("INSERT INTO review_states(id, state) SELECT id, 'needs_changes' "
                           "FROM records WHERE form_id = 'indicator' AND status = 'finalized'"));
        QVERIFY(m_db->exec("INSERT INTO review_states(id, state) SELECT id, 'rejected' FROM "
                           "records WHERE form_id IS NULL"));
    }

    void sortsAsTheListQueryDoes_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QByteArray>("order");
        const QList<QPair<RecordSort, QByteArray>> columns{{RecordSort::ByForm, "form_id"},
                                                           {RecordSort::ByStatus, "status"},
                                                           {RecordSort::ByCountry, "country"},
                                                           {RecordSort::ByDate, "event_date"}};
        for (const auto &[sort, column] : columns) {
            for (const bool asc : {true, false}) {
                QTest::addRow("%s %s", column.constData(), asc ? "asc" : "desc")
                    << int(sort) << asc
                    << QByteArray("r." + column + (asc ? " ASC" : " DESC") +
                                  ", r.updated_hlc DESC, r.rowid");
            }
        }
        for (const bool asc : {true, false}) {
            QTest::addRow("review %s", asc ? "asc" : "desc")
                << int(RecordSort::ByReview) << asc
                << (QByteArray("r.review") + (asc ? " ASC" : " DESC") +
                    ", r.updated_hlc DESC, r.rowid");
        }
        QTest::addRow("updated asc")
            << int(RecordSort::ByUpdated) << true << QByteArray("r.updated_hlc ASC, r.rowid");
        QTest::addRow("updated desc")
            << int(RecordSort::ByUpdated) << false << QByteArray("r.updated_hlc DESC, r.rowid");
    }

    void sortsAsTheListQueryDoes()
    {
        QFETCH(int, sort);
        QFETCH(bool, ascending);
        QFETCH(QByteArray, order);
        const QList<QUuid> expected = bySql(order.constData());
        QCOMPARE(expected.size(), 8);
        for (int run = 0; run < 5; ++run)
            QCOMPARE(sorted(RecordSort(sort), ascending), expected);
        QCOMPARE(sorted(RecordSort(sort), ascending, 3, 2), expected.mid(3, 2));
        QCOMPARE(sorted(RecordSort(sort), ascending, 7, 5), expected.mid(7));
        QVERIFY(sorted(RecordSort(sort), ascending, 9, 5).isEmpty());
    }

    void repeatedTextsAreShared()
    {
        Statement st(m_db->handle(), QByteArray(SummaryRows::kColumns) +
                                         "FROM records r WHERE r.form_id = 'finding'");
        SummaryRows rows;
        QList<RecordSummary> read;
        while (st.step() == 100 /* SQLITE_ROW */)
            read.append(rows.read(st));
        QCOMPARE(read.size(), 4);
        QCOMPARE(read[0].formId, QStringLiteral("finding"));
        // One QString shared by every line, not one allocation each.
        QCOMPARE(read[1].formId.constData(), read[0].formId.constData());
        QCOMPARE(read[3].formId.constData(), read[0].formId.constData());
    }

private:
    static QVariant t(const char *text) { return QString::fromUtf8(text); }
};

QTEST_GUILESS_MAIN(TestSummaryRows)
#include "tst_summaryrows.moc"
