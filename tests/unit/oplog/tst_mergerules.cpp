#include "crypto/Blake2b.h"
#include "oplog/MergeRules.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace vigia;

namespace {
// Without a value, every op writes a value of its own.
OpStamp stamp(char origin, quint64 counter, quint64 hlc, quint64 basedOn,
              const QByteArray &value = {})
{
    const QByteArray v =
        value.isNull() ? QByteArray(1, origin) + QByteArray::number(counter) : value;
    return {{QByteArray(16, origin), counter}, hlc, basedOn, MergeRules::valueKey(v)};
}

// The refined rule of docs/store.md written out over every op, independent
// of MergeRules::openConflict.
QList<OpId> naiveOpenConflict(const QList<OpStamp> &ops)
{
    QList<OpId> out;
    for (const OpStamp &a : ops) {
        for (const OpStamp &b : ops) {
            if (a.id.origin == b.id.origin || a.hlc <= b.basedOn || b.hlc <= a.basedOn ||
                a.valueKey == b.valueKey)
                continue;
            const quint64 top = std::max(a.hlc, b.hlc);
            if (std::none_of(ops.begin(), ops.end(),
                             [top](const OpStamp &c) { return c.basedOn >= top; }))
                out.append(a.id);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}
} // namespace

class TestMergeRules : public QObject
{
    Q_OBJECT

private slots:
    void winnerIsGreatestHlcThenOrigin()
    {
        const QByteArray a(16, 'a');
        const QByteArray b(16, 'b');
        QVERIFY(MergeRules::beats(20, a, 10, b));
        QVERIFY(!MergeRules::beats(10, b, 20, a));
        QVERIFY(MergeRules::beats(10, b, 10, a)); // tie on hlc: greater origin wins
        QVERIFY(!MergeRules::beats(10, a, 10, b));
    }

    void concurrency_data()
    {
        QTest::addColumn<quint64>("aHlc");
        QTest::addColumn<quint64>("aBased");
        QTest::addColumn<quint64>("bHlc");
        QTest::addColumn<quint64>("bBased");
        QTest::addColumn<bool>("concurrent");
        QTest::newRow("neither saw the other")
            << quint64(10) << quint64(0) << quint64(12) << quint64(0) << true;
        QTest::newRow("b saw a") << quint64(10) << quint64(0) << quint64(12) << quint64(10)
                                 << false;
        QTest::newRow("a saw b") << quint64(15) << quint64(12) << quint64(12) << quint64(3)
                                 << false;
        QTest::newRow("both based on older")
            << quint64(15) << quint64(5) << quint64(12) << quint64(5) << true;
    }

    void concurrency()
    {
        QFETCH(quint64, aHlc);
        QFETCH(quint64, aBased);
        QFETCH(quint64, bHlc);
        QFETCH(quint64, bBased);
        QFETCH(bool, concurrent);
        QCOMPARE(MergeRules::concurrent(stamp('a', 1, aHlc, aBased), stamp('b', 1, bHlc, bBased)),
                 concurrent);
        QCOMPARE(MergeRules::concurrent(stamp('b', 1, bHlc, bBased), stamp('a', 1, aHlc, aBased)),
                 concurrent);
    }

    void sameOriginIsNeverConcurrent()
    {
        QVERIFY(!MergeRules::concurrent(stamp('a', 1, 10, 0), stamp('a', 2, 12, 0)));
        QVERIFY(MergeRules::openConflict({stamp('a', 1, 10, 0), stamp('a', 2, 12, 0)}).isEmpty());
    }

    void conflictOpensAndCloses()
    {
        const OpStamp a = stamp('a', 1, 10, 0);
        const OpStamp b = stamp('b', 1, 12, 0);
        QList<OpId> open = MergeRules::openConflict({a, b});
        QCOMPARE(open.size(), 2);
        QVERIFY(open.contains(a.id) && open.contains(b.id));

        // An op based on less than max(a, b) does not resolve it...
        const OpStamp partial = stamp('c', 1, 13, 10);
        QVERIFY(!MergeRules::openConflict({a, b, partial}).isEmpty());
        // ...one based on the winner does.
        const OpStamp resolver = stamp('c', 2, 14, 12);
        QVERIFY(MergeRules::openConflict({a, b, resolver}).isEmpty());
        // Order of the input does not matter.
        QVERIFY(MergeRules::openConflict({resolver, b, a}).isEmpty());
        QCOMPARE(MergeRules::openConflict({b, a}), open);
    }

    void newConcurrentEditReopensAfterResolution()
    {
        const OpStamp a = stamp('a', 1, 10, 0);
        const OpStamp b = stamp('b', 1, 12, 0);
        const OpStamp resolver = stamp('a', 2, 14, 12);
        const OpStamp late = stamp('b', 2, 15, 12); // b edited again without seeing the resolver
        const QList<OpId> open = MergeRules::openConflict({a, b, resolver, late});
        QCOMPARE(open, (QList<OpId>{resolver.id, late.id}));
    }

    void equalConcurrentValuesDoNotConflict()
    {
        const OpStamp a = stamp('a', 1, 10, 0, "same");
        const OpStamp b = stamp('b', 1, 12, 0, "same");
        QVERIFY(MergeRules::concurrent(a, b));
        QVERIFY(!MergeRules::conflicting(a, b));
        QVERIFY(MergeRules::openConflict({a, b}).isEmpty());
        QVERIFY(MergeRules::openConflict({b, a}).isEmpty());
    }

    void unequalThirdOpConflictsWithTheOthers()
    {
        const OpStamp a = stamp('a', 1, 10, 0, "same");
        const OpStamp b = stamp('b', 1, 12, 0, "same");
        // c saw a but not b: it conflicts with b only, so a takes no part.
        const OpStamp c = stamp('c', 1, 13, 10, "other");
        QCOMPARE(MergeRules::openConflict({a, b, c}), (QList<OpId>{b.id, c.id}));
        QCOMPARE(MergeRules::openConflict({c, b, a}), (QList<OpId>{b.id, c.id}));
        // Seen by nobody, d conflicts with both equal ops.
        const OpStamp d = stamp('d', 1, 11, 0, "third");
        QCOMPARE(MergeRules::openConflict({a, b, d}), (QList<OpId>{a.id, b.id, d.id}));

        // Writing a value based on all of them closes it, even one equal to a side.
        const OpStamp resolver = stamp('a', 2, 20, 13, "same");
        QVERIFY(MergeRules::openConflict({a, b, c, resolver}).isEmpty());
    }

    void valueKeyTellsValuesApart()
    {
        const QByteArray small = QByteArrayLiteral("cabc");
        // The key is the digest's start, also for a short value: a redacted
        // op has only its digest (Op::valueDigest) and keeps the same key.
        QCOMPARE(MergeRules::valueKey(small), Blake2b::hash256(small).left(16));
        QCOMPARE(MergeRules::keyOfDigest(Blake2b::hash256(small)), MergeRules::valueKey(small));
        const QByteArray text = QByteArrayLiteral("x ") + QByteArray(32, 'x');
        QCOMPARE(MergeRules::valueKey(text).size(), 16);
        QCOMPARE(MergeRules::valueKey(text), MergeRules::valueKey(QByteArray(text)));
        QByteArray changed = text;
        changed[10] = 'y';
        QVERIFY(MergeRules::valueKey(changed) != MergeRules::valueKey(text));
    }

    // A seen op keeps a conflict open with an unseen one even when the op that
    // saw it agrees with the unseen one: b=1 seen by c=2, a=2 saw nothing.
    void keptOpsRememberASeenUnequalOp()
    {
        const OpStamp b = stamp('b', 1, 10, 0, "1");
        const OpStamp a = stamp('a', 1, 20, 0, "2");
        const OpStamp c = stamp('c', 1, 30, 10, "2");
        const QList<OpId> expected = naiveOpenConflict({a, b, c});
        QCOMPARE(expected, (QList<OpId>{a.id, b.id}));
        QList<OpStamp> kept;
        for (const OpStamp &op : {c, a, b})
            kept = MergeRules::keep(kept, op);
        QCOMPARE(MergeRules::openConflict(kept), expected);
    }

    void keepIsIdempotent()
    {
        const OpStamp a = stamp('a', 1, 10, 0);
        const QList<OpStamp> once = MergeRules::keep({}, a);
        QCOMPARE(MergeRules::keep(once, a).size(), 1);
    }

    // Random ops, including ones no Vigia device would write (a device basing
    // an edit on an old value), from a three-value domain so equal values are
    // common. Folding them through keep() in any order gives the same kept
    // ops, and after every op the kept ops decide "open" exactly as every op
    // so far does, reporting only ops that take part.
    void keptOpsDecideLikeAllOps()
    {
        QRandomGenerator rng(20261129);
        for (int round = 0; round < 400; ++round) {
            QList<OpStamp> ops;
            quint64 counters[6] = {0, 0, 0, 0, 0, 0};
            const int n = 2 + int(rng.bounded(16));
            for (int i = 0; i < n; ++i) {
                const int o = int(rng.bounded(6));
                const quint64 hlc = 1 + rng.bounded(30);
                ops.append(stamp(char('a' + o), ++counters[o], hlc, rng.bounded(quint32(hlc)),
                                 QByteArray::number(rng.bounded(3))));
            }
            QList<OpStamp> reference;
            for (int order = 0; order < 8; ++order) {
                std::shuffle(ops.begin(), ops.end(), rng);
                QList<OpStamp> kept;
                for (qsizetype i = 0; i < ops.size(); ++i) {
                    kept = MergeRules::keep(kept, ops[i]);
                    const QList<OpStamp> soFar = ops.first(i + 1);
                    quint64 seenUpTo = 0;
                    for (const OpStamp &s : soFar)
                        seenUpTo = std::max(seenUpTo, s.basedOn);
                    QCOMPARE(
                        std::count_if(kept.begin(), kept.end(),
                                      [seenUpTo](const OpStamp &k) { return k.hlc > seenUpTo; }),
                        std::count_if(soFar.begin(), soFar.end(),
                                      [seenUpTo](const OpStamp &k) { return k.hlc > seenUpTo; }));
                    QVERIFY(std::count_if(kept.begin(), kept.end(), [seenUpTo](const OpStamp &k) {
                                return k.hlc <= seenUpTo;
                            }) <= 5);
                    const QList<OpId> all = naiveOpenConflict(soFar);
                    const QList<OpId> fromKept = MergeRules::openConflict(kept);
                    QCOMPARE(fromKept.isEmpty(), all.isEmpty());
                    for (const OpId &id : fromKept)
                        QVERIFY(all.contains(id));
                    QCOMPARE(MergeRules::openConflict(soFar), all);
                }
                if (order == 0)
                    reference = kept;
                QCOMPARE(kept.size(), reference.size());
                for (qsizetype i = 0; i < kept.size(); ++i)
                    QCOMPARE(kept[i].id, reference[i].id);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMergeRules)
#include "tst_mergerules.moc"
