// SearchIndex: each record's list text (summary, other_text) and its one
// full-text entry follow every edit, merge and rollback exactly.
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "FakeClock.h"
#include "OpLogDevices.h"
#include "store/RecordStore.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace vigia;

namespace {
const QString kForm = QStringLiteral("finding");

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

// SQLite's own check: every entry of the index matches the text it was
// built from in `records`, and nothing else is indexed.
bool indexIsExact(Database &db)
{
    return db.exec("INSERT INTO record_text(record_text, rank) VALUES ('integrity-check', 1)").ok();
}

struct ListText
{
    QString summary;
    QString other;
    bool summaryNull = true;
    bool otherNull = true;
};

ListText listText(Database &db, const QUuid &id)
{
    Statement st(db.handle(), "SELECT summary, other_text FROM records WHERE id = ?1");
    st.bind(1, id.toRfc4122());
    ListText t;
    if (st.step() == 100 /* SQLITE_ROW */) {
        t.summaryNull = st.columnIsNull(0);
        t.otherNull = st.columnIsNull(1);
        t.summary = st.columnText(0);
        t.other = st.columnText(1);
    }
    return t;
}

int found(RecordStore &records, const QString &words)
{
    RecordFilter f;
    f.search = words;
    auto n = records.count(f);
    return n ? n.value() : -1;
}
} // namespace

// One simulated device and its records.
struct OneDevice
{
    explicit OneDevice(test::OpLogDevices &devices)
        : dev(devices.create(clock))
        , records(*dev.db, *dev.log)
    {}
    test::FakeClock clock;
    test::OpLogDevice dev;
    RecordStore records;
    Database &db() { return *dev.db; }
    QUuid create(const RecordStore::Values &values)
    {
        return records.create(kForm, QStringLiteral("1"), values).value();
    }
};

class TestSearchIndex : public QObject
{
    Q_OBJECT

private:
    test::OpLogDevices m_devices;

private slots:
    void anEditReplacesTheWordsFound()
    {
        OneDevice d(m_devices);
        RecordStore &records = d.records;
        const QUuid id = d.create({{QStringLiteral("narrative"), u("the old bridge")},
                                   {QStringLiteral("place"), u("Ciudad del Este")}});
        QCOMPARE(found(records, QStringLiteral("bridge")), 1);
        QCOMPARE(found(records, QStringLiteral("ciudad")), 1);
        QVERIFY(records.setValues(id, {{QStringLiteral("narrative"), u("a túnel")}}).ok());
        QCOMPARE(found(records, QStringLiteral("bridge")), 0);
        QCOMPARE(found(records, QStringLiteral("tunel")), 1);
        QCOMPARE(found(records, QStringLiteral("ciudad")), 1);
        QVERIFY(records.setValues(id, {{QStringLiteral("place"), QCborValue(nullptr)}}).ok());
        QCOMPARE(found(records, QStringLiteral("ciudad")), 0);
        QVERIFY(indexIsExact(d.db()));
    }

    void theSummaryIsTheNarrativeElseTheLongestAnswer()
    {
        OneDevice d(m_devices);
        RecordStore &records = d.records;
        const QUuid id = d.create({{QStringLiteral("notes"), u("short")},
                                   {QStringLiteral("place"), u("the longest answer")},
                                   {QStringLiteral("count"), 4}});
        ListText t = listText(d.db(), id);
        QCOMPARE(t.summary, u("the longest answer"));
        QCOMPARE(t.other, u("short"));
        // An empty narrative does not stand for the record.
        QVERIFY(records.setValues(id, {{QStringLiteral("narrative"), QString(u(""))}}).ok());
        QCOMPARE(listText(d.db(), id).summary, u("the longest answer"));
        QVERIFY(records.setValues(id, {{QStringLiteral("narrative"), u("what was seen")}}).ok());
        t = listText(d.db(), id);
        QCOMPARE(t.summary, u("what was seen"));
        QCOMPARE(t.other, u("short\nthe longest answer")); // by field name
        QVERIFY(records
                    .setValues(id, {{QStringLiteral("narrative"), QCborValue(nullptr)},
                                    {QStringLiteral("notes"), QCborValue(nullptr)},
                                    {QStringLiteral("place"), QCborValue(nullptr)}})
                    .ok());
        t = listText(d.db(), id);
        QVERIFY(t.summaryNull);
        QVERIFY(t.otherNull);
        QVERIFY(indexIsExact(d.db()));
    }

    void theWordsOfASearchMayComeFromDifferentAnswers()
    {
        OneDevice d(m_devices);
        RecordStore &records = d.records;
        QVERIFY(!d.create({{QStringLiteral("narrative"), u("near the river")},
                           {QStringLiteral("notes"), u("a tunnel")}})
                     .isNull());
        QCOMPARE(found(records, QStringLiteral("river tunnel")), 1);
        QCOMPARE(found(records, QStringLiteral("river bridge")), 0);
    }

    void theMergedWinnerIsWhatIsFound()
    {
        test::FakeClock clock;
        auto ana = m_devices.create(clock);
        auto ben = m_devices.create(clock);
        RecordStore anaRecords(*ana.db, *ana.log);
        RecordStore benRecords(*ben.db, *ben.log);
        const QUuid id = anaRecords
                             .create(kForm, QStringLiteral("1"),
                                     {{QStringLiteral("narrative"), u("first words")}}, true)
                             .value();
        QVERIFY(ben.log->apply(ana.log->opsOf(ana.log->deviceId()).value()).ok());
        // Both change the finalized narrative on their shared chains without
        // seeing each other (drafts stay private); Ben's is later.
        const auto edit = [&id](auto &dev, const QString &text) {
            Transaction txn(*dev.db);
            return dev.log
                       ->append(QStringLiteral("record"), id.toRfc4122(),
                                QStringLiteral("narrative"), text)
                       .ok() &&
                   txn.commit().ok();
        };
        QVERIFY(edit(ana, u("ana wrote")));
        clock.advance(10);
        QVERIFY(edit(ben, u("ben wrote")));
        QVERIFY(ana.log->apply(ben.log->opsOf(ben.log->deviceId()).value()).ok());
        QVERIFY(ben.log->apply(ana.log->opsOf(ana.log->deviceId()).value()).ok());
        for (auto *dev : {&ana, &ben}) {
            RecordStore records(*dev->db, *dev->log);
            QCOMPARE(found(records, QStringLiteral("ben")), 1);
            QCOMPARE(found(records, QStringLiteral("ana")), 0);
            QCOMPARE(found(records, QStringLiteral("first")), 0);
            QCOMPARE(listText(*dev->db, id).summary, u("ben wrote"));
            QVERIFY(indexIsExact(*dev->db));
        }
    }

    void aRolledBackEditLeavesTheIndexAsItWas()
    {
        OneDevice d(m_devices);
        RecordStore &records = d.records;
        const QUuid id = d.create({{QStringLiteral("narrative"), u("kept words")}});
        {
            Transaction txn(d.db());
            QVERIFY(d.dev.log
                        ->append(QStringLiteral("record"), id.toRfc4122(),
                                 QStringLiteral("narrative"), u("lost words"))
                        .ok());
            QCOMPARE(found(records, QStringLiteral("lost")), 1);
            // No commit: the transaction rolls back.
        }
        QCOMPARE(found(records, QStringLiteral("kept")), 1);
        QCOMPARE(found(records, QStringLiteral("lost")), 0);
        QCOMPARE(listText(d.db(), id).summary, u("kept words"));
        QVERIFY(indexIsExact(d.db()));
        // The next edit is indexed as usual.
        QVERIFY(records.setValues(id, {{QStringLiteral("narrative"), u("new words")}}).ok());
        QCOMPARE(found(records, QStringLiteral("new")), 1);
        QCOMPARE(found(records, QStringLiteral("kept")), 0);
        QVERIFY(indexIsExact(d.db()));
    }

    // Random edits of three text answers of a few records: after each step
    // every word is found in exactly the records whose answers hold it.
    void randomEditsKeepTheIndexExact()
    {
        OneDevice d(m_devices);
        RecordStore &records = d.records;
        const QStringList vocabulary{u("alpha"), u("bravo"),   u("charlie"), u("delta"),
                                     u("echo"),  u("foxtrot"), u("golf")};
        const QStringList fields{QStringLiteral("narrative"), QStringLiteral("notes"),
                                 QStringLiteral("place")};
        QRandomGenerator rng(20261129);
        QList<QUuid> ids;
        QHash<QUuid, QHash<QString, QString>> model; // what each record's answers hold
        for (int step = 0; step < 300; ++step) {
            if (ids.size() < 8 && rng.bounded(4) == 0) {
                ids.append(d.create({}));
                continue;
            }
            if (ids.isEmpty())
                continue;
            const QUuid id = ids[rng.bounded(int(ids.size()))];
            const QString field = fields[rng.bounded(int(fields.size()))];
            if (rng.bounded(5) == 0) {
                QVERIFY(records.setValues(id, {{field, QCborValue(nullptr)}}).ok());
                model[id].remove(field);
            } else {
                QStringList words;
                for (int n = rng.bounded(4); n >= 0; --n)
                    words.append(vocabulary[rng.bounded(int(vocabulary.size()))]);
                const QString text = words.join(QLatin1Char(' '));
                QVERIFY(records.setValues(id, {{field, text}}).ok());
                model[id][field] = text;
            }
            if (step % 25 != 0)
                continue;
            QVERIFY(indexIsExact(d.db()));
            for (const QString &word : vocabulary) {
                int expected = 0;
                for (const auto &answers : std::as_const(model)) {
                    for (const QString &text : answers) {
                        if (text.split(QLatin1Char(' ')).contains(word)) {
                            ++expected;
                            break;
                        }
                    }
                }
                QCOMPARE(found(records, word), expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
