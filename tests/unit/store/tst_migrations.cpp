#include "db/Database.h"
#include "db/Statement.h"
#include "FakeClock.h"
#include "oplog/OpLog.h"
#include "store/Migrations.h"
#include "store/RecordStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vigia;

namespace {
// The first column of the first row `sql` returns, or -1 when it returns none.
qint64 scalar(Database &d, const QByteArray &sql)
{
    Statement st(d.handle(), sql.constData());
    return st.step() == 100 ? st.columnInt64(0) : -1;
}
} // namespace

// Every older schema version must upgrade to the latest with its data intact.
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        const QByteArray device = QUuid::createUuid().toRfc4122();
        QUuid id;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(Migrations::migrateTo(*db.value(), from).ok());
            QCOMPARE(db.value()->userVersion().value(), from);
            if (from >= 1) {
                // Write data the way that version would have: ops and projections.
                // Version 16 dropped `text`, a copy of the value's text.
                Statement st(db.value()->handle(),
                             from < 16 ? "INSERT INTO field_values(entity, row, field, value, "
                                         "text, hlc, origin, heads) VALUES ('record', ?1, "
                                         "'narrative', x'656c6c616d61', 'llama', 5, ?2, x'80')"
                                       : "INSERT INTO field_values(entity, row, field, value, "
                                         "hlc, origin, heads) VALUES ('record', ?1, "
                                         "'narrative', x'656c6c616d61', 5, ?2, x'80')");
                id = QUuid::createUuid();
                st.bind(1, id.toRfc4122()).bind(2, device);
                QCOMPARE(st.run(), 101);
                Statement rec(db.value()->handle(), "INSERT INTO records(id, form_id, updated_hlc) "
                                                    "VALUES (?1, 'finding', 5)");
                rec.bind(1, id.toRfc4122());
                QCOMPARE(rec.run(), 101);
            }
            if (from >= 2 && from < 6) {
                // Versions 2 to 5: the projector indexes each value it writes.
                QVERIFY(db.value()
                            ->exec("INSERT INTO record_text(rowid, text) SELECT rowid, text "
                                   "FROM field_values")
                            .ok());
            }
            if (from >= 6) {
                // From version 6 on: each record's list text, indexed per record.
                QVERIFY(db.value()->exec("UPDATE records SET summary = 'llama'").ok());
                QVERIFY(db.value()
                            ->exec("INSERT INTO record_text(rowid, summary, other_text) "
                                   "SELECT rowid, summary, other_text FROM records")
                            .ok());
            }
        }
        auto db = Migrations::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QCOMPARE(db.value()->userVersion().value(), Migrations::latestVersion());
        if (from >= 1) {
            // The text written under any older version is found.
            Statement st(db.value()->handle(),
                         "SELECT count(*) FROM record_text WHERE record_text MATCH 'llama'");
            QCOMPARE(st.step(), 100);
            QCOMPARE(st.columnInt64(0), qint64(1));
            // Version 6 gave every record its list text.
            Statement summary(db.value()->handle(), "SELECT summary FROM records WHERE id = ?1");
            summary.bind(1, id.toRfc4122());
            QCOMPARE(summary.step(), 100);
            QCOMPARE(summary.columnText(0), QStringLiteral("llama"));
        }
        {
            // Version 3 added the (empty) forms table.
            Statement st(db.value()->handle(), "SELECT count(*) FROM forms");
            QCOMPARE(st.step(), 100);
            QCOMPARE(st.columnInt64(0), qint64(0));
        }
        // The upgraded store works for new writes.
        test::FakeClock clock;
        OpLog log(*db.value(), device, clock.fn());
        RecordStore records(*db.value(), log);
        auto created = records.create(QStringLiteral("finding"), QStringLiteral("1"),
                                      {{QStringLiteral("narrative"), QStringLiteral("alpaca")}});
        QVERIFY(created.ok());
        RecordFilter f;
        f.search = QStringLiteral("alpaca");
        QCOMPARE(records.count(f).value(), 1);
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(Migrations::open(path).ok());
        auto again = Migrations::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->userVersion().value(), Migrations::latestVersion());
    }

    void opsOfARowAreFoundThroughAnIndex()
    {
        // OpLog::isShared's question, asked for every comment: without
        // version 12's index it read the whole op log.
        QTemporaryDir dir;
        auto db = Migrations::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(db.ok());
        Statement plan(db.value()->handle(),
                       "EXPLAIN QUERY PLAN SELECT 1 FROM ops WHERE entity = ?1 AND row = ?2 "
                       "AND origin != ?3 LIMIT 1");
        QString detail;
        while (plan.step() == 100)
            detail += plan.columnText(3) + QLatin1Char('\n');
        QVERIFY2(detail.contains(QLatin1String("USING COVERING INDEX ops_by_row")),
                 qPrintable(detail));
    }

    // Version 13 keeps each record's review state in records.review: filled
    // from what a store at version 12 holds, then kept by triggers whoever
    // writes, and the "needs review" count is answered from an index.
    void reviewStateIsKeptInRecords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(Migrations::migrateTo(*db.value(), 12).ok());
            QVERIFY(db.value()->exec(
                "INSERT INTO records(id, form_id, status) VALUES (x'01', 'f', 'finalized'), "
                "(x'02', 'f', 'finalized'), (x'03', 'f', 'draft');"
                "INSERT INTO review_states(id, state) VALUES (x'02', 'approved')"));
        }
        auto db = Migrations::open(path);
        QVERIFY(db.ok());
        Database &d = *db.value();
        const auto review = [&d](const char *id) {
            Statement st(d.handle(), QByteArray("SELECT coalesce(review, '-') FROM records "
                                                "WHERE id = x'") +
                                         id + "'");
            return st.step() == 100 ? st.columnText(0) : QStringLiteral("?");
        };
        QCOMPARE(review("01"), QStringLiteral("received"));
        QCOMPARE(review("02"), QStringLiteral("approved"));
        QCOMPARE(review("03"), QStringLiteral("-"));

        // A draft finalized, a state set, changed and removed, a record that
        // arrives after its review state.
        QVERIFY(d.exec("UPDATE records SET status = 'finalized' WHERE id = x'03'"));
        QCOMPARE(review("03"), QStringLiteral("received"));
        QVERIFY(d.exec("INSERT INTO review_states(id, state) VALUES (x'01', 'needs_changes') "
                       "ON CONFLICT(id) DO UPDATE SET state = excluded.state"));
        QCOMPARE(review("01"), QStringLiteral("needs_changes"));
        QVERIFY(d.exec("UPDATE review_states SET state = 'rejected' WHERE id = x'01'"));
        QCOMPARE(review("01"), QStringLiteral("rejected"));
        QVERIFY(d.exec("DELETE FROM review_states WHERE id = x'02'"));
        QCOMPARE(review("02"), QStringLiteral("received"));
        QVERIFY(d.exec("INSERT INTO review_states(id, state) VALUES (x'04', 'approved');"
                       "INSERT INTO records(id, form_id, status) VALUES (x'04', 'f', "
                       "'finalized')"));
        QCOMPARE(review("04"), QStringLiteral("approved"));

        Statement plan(d.handle(), "EXPLAIN QUERY PLAN SELECT count(*) FROM records r WHERE "
                                   "r.form_id IS NOT NULL AND r.deleted = 0 AND r.review = ?1");
        QString detail;
        while (plan.step() == 100)
            detail += plan.columnText(3) + QLatin1Char('\n');
        QVERIFY2(detail.contains(QLatin1String("USING COVERING INDEX records_by_review")),
                 qPrintable(detail));
    }

    // Version 14: a page of records' answers (the export's and monitoring's
    // read) comes from one index without a table row lookup per answer, on a
    // store upgraded from version 13; a record's own fields ('_') stay out of
    // it. (Version 16 replaces the index by the table's own key.)
    void answersAreReadFromACoveringIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(Migrations::migrateTo(*db.value(), 13).ok());
            QVERIFY(db.value()->exec(
                "INSERT INTO field_values(entity, row, field, value, hlc, origin, heads) VALUES "
                "('record', x'01', 'age', x'01', 1, x'00', x'80'), "
                "('record', x'01', '_status', x'02', 1, x'00', x'80'), "
                "('code', x'01', 'name', x'03', 1, x'00', x'80')"));
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Database &d = *db.value();
        QVERIFY(Migrations::migrateTo(d, 14).ok());
        const char *pageRead = "SELECT v.record_id, v.field, v.value FROM record_values v "
                               "WHERE v.record_id IN (SELECT r.id FROM records r "
                               "WHERE +r.form_id = ?1 AND r.rowid > ?2 AND r.rowid <= ?3)";
        Statement plan(d.handle(), QByteArray("EXPLAIN QUERY PLAN ") + pageRead);
        QString detail;
        while (plan.step() == 100)
            detail += plan.columnText(3) + QLatin1Char('\n');
        QVERIFY2(detail.contains(QLatin1String("USING COVERING INDEX field_values_answers")),
                 qPrintable(detail));
        // The answers stored before the upgrade are in it.
        Statement indexed(d.handle(), "SELECT field FROM field_values "
                                      "INDEXED BY field_values_answers WHERE entity = 'record' "
                                      "AND substr(field, 1, 1) <> '_' AND row = x'01'");
        QCOMPARE(indexed.step(), 100);
        QCOMPARE(indexed.columnText(0), QStringLiteral("age"));
        QCOMPARE(indexed.step(), 101);
    }

    // Version 15: the tally is filled from the records a store at version 14
    // holds (not those without a form, nor deleted ones), then kept by its
    // triggers whoever writes `records` or `review_states`.
    void recordsAreTalliedFromWhatTheStoreHeld()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(Migrations::migrateTo(*db.value(), 14).ok());
            QVERIFY(db.value()->exec(
                "INSERT INTO records(id, form_id, status, country) VALUES "
                "(x'01', 'f', 'finalized', 'CO'), (x'02', 'f', 'finalized', 'CO'), "
                "(x'03', 'f', 'draft', NULL), (x'04', NULL, 'draft', 'CO');"
                "INSERT INTO records(id, form_id, status, deleted) VALUES (x'05', 'f', 'draft', 1);"
                "INSERT INTO review_states(id, state) VALUES (x'02', 'approved')"));
        }
        auto db = Migrations::open(path);
        QVERIFY(db.ok());
        Database &d = *db.value();
        const auto tally = [&d](const char *where) {
            return int(scalar(d, QByteArray("SELECT coalesce(sum(n), 0) FROM record_tally WHERE ") +
                                     where));
        };
        QCOMPARE(tally("1"), 3);
        QCOMPARE(tally("country = 'CO'"), 2);
        QCOMPARE(tally("review = 'received'"), 1);
        QCOMPARE(tally("review = 'approved'"), 1);
        QCOMPARE(tally("status = 'draft' AND country = ''"), 1);

        // Written after the upgrade: a record given its form, one deleted,
        // one restored, a review state removed, a country and a version changed.
        QVERIFY(d.exec("UPDATE records SET form_id = 'f' WHERE id = x'04';"
                       "UPDATE records SET deleted = 1 WHERE id = x'01';"
                       "UPDATE records SET deleted = 0 WHERE id = x'05';"
                       "DELETE FROM review_states WHERE id = x'02';"
                       "UPDATE records SET country = 'BR', form_version = '2' WHERE id = x'03'"));
        QCOMPARE(tally("1"), 4);
        QCOMPARE(tally("country = 'CO'"), 2);
        QCOMPARE(tally("country = 'BR'"), 1);
        QCOMPARE(tally("review = 'approved'"), 0);
        QCOMPARE(tally("review = 'received'"), 1);
        QCOMPARE(tally("form_version = '2'"), 1);
        QCOMPARE(tally("form_version = '' AND country = 'BR'"), 0);
    }

    // Version 16: field_values is clustered on its key. Every value a store
    // at version 15 held, of any entity, comes through with all its columns
    // but `text` (a copy of the value's text, now read from the value); the
    // table has no rowid and no second copy of the answers; a page of
    // records' answers is read from the table's key; and the projector merges
    // into a value written before the upgrade, which search then finds.
    void valuesAreKeptInATableClusteredOnTheirKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        const QByteArray device = QUuid::createUuid().toRfc4122();
        QUuid recordId;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            test::FakeClock clock;
            QVERIFY(Migrations::migrateTo(*db.value(), 15).ok());
            OpLog log(*db.value(), device, clock.fn());
            RecordStore records(*db.value(), log);
            auto created = records.create(QStringLiteral("finding"), QStringLiteral("1"),
                                          {{QStringLiteral("narrative"), QStringLiteral("llama")},
                                           {QStringLiteral("age"), 12}});
            QVERIFY(created.ok());
            recordId = created.value();
            QVERIFY(db.value()->exec(
                "INSERT INTO field_values(entity, row, field, value, text, hlc, origin, heads, "
                "redacted_key) VALUES ('code', x'01', 'name', x'03', 'c', 7, x'00', x'80', "
                "x'aa')"));
        }
        const auto dump = [](Database &d) {
            Statement st(d.handle(), "SELECT entity, row, field, value, hlc, origin, heads, "
                                     "redacted_key FROM field_values ORDER BY 1, 2, 3");
            QStringList out;
            while (st.step() == 100) {
                QStringList row;
                for (int c = 0; c < 8; ++c)
                    row << (st.columnIsNull(c) ? QStringLiteral("NULL")
                                               : QString::fromLatin1(st.columnBlob(c).toHex()));
                out << row.join(QLatin1Char(' '));
            }
            return out;
        };
        QStringList before;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            before = dump(*db.value());
        }
        QVERIFY(before.size() >= 5); // the record's fields, its answers, the code
        auto db = Migrations::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        Database &d = *db.value();
        QCOMPARE(dump(d), before);
        {
            Statement st(d.handle(), "SELECT count(*) FROM sqlite_master WHERE name = "
                                     "'field_values_answers' OR sql LIKE '%field_values_keyed%'");
            QCOMPARE(st.step(), 100);
            QCOMPARE(st.columnInt64(0), qint64(0));
        }
        QVERIFY(!d.exec("SELECT rowid FROM field_values"));
        QVERIFY(!d.exec("SELECT text FROM field_values"));
        Statement plan(d.handle(), "EXPLAIN QUERY PLAN SELECT v.record_id, v.field, v.value "
                                   "FROM record_values v WHERE v.record_id = ?1");
        QString detail;
        while (plan.step() == 100)
            detail += plan.columnText(3) + QLatin1Char('\n');
        QVERIFY2(detail.contains(QLatin1String("USING PRIMARY KEY")), qPrintable(detail));

        // The record written under version 15 takes a new value.
        test::FakeClock clock;
        OpLog log(d, device, clock.fn());
        RecordStore records(d, log);
        QVERIFY(
            records.setValues(recordId, {{QStringLiteral("narrative"), QStringLiteral("alpaca")}})
                .ok());
        RecordFilter f;
        f.search = QStringLiteral("alpaca");
        QCOMPARE(records.count(f).value(), 1);
        f.search = QStringLiteral("llama");
        QCOMPARE(records.count(f).value(), 0);
    }

    // Version 18: the search index is rebuilt without column sizes, finds what
    // was indexed before, and takes updates as the projector makes them.
    void theSearchIndexKeepsNoColumnSizes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(Migrations::migrateTo(*db.value(), 17).ok());
            QVERIFY(db.value()
                        ->exec("INSERT INTO records(id, form_id, updated_hlc, summary, other_text) "
                               "VALUES (x'01', 'finding', 5, 'llama', 'vicuña'), "
                               "(x'02', 'finding', 6, 'alpaca', NULL);"
                               "INSERT INTO record_text(rowid, summary, other_text) "
                               "SELECT rowid, summary, other_text FROM records")
                        .ok());
        }
        auto db = Migrations::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        Database &d = *db.value();
        QCOMPARE(scalar(d, "SELECT count(*) FROM sqlite_schema WHERE name = 'record_text_docsize'"),
                 0);
        QCOMPARE(scalar(d, "SELECT count(*) FROM record_text WHERE record_text MATCH 'vicuna'"), 1);
        QCOMPARE(scalar(d, "SELECT count(*) FROM record_text WHERE record_text MATCH 'alpaca'"), 1);
        // Replaced as SearchIndex replaces a record's text: the old entry out
        // with the text it was indexed with, then the new one in.
        QVERIFY(d.exec("INSERT INTO record_text(record_text, rowid, summary, other_text) "
                       "SELECT 'delete', rowid, summary, other_text FROM records WHERE id = x'02';"
                       "UPDATE records SET summary = 'guanaco' WHERE id = x'02';"
                       "INSERT INTO record_text(rowid, summary, other_text) "
                       "SELECT rowid, summary, other_text FROM records WHERE id = x'02'")
                    .ok());
        QCOMPARE(scalar(d, "SELECT count(*) FROM record_text WHERE record_text MATCH 'alpaca'"), 0);
        QCOMPARE(scalar(d, "SELECT count(*) FROM record_text WHERE record_text MATCH 'guanaco'"),
                 1);
        // The index agrees with the records' text, row for row.
        QVERIFY(d.exec("INSERT INTO record_text(record_text, rank) VALUES ('integrity-check', 1)")
                    .ok());
    }

    // Version 17: the ops each bundle brought become runs of counters, split
    // where another bundle's ops come between, per device.
    void bundleOpsBecomeRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(Migrations::migrateTo(*db.value(), 16).ok());
            Statement st(db.value()->handle(),
                         "INSERT INTO bundle_ops(origin, counter, bundle_id) VALUES (?1, ?2, ?3)");
            const auto link = [&st](const char *origin, int from, int to, const char *bundle) {
                for (int c = from; c <= to; ++c) {
                    st.bind(1, QByteArray(origin)).bind(2, qint64(c)).bind(3, QByteArray(bundle));
                    QCOMPARE(st.run(), 101);
                    st.reset();
                }
            };
            link("a", 1, 5, "X");
            link("a", 6, 8, "Y");
            link("a", 9, 10, "X");
            link("a", 12, 12, "X");
            link("b", 1, 3, "Y");
        }
        auto db = Migrations::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        Statement st(db.value()->handle(),
                     "SELECT origin, from_counter, to_counter, bundle_id FROM bundle_runs "
                     "ORDER BY origin, from_counter");
        QStringList runs;
        while (st.step() == 100)
            runs << QStringLiteral("%1 %2-%3 %4")
                        .arg(QString::fromLatin1(st.columnBlob(0)))
                        .arg(st.columnInt64(1))
                        .arg(st.columnInt64(2))
                        .arg(QString::fromLatin1(st.columnBlob(3)));
        QCOMPARE(runs, (QStringList{QStringLiteral("a 1-5 X"), QStringLiteral("a 6-8 Y"),
                                    QStringLiteral("a 9-10 X"), QStringLiteral("a 12-12 X"),
                                    QStringLiteral("b 1-3 Y")}));
        QVERIFY(!db.value()->exec("SELECT 1 FROM bundle_ops"));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec("PRAGMA user_version=999").ok());
        }
        auto db = Migrations::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), ErrorCode::TooNew);
        QVERIFY(db.error().message().contains(QStringLiteral("999")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
