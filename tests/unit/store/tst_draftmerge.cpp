// The merge property (tst_oplog's mergeIsOrderIndependent) with drafts in the
// mix: five devices create drafts, edit them, finalize, reopen, delete and
// restore records through RecordStore, keep private notes (appendPrivate) and
// exchange what they share in random orders. Every delivery order of the
// shared ops gives the same state; every device, given them all, agrees with
// that state wherever its own private working state is not newer; and no
// private op, nor any draft text that was not current when its record was
// finalized, ever leaves its device.

#include "db/Statement.h"
#include "db/Transaction.h"
#include "FakeClock.h"
#include "oplog/OpLog.h"
#include "OpLogDevices.h"
#include "store/RecordStore.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <map>

using namespace vigia;

namespace {

struct Device
{
    test::OpLogDevice store;
    std::unique_ptr<RecordStore> records;
};

struct Winner
{
    QByteArray value;
    quint64 hlc = 0;
    QByteArray origin;
};

// Every key's winning op: (entity|row|field) -> value, hlc, origin.
std::map<QByteArray, Winner> winners(Database &db)
{
    Statement st(db.handle(), "SELECT entity, row, field, value, hlc, origin FROM field_values");
    std::map<QByteArray, Winner> out;
    while (st.step() == SQLITE_ROW)
        out[st.columnText(0).toUtf8() + '|' + st.columnBlob(1).toHex() + '|' +
            st.columnText(2).toUtf8()] = {st.columnBlob(3), quint64(st.columnInt64(4)),
                                          st.columnBlob(5)};
    return out;
}

QList<QByteArray> conflictsOf(Database &db)
{
    Statement st(db.handle(), "SELECT entity, hex(row), field, hex(ops) FROM conflicts "
                              "ORDER BY 1, 2, 3");
    QList<QByteArray> out;
    while (st.step() == SQLITE_ROW)
        out.append((st.columnText(0) + QLatin1Char('|') + st.columnText(1) + QLatin1Char('|') +
                    st.columnText(2) + QLatin1Char('|') + st.columnText(3))
                       .toUtf8());
    return out;
}

// Records of one device with the given status (draft, finalized) and
// deletion flag.
QList<QUuid> recordsOf(Device &d, const char *status, bool deleted)
{
    Statement st(d.store.db->handle(),
                 "SELECT id FROM records WHERE status = ?1 AND deleted = ?2 ORDER BY id");
    st.bindText(1, QString::fromLatin1(status)).bind(2, qint64(deleted ? 1 : 0));
    QList<QUuid> out;
    while (st.step() == SQLITE_ROW)
        out.append(QUuid::fromRfc4122(st.columnBlob(0)));
    return out;
}

qint64 count(Database &db, const char *sql, const QByteArray &origin)
{
    Statement st(db.handle(), sql);
    st.bind(1, origin);
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : -1;
}

} // namespace

class TestDraftMerge : public QObject
{
    Q_OBJECT

private:
    test::OpLogDevices m_devices;

    // The ops a device passes on: every chain it holds but its private one.
    static QList<Op> sharedOps(Device &d)
    {
        QList<Op> out;
        for (const QByteArray &origin : d.store.log->origins().value())
            if (origin != d.store.log->privateOrigin())
                out += d.store.log->opsOf(origin).value();
        return out;
    }

    static void applyInChunks(OpLog &log, QList<Op> ops, QRandomGenerator &rng)
    {
        std::shuffle(ops.begin(), ops.end(), rng);
        for (qsizetype at = 0; at < ops.size();) {
            const qsizetype n = std::min<qsizetype>(1 + rng.bounded(80), ops.size() - at);
            auto r = log.apply(ops.mid(at, n));
            QVERIFY2(r.ok(), qPrintable(r.error().message()));
            QVERIFY(r.value().issues.isEmpty());
            at += n;
        }
    }

private slots:
    void mergeWithDraftsIsOrderIndependent_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 13") << quint32(13);
        QTest::newRow("seed 20261204") << quint32(20261204);
    }

    void mergeWithDraftsIsOrderIndependent()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        test::FakeClock clock;
        std::vector<Device> devices;
        QSet<QByteArray> deviceIds;
        QSet<QByteArray> privateOrigins;
        for (int i = 0; i < 5; ++i) {
            Device d{m_devices.create(clock), nullptr};
            d.records = std::make_unique<RecordStore>(*d.store.db, *d.store.log);
            deviceIds.insert(d.store.log->deviceId());
            privateOrigins.insert(d.store.log->privateOrigin());
            devices.push_back(std::move(d));
        }
        const QString narrative = QStringLiteral("narrative");
        const QString country = QStringLiteral("country");
        // Narrative texts are unique, so one found in a shared op tells
        // where it came from; countries come from a small domain, so
        // concurrent equal and unequal values are both common.
        int tokens = 0;
        const auto token = [&] {
            return QStringLiteral("tok%1;").arg(++tokens, 6, 10, QLatin1Char('0'));
        };
        QSet<QString> written;   // every narrative text and private note
        QSet<QString> published; // narratives current when their record was finalized
        int finalizes = 0, reopens = 0, notes = 0, removals = 0;

        for (int step = 0; step < 500; ++step) {
            clock.advance(qint64(rng.bounded(3))); // ties on purpose
            Device &d = devices[rng.bounded(5)];
            RecordStore &rs = *d.records;
            const int action = int(rng.bounded(100));
            if (action < 8) {
                Device &peer = devices[rng.bounded(5)];
                if (&peer != &d) {
                    const QList<Op> ops = sharedOps(peer);
                    for (const Op &op : ops)
                        QVERIFY(!privateOrigins.contains(op.origin));
                    QVERIFY(d.store.log->apply(ops).ok());
                }
            } else if (action < 28) {
                const QString text = token();
                written.insert(text);
                QVERIFY(rs.create(QStringLiteral("f"), QStringLiteral("1"),
                                  {{narrative, text}, {country, QString::number(rng.bounded(3))}}));
            } else if (action < 55) {
                const QList<QUuid> drafts = recordsOf(d, "draft", false);
                if (drafts.isEmpty())
                    continue;
                const QUuid id = drafts[rng.bounded(int(drafts.size()))];
                if (rng.bounded(2) == 0) {
                    const QString text = token();
                    written.insert(text);
                    QVERIFY(rs.setValues(id, {{narrative, text}}));
                } else {
                    QVERIFY(rs.setValues(id, {{country, QString::number(rng.bounded(3))}}));
                }
            } else if (action < 70) {
                const QList<QUuid> drafts = recordsOf(d, "draft", false);
                if (drafts.isEmpty())
                    continue;
                const QUuid id = drafts[rng.bounded(int(drafts.size()))];
                published.insert(rs.get(id).value().values.value(narrative).toString());
                QVERIFY(rs.finalize(id));
                ++finalizes;
            } else if (action < 80) {
                // Reopening works on others' records too: concurrent edits.
                const QList<QUuid> done = recordsOf(d, "finalized", false);
                if (done.isEmpty())
                    continue;
                // Most often one of the few records every device sorts
                // first, so that corrections of one record cross.
                const int among = rng.bounded(3) ? std::min(3, int(done.size())) : int(done.size());
                const QUuid id = done[rng.bounded(among)];
                QVERIFY(rs.reopen(id));
                ++reopens;
                if (rng.bounded(2) == 0) {
                    // A quick correction, published at once.
                    QVERIFY(rs.setValues(id, {{country, QString::number(rng.bounded(3))}}));
                    published.insert(rs.get(id).value().values.value(narrative).toString());
                    QVERIFY(rs.finalize(id));
                    ++finalizes;
                }
            } else if (action < 88) {
                const bool restore = rng.bounded(3) == 0;
                const QList<QUuid> targets =
                    recordsOf(d, rng.bounded(2) ? "draft" : "finalized", restore);
                if (targets.isEmpty())
                    continue;
                const QUuid id = targets[rng.bounded(int(targets.size()))];
                QVERIFY(restore ? rs.restore(id) : rs.remove(id));
                ++removals;
            } else {
                // A private note: working state that nothing ever publishes.
                const QString text = token();
                written.insert(text);
                Transaction txn(*d.store.db);
                QVERIFY(d.store.log->appendPrivate(QStringLiteral("memo"),
                                                   QUuid::createUuid().toRfc4122(),
                                                   {{QStringLiteral("text"), text}}));
                QVERIFY(txn.commit());
                ++notes;
            }
        }
        QVERIFY(finalizes > 30 && reopens > 10 && notes > 10 && removals > 10);

        // What left the devices: each one's shared chain, nothing else.
        QList<Op> everything;
        for (Device &d : devices) {
            const QByteArray me = d.store.log->deviceId();
            everything += d.store.log->opsOf(me).value();
            for (const QByteArray &origin : d.store.log->origins().value())
                QVERIFY(deviceIds.contains(origin) || origin == d.store.log->privateOrigin());
            // The outbox holds the shared chain, and only it.
            QCOMPARE(count(*d.store.db, "SELECT count(*) FROM outbox", me),
                     count(*d.store.db, "SELECT count(*) FROM ops WHERE origin = ?1", me));
            QVERIFY(d.store.log->verify().value().isEmpty());
        }
        QVERIFY(everything.size() > 200);
        int leftBehind = 0;
        for (const QString &text : std::as_const(written)) {
            if (published.contains(text))
                continue;
            ++leftBehind;
            const QByteArray bytes = text.toUtf8();
            for (const Op &op : std::as_const(everything))
                QVERIFY2(!op.value.contains(bytes), qPrintable(text));
        }
        QVERIFY(leftBehind > 20);
        // Writes of one key by two devices that did not see each other.
        // Printed, not required: a published op's based_on is the device's
        // own private op, so crossing corrections of a finalized record
        // do not count as concurrent (reported in issue 13).
        int crossing = 0;
        for (const Op &a : std::as_const(everything))
            for (const Op &b : std::as_const(everything))
                crossing += a.origin < b.origin && a.row == b.row && a.field == b.field &&
                            a.entity == b.entity && a.value != b.value && a.hlc > b.basedOn &&
                            b.hlc > a.basedOn;

        // Every delivery order, with duplicates, gives one state.
        QByteArray referenceHash;
        QList<QByteArray> referenceConflicts;
        std::map<QByteArray, Winner> reference;
        for (int order = 0; order < 12; ++order) {
            QList<Op> shuffled = everything;
            for (int i = 0; i < 40; ++i)
                shuffled.append(everything[rng.bounded(int(everything.size()))]);
            test::FakeClock storeClock;
            test::OpLogDevice fresh = m_devices.create(storeClock);
            applyInChunks(*fresh.log, shuffled, rng);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(fresh.log->verify().value().isEmpty());
            QCOMPARE(count(*fresh.db, "SELECT count(*) FROM pending_ops", {}), 0);
            for (const QByteArray &origin : fresh.log->origins().value())
                QVERIFY(deviceIds.contains(origin));
            if (order == 0) {
                referenceHash = fresh.log->stateHash().value();
                referenceConflicts = conflictsOf(*fresh.db);
                reference = winners(*fresh.db);
            } else {
                QCOMPARE(fresh.log->stateHash().value(), referenceHash);
                QCOMPARE(conflictsOf(*fresh.db), referenceConflicts);
            }
        }

        // Every device, given everything shared, holds that state, except
        // where its own working state is newer.
        int privateWins = 0;
        for (Device &d : devices) {
            applyInChunks(*d.store.log, everything, rng);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(d.store.log->verify().value().isEmpty());
            test::FakeClock storeClock;
            test::OpLogDevice view = m_devices.create(storeClock);
            QVERIFY(view.log->apply(sharedOps(d)).ok());
            QCOMPARE(view.log->stateHash().value(), referenceHash);

            const QByteArray mine = d.store.log->privateOrigin();
            const std::map<QByteArray, Winner> held = winners(*d.store.db);
            for (const auto &[key, w] : held) {
                const auto ref = reference.find(key);
                if (w.origin == mine) {
                    ++privateWins;
                    QVERIFY2(ref == reference.end() || w.hlc > ref->second.hlc ||
                                 (w.hlc == ref->second.hlc && w.origin > ref->second.origin),
                             key.constData());
                    continue;
                }
                QVERIFY2(ref != reference.end(), key.constData());
                QCOMPARE(w.value, ref->second.value);
                QCOMPARE(w.hlc, ref->second.hlc);
                QCOMPARE(w.origin, ref->second.origin);
            }
            for (const auto &[key, w] : reference)
                QVERIFY2(held.count(key) == 1, key.constData());
        }
        QVERIFY(privateWins > 10);
        qInfo("%d finalizes, %d reopens, %d removals and restores, %d private notes; %lld shared "
              "ops, %d texts that never left, %d concurrent writes of different values (%lld "
              "conflicts still open), %d keys where a device's "
              "working state wins",
              finalizes, reopens, removals, notes, qint64(everything.size()), leftBehind, crossing,
              qint64(referenceConflicts.size()), privateWins);
    }

    // Two coordinators reopen and finalize the same record, each without
    // seeing the other: both write `_status = finalized`, equal values, so
    // nothing is to be settled. The private `draft` op each wrote on
    // reopening crossed the other's finalize, but it never leaves its device
    // and was replaced by the device's own finalize: it must not hold a
    // conflict open on one of them (it used to, on whichever reopened last).
    void crossingReopensLeaveNoConflict()
    {
        test::FakeClock clock;
        Device a{m_devices.create(clock), nullptr};
        Device b{m_devices.create(clock), nullptr};
        a.records = std::make_unique<RecordStore>(*a.store.db, *a.store.log);
        b.records = std::make_unique<RecordStore>(*b.store.db, *b.store.log);
        const QString country = QStringLiteral("country");
        auto id = a.records->create(QStringLiteral("f"), QStringLiteral("1"), {{country, 1}});
        QVERIFY(id);
        QVERIFY(a.records->finalize(id.value()));
        QVERIFY(b.store.log->apply(sharedOps(a)).ok());

        clock.advance(10);
        QVERIFY(b.records->reopen(id.value()));
        clock.advance(10);
        QVERIFY(a.records->reopen(id.value()));
        clock.advance(10);
        QVERIFY(b.records->setValues(id.value(), {{country, 2}}));
        QVERIFY(b.records->finalize(id.value()));
        clock.advance(10);
        QVERIFY(a.records->finalize(id.value()));

        QVERIFY(a.store.log->apply(sharedOps(b)).ok());
        QVERIFY(b.store.log->apply(sharedOps(a)).ok());
        QCOMPARE(conflictsOf(*a.store.db), QList<QByteArray>());
        QCOMPARE(conflictsOf(*b.store.db), QList<QByteArray>());
        QCOMPARE(a.store.log->stateHash().value(), b.store.log->stateHash().value());
        QCOMPARE(a.records->get(id.value()).value().values.value(country).toInteger(), 2);
        QCOMPARE(recordsOf(a, "finalized", false), QList<QUuid>{id.value()});
    }
};

QTEST_GUILESS_MAIN(TestDraftMerge)
#include "tst_draftmerge.moc"
