#include "oplog/ChainVerifier.h"

#include <QTest>
#include <QUuid>

using namespace vigia;

namespace {
QList<Op> chain(const QByteArray &origin, int n)
{
    QList<Op> ops;
    QByteArray prev(32, '\0');
    for (int i = 1; i <= n; ++i) {
        Op op;
        op.origin = origin;
        op.counter = quint64(i);
        op.hlc = quint64(1000 + i);
        op.entity = QStringLiteral("record");
        op.row = QByteArray(16, char(i));
        op.field = QStringLiteral("f");
        op.setValue(i);
        op.prevHash = prev;
        prev = op.hash();
        ops.append(op);
    }
    return ops;
}

const QByteArray kA = QUuid::createUuid().toRfc4122();
const QByteArray kB = QUuid::createUuid().toRfc4122();
} // namespace

class TestChainVerifier : public QObject
{
    Q_OBJECT

private slots:
    void intactChainsPass()
    {
        QList<Op> ops = chain(kA, 10);
        ops += chain(kB, 5);
        QVERIFY(ChainVerifier::verifySequence(ops).isEmpty());
        // A bundle may start in the middle of a chain.
        QVERIFY(ChainVerifier::verifySequence(chain(kA, 10).mid(4)).isEmpty());
    }

    void changedOpIsReportedWithDeviceAndCounter()
    {
        QList<Op> ops = chain(kA, 10);
        ops[4].setValue(999); // counter 5
        const QList<ChainIssue> issues = ChainVerifier::verifySequence(ops);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].kind, ChainIssue::Kind::Changed);
        QCOMPARE(issues[0].origin, kA);
        QCOMPARE(issues[0].counter, quint64(5));
        QVERIFY(issues[0].message.contains(ChainVerifier::deviceLabel(kA)));
        QVERIFY(issues[0].message.contains(QStringLiteral("5")));
    }

    void droppedOpIsReported()
    {
        QList<Op> ops = chain(kA, 10);
        ops.removeAt(6); // counter 7
        const QList<ChainIssue> issues = ChainVerifier::verifySequence(ops);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].kind, ChainIssue::Kind::Gap);
        QCOMPARE(issues[0].counter, quint64(8));
        QVERIFY(issues[0].message.contains(QStringLiteral("7")));
    }

    void reorderedOpsAreReported()
    {
        QList<Op> ops = chain(kA, 10);
        ops.swapItemsAt(2, 3); // counters 3 and 4
        const QList<ChainIssue> issues = ChainVerifier::verifySequence(ops);
        QVERIFY(!issues.isEmpty());
        bool reordered = false;
        for (const ChainIssue &i : issues)
            reordered = reordered || (i.kind == ChainIssue::Kind::Reordered && i.counter == 3);
        QVERIFY(reordered);
    }

    void firstOpMustStartFromZeroHash()
    {
        QList<Op> ops = chain(kA, 3);
        ops[0].prevHash[0] = 1;
        const QList<ChainIssue> issues = ChainVerifier::verifySequence(ops);
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues[0].counter, quint64(1));
    }
};

QTEST_GUILESS_MAIN(TestChainVerifier)
#include "tst_chainverifier.moc"
