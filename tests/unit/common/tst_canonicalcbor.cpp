// CanonicalCbor's hand readers, shared by the hot paths that read CBOR in
// place (Op::decode's cursor, the projector's heads, textPayload).
#include "common/CanonicalCbor.h"

#include <QTest>

using namespace vigia;

class TestCanonicalCbor : public QObject
{
    Q_OBJECT

private slots:
    // Every head size reads back what appendHead wrote, one after another.
    void headsReadBackWhatWasWritten()
    {
        const QList<std::pair<quint8, quint64>> heads{{0, 0},
                                                      {0, 23},
                                                      {0, 24},
                                                      {1, 255},
                                                      {2, 256},
                                                      {3, 65'535},
                                                      {4, 65'536},
                                                      {5, 0xffff'ffffULL},
                                                      {0, 0x1'0000'0000ULL},
                                                      {0, ~quint64(0)}};
        QByteArray bytes;
        for (const auto &[major, arg] : heads)
            CanonicalCbor::appendHead(bytes, major, arg);
        qsizetype pos = 0;
        for (const auto &[major, arg] : heads) {
            quint8 readMajor = 0xff;
            quint64 readArg = 0;
            QVERIFY(CanonicalCbor::readHead(bytes, pos, readMajor, readArg));
            QCOMPARE(readMajor, major);
            QCOMPARE(readArg, arg);
        }
        QCOMPARE(pos, bytes.size());
        quint8 major = 0;
        quint64 arg = 0;
        QVERIFY(!CanonicalCbor::readHead(bytes, pos, major, arg)); // at the end
    }

    // A cut head, an indefinite length or a reserved value is refused and the
    // position stays where it was.
    void badHeadsLeaveThePositionAlone()
    {
        for (const QByteArray &bytes :
             {QByteArray::fromHex("19ff"), QByteArray::fromHex("1b00000000"),
              QByteArray::fromHex("5f"), QByteArray::fromHex("1c"), QByteArray()}) {
            qsizetype pos = 0;
            quint8 major = 0;
            quint64 arg = 0;
            QVERIFY2(!CanonicalCbor::readHead(bytes, pos, major, arg), bytes.toHex().constData());
            QCOMPARE(pos, qsizetype(0));
        }
    }

    void textPayloadIsTheTextOfOneTextItem()
    {
        QCOMPARE(CanonicalCbor::textPayload(QByteArray::fromHex("6568656c6c6f")),
                 QByteArray("hello"));
        QVERIFY(!CanonicalCbor::textPayload(QByteArray::fromHex("60")).isNull()); // ""
        QVERIFY(CanonicalCbor::textPayload(QByteArray::fromHex("4568656c6c6f")).isNull());
        QVERIFY(CanonicalCbor::textPayload(QByteArray::fromHex("6668656c6c6f")).isNull());
        QVERIFY(CanonicalCbor::textPayload(QByteArray::fromHex("f7")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCanonicalCbor)
#include "tst_canonicalcbor.moc"
