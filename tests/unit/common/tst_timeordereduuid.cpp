#include "common/TimeOrderedUuid.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace vigia;

namespace {
// The milliseconds a version 7 id carries (RFC 9562: its first 48 bits);
// -1 for other versions.
qint64 msecsOf(const QUuid &id)
{
    const QByteArray bytes = id.toRfc4122();
    if ((uchar(bytes[6]) >> 4) != 7)
        return -1;
    quint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | uchar(bytes[i]);
    return qint64(ms);
}
} // namespace

class tst_TimeOrderedUuid : public QObject
{
    Q_OBJECT

private slots:
    void isVersion7WithTheRfcVariant()
    {
        const QUuid id = TimeOrderedUuid::next();
        // Qt 6.4's QUuid::version() knows versions 1 to 5 only.
        QCOMPARE(id.data3 >> 12, 7);
        QCOMPARE(id.variant(), QUuid::DCE);
    }

    void carriesTheTimeItWasMadeAt()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QUuid id = TimeOrderedUuid::next();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(msecsOf(id) >= before);
        QVERIFY(msecsOf(id) <= after);
        QCOMPARE(msecsOf(TimeOrderedUuid::at(1'765'000'000'123)), 1'765'000'000'123);
        QCOMPARE(msecsOf(QUuid::createUuid()), -1);
    }

    // What the stores rely on: a later id sorts after an earlier one as raw
    // bytes (how SQLite compares the BLOB keys), and ids are never reused.
    void laterIdsSortAfterEarlierOnes()
    {
        QByteArray previous;
        for (qint64 ms = 1'700'000'000'000; ms < 1'700'000'000'000 + 2000; ms += 7) {
            const QByteArray id = TimeOrderedUuid::at(ms).toRfc4122();
            QVERIFY2(previous < id, qPrintable(QString::number(ms)));
            previous = id;
        }
        // Across a byte boundary of the time field too.
        QVERIFY(TimeOrderedUuid::at(0xff).toRfc4122() < TimeOrderedUuid::at(0x100).toRfc4122());
    }

    void idsOfTheSameMillisecondDiffer()
    {
        QSet<QUuid> seen;
        for (int i = 0; i < 100'000; ++i)
            seen.insert(TimeOrderedUuid::at(1'700'000'000'000));
        QCOMPARE(seen.size(), 100'000);
    }
};

QTEST_GUILESS_MAIN(tst_TimeOrderedUuid)
#include "tst_timeordereduuid.moc"
