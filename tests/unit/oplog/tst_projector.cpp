#include "common/CanonicalCbor.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "FakeClock.h"
#include "oplog/OpLog.h"
#include "OpLogDevices.h"
#include "store/Migrations.h"

#include <QCborArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vigia;

// Stores written before schema 5 kept heads without values and opened
// conflicts between equal concurrent values; upgrading recomputes both from
// the log, exactly as merging the same ops afresh would.
class TestProjector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList columnsOf(Database &db, const char *schema, const char *table)
    {
        Statement info(db.handle(), QStringLiteral("PRAGMA %1.table_info(%2)")
                                        .arg(QLatin1String(schema), QLatin1String(table))
                                        .toUtf8()
                                        .constData());
        QStringList columns;
        while (info.step() == 100 /* SQLITE_ROW */)
            columns.append(info.columnText(1));
        return columns;
    }

    // INSERT INTO main.T (cols) SELECT cols FROM fresh.T over the columns
    // both have. Columns only main has (field_values.text, a copy of the
    // value's text that schema 16 dropped) stay NULL: nothing reads them.
    static bool copyColumns(Database &db, const char *table)
    {
        const QStringList theirs = columnsOf(db, "fresh", table);
        QStringList columns = columnsOf(db, "main", table);
        columns.removeIf([&theirs](const QString &c) { return !theirs.contains(c); });
        const QString list = columns.join(u',');
        return db
            .exec(QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM fresh.%1;")
                      .arg(QLatin1String(table), list)
                      .toUtf8()
                      .constData())
            .ok();
    }

    static QList<QByteArray> rows(Database &db, const char *sql)
    {
        Statement st(db.handle(), sql);
        QList<QByteArray> out;
        while (st.step() == 100 /* SQLITE_ROW */)
            out.append(st.columnBlob(0));
        return out;
    }

    // What schema 4 would have stored: heads as [origin, counter, hlc,
    // based_on] of the unseen ops only.
    static void makeLegacy(Database &db)
    {
        Statement sel(db.handle(), "SELECT entity, row, field, heads FROM field_values");
        Statement up(db.handle(), "UPDATE field_values SET heads = ?1 WHERE entity = ?2 AND "
                                  "row = ?3 AND field = ?4");
        while (sel.step() == 100 /* SQLITE_ROW */) {
            const QCborArray heads = QCborValue::fromCbor(sel.columnBlob(3)).toArray();
            qint64 seenUpTo = 0;
            for (const QCborValue &h : heads)
                seenUpTo = std::max(seenUpTo, h.toArray().at(3).toInteger());
            QCborArray legacy;
            for (const QCborValue &h : heads) {
                const QCborArray e = h.toArray();
                if (e.at(2).toInteger() > seenUpTo)
                    legacy.append(QCborArray{e.at(0), e.at(1), e.at(2), e.at(3)});
            }
            up.bind(1, CanonicalCbor::encode(legacy))
                .bindText(2, sel.columnText(0))
                .bind(3, sel.columnBlob(1))
                .bindText(4, sel.columnText(2));
            QCOMPARE(up.run(), 101);
        }
    }

private slots:
    void upgradeRecomputesHeadsAndClosesEqualConflicts()
    {
        test::FakeClock clock;
        QList<Op> ops;
        const QByteArray ana = QUuid::createUuid().toRfc4122();
        const QByteArray ben = QUuid::createUuid().toRfc4122();
        const QByteArray row = QUuid::createUuid().toRfc4122();
        const auto write = [&](Database &db, OpLog &log, const QString &field,
                               const QCborValue &value) {
            Transaction txn(db);
            auto op = log.append(QStringLiteral("record"), row, field, value);
            QVERIFY(op.ok() && txn.commit().ok());
            ops.append(op.value());
        };
        {
            auto anaDb = Migrations::open(m_dir.filePath(QStringLiteral("ana.sqlite"))).take();
            auto benDb = Migrations::open(m_dir.filePath(QStringLiteral("ben.sqlite"))).take();
            OpLog anaLog(*anaDb, ana, clock.fn());
            OpLog benLog(*benDb, ben, clock.fn());
            write(*anaDb, anaLog, QStringLiteral("same"), QStringLiteral("PY"));
            write(*anaDb, anaLog, QStringLiteral("other"), QStringLiteral("ana"));
            write(*anaDb, anaLog, QStringLiteral("other"), QStringLiteral("ana, again"));
            clock.advance(5);
            write(*benDb, benLog, QStringLiteral("same"), QStringLiteral("PY"));
            write(*benDb, benLog, QStringLiteral("other"), QStringLiteral("ben"));
        }

        const QString freshPath = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        auto fresh = Migrations::open(freshPath).take();
        OpLog freshLog(*fresh, QUuid::createUuid().toRfc4122(), clock.fn());
        QVERIFY(freshLog.apply(ops).ok());

        const QString legacyPath = m_dir.filePath(QStringLiteral("legacy.sqlite"));
        {
            auto db = Database::open(legacyPath).take();
            QVERIFY(Migrations::migrateTo(*db, 4).ok());
            // Today's projector writes today's schema: its tables are copied
            // into schema 4's, then the heads are made what schema 4 wrote.
            Statement attach(db->handle(), "ATTACH DATABASE ?1 AS fresh");
            attach.bindText(1, freshPath);
            QCOMPARE(attach.run(), 101);
            // Columns later schemas added (ops.value_hash, ops.format, …)
            // are left behind: only schema 4's are copied.
            for (const char *table : {"ops", "chain_heads", "conflicts", "field_values", "records"})
                QVERIFY(copyColumns(*db, table));
            QVERIFY(db->exec("DETACH DATABASE fresh;").ok());
            makeLegacy(*db);
            // Schema 4 opened a conflict between the two equal values too.
            Statement st(db->handle(), "INSERT INTO conflicts(entity, row, field, ops) VALUES "
                                       "('record', ?1, 'same', ?2)");
            st.bind(1, row).bind(
                2, CanonicalCbor::encode(QCborArray{QCborArray{ana, 1}, QCborArray{ben, 1}}));
            QCOMPARE(st.run(), 101);
            QCOMPARE(rows(*db, "SELECT field FROM conflicts ORDER BY 1"),
                     (QList<QByteArray>{"other", "same"}));
        }

        auto upgraded = Migrations::open(legacyPath);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error().message()));
        Database &db = *upgraded.value();
        QCOMPARE(db.userVersion().value(), Migrations::latestVersion());
        QCOMPARE(rows(db, "SELECT field FROM conflicts ORDER BY 1"), QList<QByteArray>{"other"});

        const char *heads = "SELECT heads FROM field_values ORDER BY entity, row, field";
        QCOMPARE(rows(db, heads), rows(*fresh, heads));
        OpLog upgradedLog(db, QUuid::createUuid().toRfc4122(), clock.fn());
        QCOMPARE(upgradedLog.stateHash().value(), freshLog.stateHash().value());
    }

    // A key whose only kept op is its winner stores its heads as [counter,
    // based_on]; a key with concurrent writes keeps the long form. Heads an
    // older version wrote in the long form for a single op still merge: a
    // store given them ends exactly as one that never had them.
    void headsOfTheWinnerAloneAreShortAndLongOnesStillMerge()
    {
        test::FakeClock clock;
        test::OpLogDevices devices;
        test::OpLogDevice ana = devices.create(clock);
        test::OpLogDevice ben = devices.create(clock);
        test::OpLogDevice carla = devices.create(clock);
        test::OpLogDevice dora = devices.create(clock);
        const QByteArray row = QUuid::createUuid().toRfc4122();
        const QString record = QStringLiteral("record");
        const auto write = [&](test::OpLogDevice &d, const QString &field, const QString &value) {
            Transaction txn(*d.db);
            auto op = d.log->append(record, row, field, value);
            return txn.commit() ? op.value() : Op();
        };
        const Op first = write(ana, QStringLiteral("place"), QStringLiteral("Foz"));
        const Op single = write(ana, QStringLiteral("age"), QStringLiteral("12"));
        QVERIFY(carla.log->apply({first, single}).ok());
        QVERIFY(dora.log->apply({first, single}).ok());
        clock.advance(5);
        // Ben saw Ana's place; Ana changes it again without seeing Ben's.
        QVERIFY(ben.log->apply({first}).ok());
        const Op bens = write(ben, QStringLiteral("place"), QStringLiteral("Ciudad del Este"));
        const Op anas = write(ana, QStringLiteral("place"), QStringLiteral("Puerto Iguazú"));

        const auto headsOf = [&](Database &db, const char *field) {
            Statement st(db.handle(), "SELECT heads FROM field_values WHERE field = ?1");
            st.bindText(1, QString::fromLatin1(field));
            return st.step() == 100 ? st.columnBlob(0) : QByteArray();
        };
        const QByteArray shortHeads = headsOf(*carla.db, "age");
        QCOMPARE(shortHeads, QByteArray::fromHex("820200")); // [counter 2, based_on 0]

        // Dora's store as an older version left it: the long form.
        {
            Statement st(dora.db->handle(), "SELECT field, origin, hlc, heads FROM field_values");
            QList<std::tuple<QString, QByteArray>> rewrites;
            while (st.step() == 100) {
                const QByteArray heads = st.columnBlob(3);
                QCOMPARE(heads.size(), 3);
                const QCborArray shortForm = QCborValue::fromCbor(heads).toArray();
                const QCborArray entry{st.columnBlob(1), shortForm.at(0), st.columnInt64(2),
                                       shortForm.at(1), QByteArray()};
                rewrites.append({st.columnText(0), CanonicalCbor::encode(QCborArray{entry})});
            }
            QCOMPARE(rewrites.size(), 2);
            for (const auto &[field, heads] : rewrites) {
                Statement up(dora.db->handle(),
                             "UPDATE field_values SET heads = ?1 WHERE field = ?2");
                up.bind(1, heads).bindText(2, field);
                QCOMPARE(up.run(), 101);
            }
        }
        QVERIFY(headsOf(*dora.db, "age").size() > 20);

        for (test::OpLogDevice *d : {&carla, &dora})
            QVERIFY(d->log->apply({bens, anas}).ok());
        // The concurrent writes keep the long form and open a conflict.
        QVERIFY(headsOf(*carla.db, "place").size() > 20);
        QCOMPARE(rows(*carla.db, "SELECT field FROM conflicts"), QList<QByteArray>{"place"});
        QCOMPARE(dora.log->stateHash().value(), carla.log->stateHash().value());
        QCOMPARE(headsOf(*dora.db, "place"), headsOf(*carla.db, "place"));
    }

    // A batch's changes to one typed row are written in one upsert: a
    // record's creation sets five indexed columns, and writing them one at a
    // time moved the row's entry in each index several times. The row ends
    // as the ops one after another would leave it.
    void aBatchWritesEachTypedRowOnce()
    {
        test::FakeClock clock;
        test::OpLogDevices devices;
        test::OpLogDevice ana = devices.create(clock);
        test::OpLogDevice ben = devices.create(clock);
        const QByteArray row = QUuid::createUuid().toRfc4122();
        const QString record = QStringLiteral("record");
        QList<Op> ops;
        {
            Transaction txn(*ana.db);
            ops = ana.log
                      ->append(record, row,
                               {{QStringLiteral("_form"), QStringLiteral("finding")},
                                {QStringLiteral("_form_version"), QStringLiteral("2")},
                                {QStringLiteral("_status"), QStringLiteral("finalized")},
                                {QStringLiteral("country"), QStringLiteral("BR")},
                                {QStringLiteral("date"), QStringLiteral("2026-11-30")}})
                      .value();
            QVERIFY(txn.commit());
        }
        clock.advance(10);
        {
            Transaction txn(*ana.db);
            ops.append(ana.log->append(record, row, QStringLiteral("country"), QStringLiteral("AR"))
                           .value());
            QVERIFY(txn.commit());
        }
        QVERIFY(ben.db->exec("CREATE TEMP TABLE writes(kind TEXT);"
                             "CREATE TEMP TRIGGER counted_insert AFTER INSERT ON main.records "
                             "BEGIN INSERT INTO writes VALUES ('insert'); END;"
                             // The review and search text columns have writers of their own.
                             "CREATE TEMP TRIGGER counted_update AFTER UPDATE OF form_id, "
                             "form_version, status, deleted, country, event_date, created_hlc, "
                             "author, updated_hlc ON main.records "
                             "BEGIN INSERT INTO writes VALUES ('update'); END;"));
        QVERIFY(ben.log->apply(ops).ok());

        Statement writes(ben.db->handle(), "SELECT group_concat(kind) FROM writes");
        QCOMPARE(writes.step(), 100 /* SQLITE_ROW */);
        QCOMPARE(writes.columnText(0), QStringLiteral("insert"));
        Statement st(ben.db->handle(),
                     "SELECT form_id, form_version, status, country, event_date, created_hlc, "
                     "updated_hlc, author FROM records");
        QCOMPARE(st.step(), 100 /* SQLITE_ROW */);
        QCOMPARE(st.columnText(0), QStringLiteral("finding"));
        QCOMPARE(st.columnText(1), QStringLiteral("2"));
        QCOMPARE(st.columnText(2), QStringLiteral("finalized"));
        QCOMPARE(st.columnText(3), QStringLiteral("AR"));
        QCOMPARE(st.columnText(4), QStringLiteral("2026-11-30"));
        QCOMPARE(quint64(st.columnInt64(5)), ops.first().hlc);
        QCOMPARE(quint64(st.columnInt64(6)), ops.last().hlc);
        QCOMPARE(st.columnBlob(7), ops.first().origin);
        QCOMPARE(st.step(), 101 /* SQLITE_DONE */);
    }
};

QTEST_GUILESS_MAIN(TestProjector)
#include "tst_projector.moc"
