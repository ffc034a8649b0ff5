// ChangeExporter cuts a large outbox into bundles every reader accepts
// (issue 13): each bundle is one consecutive counter range of the sender's
// chain, under the export limits, and together they carry the whole outbox.

#include "bundle/BundleReader.h"
#include "project/Outbox.h"
#include "ProjectTestKit.h"
#include "TestWorkspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace vigia;
using namespace vigia::projecttest;

namespace {

Op opWithValue(quint64 counter, qsizetype valueBytes)
{
    Op op;
    op.origin = QByteArray(Op::kIdSize, 'o');
    op.counter = counter;
    op.entity = QStringLiteral("record");
    op.row = QByteArray(Op::kIdSize, 'r');
    op.field = QStringLiteral("a");
    op.value = QByteArray(valueBytes, 'v');
    op.prevHash = QByteArray(Op::kHashSize, 'h');
    return op;
}

} // namespace

class TestChangeExporter : public QObject
{
    Q_OBJECT

private slots:
    void defaultLimitsStayWellUnderTheReaders()
    {
        const ChangeExporter::Limits mine;
        const BundleLimits reader;
        QVERIFY(mine.maxOps > 0 && mine.maxOps * 4 <= reader.maxOps);
        QVERIFY(mine.maxPayloadBytes > 0 && mine.maxPayloadBytes * 2 <= reader.maxBundleBytes);
        QVERIFY(mine.maxPayloadBytes * 2 <= reader.maxPayloadBytes);
    }

    void splitCoversEveryOpOnceInOrder()
    {
        QList<Op> ops;
        for (int i = 0; i < 23; ++i)
            ops.append(opWithValue(quint64(i + 1), 10));
        const auto parts = ChangeExporter::split(ops, {5, qint64(1) << 30});
        QCOMPARE(parts.size(), 5);
        qsizetype next = 0;
        for (const auto &[first, end] : parts) {
            QCOMPARE(first, next);
            QVERIFY(end > first);
            QVERIFY(end - first <= 5);
            next = end;
        }
        QCOMPARE(next, ops.size());
        QVERIFY(ChangeExporter::split({}, {}).isEmpty());
    }

    void splitHoldsTheByteLimitAndSendsAHugeOpAlone()
    {
        QList<Op> ops;
        for (int i = 0; i < 10; ++i)
            ops.append(opWithValue(quint64(i + 1), i == 4 ? 5000 : 300));
        const ChangeExporter::Limits limits{1000, 1000};
        const auto parts = ChangeExporter::split(ops, limits);
        for (const auto &[first, end] : parts) {
            qint64 encoded = 0;
            for (qsizetype i = first; i < end; ++i)
                encoded += ops.at(i).encode().size();
            // The estimate is an upper bound of the real encoding.
            QVERIFY2(encoded <= limits.maxPayloadBytes || end - first == 1,
                     qPrintable(
                         QStringLiteral("%1 bytes in [%2, %3)").arg(encoded).arg(first).arg(end)));
        }
        // The huge op travels, alone.
        QVERIFY(std::any_of(parts.cbegin(), parts.cend(),
                            [](const auto &p) { return p.first == 4 && p.second == 5; }));
        QVERIFY(parts.size() >= 4);
    }

    void aLargeOutboxTravelsAsSeveralBundlesInAnyOrder()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        for (int i = 0; i < 12; ++i)
            QVERIFY(researcher->records().create(
                QStringLiteral("f"), {},
                {{QStringLiteral("a"), QStringLiteral("finding %1").arg(i)}}, true));
        const qint64 outbox = count(*researcher, "SELECT count(*) FROM outbox");
        QVERIFY(outbox > 20);

        QTemporaryDir usb;
        const ChangeExporter::Limits limits{7, qint64(1) << 30};
        auto exported = ChangeExporter::exportTo(*researcher, usb.path(), limits);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message()));
        const ChangeExporter::Exported &e = exported.value();
        QCOMPARE(e.opCount, int(outbox));
        QCOMPARE(e.paths.size(), qsizetype((outbox + 6) / 7));
        QCOMPARE(e.bundleIds.size(), e.paths.size());
        QCOMPARE(e.path, e.paths.first());
        QCOMPARE(e.bundleId, e.bundleIds.first());

        // Each bundle continues the chain where the previous one stopped.
        quint64 next = 0;
        for (const QString &path : e.paths) {
            auto reader = BundleReader::parse(readAll(path));
            QVERIFY(reader);
            const BundleHeader &h = reader.value().header();
            QVERIFY(h.opCount <= 7);
            QCOMPARE(h.ranges.size(), qsizetype(1));
            if (next != 0)
                QCOMPARE(h.ranges.first().firstCounter, next);
            next = h.ranges.first().lastCounter + 1;
        }

        // Arriving last first: the early ones wait, the first releases all.
        QStringList reversed = e.paths;
        std::reverse(reversed.begin(), reversed.end());
        ChangeImporter importer(*coordinator);
        for (const QString &path : reversed) {
            auto imported = importer.importFile(path);
            QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
        }
        QCOMPARE(count(*coordinator, "SELECT count(*) FROM pending_ops"), qint64(0));
        QCOMPARE(count(*coordinator, "SELECT count(*) FROM records"), qint64(12));
        QCOMPARE(count(*coordinator, "SELECT count(*) FROM applied_bundles"),
                 qint64(e.paths.size()));
    }
};

QTEST_GUILESS_MAIN(TestChangeExporter)
#include "tst_changeexporter.moc"
