// Issue 14: what a device that is not approved can make us keep. Its
// bundles reach the quarantine before any signature check; the quarantine
// keeps only this project's bundles and stays within QuarantineLimits.
#include "bundle/BundleLimits.h"
#include "bundle/BundleReader.h"
#include "FakeClock.h"
#include "project/QuarantineCap.h"
#include "ProjectTestKit.h"
#include "TestWorkspace.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;

using Kind = ChangeImporter::Outcome::Kind;

class TestQuarantineCap : public QObject
{
    Q_OBJECT

    // The observatory, a second coordinator, still has the manifest from
    // before Bob was approved, so every bundle of Bob's goes to quarantine.
    struct Unapproved
    {
        test::FakeClock clock;
        test::TestWorkspace owner{clock.fn(), Role::Coordinator};
        test::TestWorkspace observatory{clock.fn(), Role::Coordinator};
        test::TestWorkspace bob{clock.fn()};
        QTemporaryDir usb;
        QStringList files; // Bob's bundles, oldest first, each larger than the one before
        QList<qint64> sizes;

        void prepare(int bundles)
        {
            QCOMPARE(enrol(*owner, *observatory), QString());
            QCOMPARE(enrol(*owner, *bob), QString());
            for (int i = 0; i < bundles; ++i) {
                // Nothing is acknowledged, so each bundle repeats the ones before.
                auto id = bob->records().create(QStringLiteral("f"), {},
                                                {{QStringLiteral("a"), QString::number(i)}}, true);
                QVERIFY(id);
                const QString dir = usb.filePath(QString::number(i));
                QVERIFY(QDir().mkpath(dir));
                auto e = ChangeExporter::exportTo(*bob, dir);
                QVERIFY2(e, qPrintable(e.error().message()));
                files.append(e.value().path);
                sizes.append(QFileInfo(e.value().path).size());
            }
        }

        [[nodiscard]] QDir quarantine() const
        {
            return QDir(ChangeImporter::quarantineDir(observatory.path()));
        }
        [[nodiscard]] QByteArray bundleId(int i) const
        {
            auto r = BundleReader::parse(readAll(files.at(i)));
            return r ? r.value().bundleId() : QByteArray();
        }
        [[nodiscard]] QString quarantinedName(int i) const
        {
            return QString::fromLatin1(bundleId(i).toHex()) + QStringLiteral(".vigiabundle");
        }
        // Bundle ids in quarantine, in the importer's listing order.
        [[nodiscard]] QList<QByteArray> held()
        {
            QList<QByteArray> ids;
            auto q = ChangeImporter(*observatory).quarantine();
            if (q) {
                for (const auto &entry : q.value())
                    ids.append(entry.bundleId);
            }
            return ids;
        }
        [[nodiscard]] QStringList filesHeld() const
        {
            return quarantine().entryList({QStringLiteral("*.vigiabundle")}, QDir::Files,
                                          QDir::Name);
        }
    };

    static QStringList sorted(QStringList names)
    {
        names.sort();
        return names;
    }

private slots:
    void anotherProjectsBundleIsNotQuarantined()
    {
        // Its sender is unknown here too, which would quarantine it; the
        // project named in the header comes first.
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        test::TestWorkspace otherCoordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace otherResearcher(clock.fn());
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        QCOMPARE(enrol(*otherCoordinator, *otherResearcher), QString());
        QVERIFY(otherResearcher->records().create(
            QStringLiteral("f"), {}, {{QStringLiteral("a"), QStringLiteral("x")}}, true));
        QTemporaryDir usb;
        auto e = ChangeExporter::exportTo(*otherResearcher, usb.path());
        QVERIFY(e);
        const QByteArray before = snapshot(*coordinator);

        auto r = ChangeImporter(*coordinator).importFile(e.value().path);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QVERIFY2(r.error().message().contains(QStringLiteral("another project")),
                 qPrintable(r.error().message()));
        QCOMPARE(count(*coordinator, "SELECT count(*) FROM quarantine"), 0);
        QVERIFY(QDir(ChangeImporter::quarantineDir(coordinator.path()))
                    .entryList(QDir::Files)
                    .isEmpty());
        QCOMPARE(snapshot(*coordinator), before);
    }

    void aFullQuarantineDropsTheOldestFirst()
    {
        Unapproved w;
        w.prepare(3);
        if (QTest::currentTestFailed())
            return;
        QuarantineLimits limits;
        limits.maxBundles = 2;
        // Not the quarantine's: never touched.
        QVERIFY(w.quarantine().mkpath(QStringLiteral(".")));
        QFile stray(w.quarantine().filePath(QStringLiteral("notes.txt")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("kept");
        stray.close();
        const QByteArray before = snapshot(*w.observatory);

        // Received out of creation order: the first received leaves first,
        // whatever time its (unapproved) sender wrote into it.
        ChangeImporter importer(*w.observatory, limits);
        for (int i : {1, 0}) {
            auto r = importer.importFile(w.files.at(i));
            QVERIFY2(r, qPrintable(r.error().message()));
            QCOMPARE(r.value().kind, Kind::Quarantined);
            QVERIFY(!r.value().message.contains(QStringLiteral("make room")));
        }
        QCOMPARE(w.held().size(), 2);

        auto third = importer.importFile(w.files.at(2));
        QVERIFY2(third, qPrintable(third.error().message()));
        QCOMPARE(third.value().kind, Kind::Quarantined);
        QVERIFY2(third.value().message.contains(QStringLiteral("the 1 oldest bundle")),
                 qPrintable(third.value().message));
        QCOMPARE(w.held(), (QList<QByteArray>{w.bundleId(0), w.bundleId(2)}));
        QCOMPARE(w.filesHeld(), sorted({w.quarantinedName(0), w.quarantinedName(2)}));
        QVERIFY(stray.exists());
        // Only the quarantine changed: not the state, not the log.
        QCOMPARE(snapshot(*w.observatory).split(' ').mid(0, 4), before.split(' ').mid(0, 4));

        // The same bundle again replaces itself: nothing else leaves.
        auto again = importer.importFile(w.files.at(2));
        QVERIFY(again);
        QCOMPARE(w.held(), (QList<QByteArray>{w.bundleId(0), w.bundleId(2)}));

        // What is left is applied once Bob is approved.
        auto imported = ProjectMembership(*w.observatory).importManifest(manifestBytes(*w.owner));
        QVERIFY2(imported, qPrintable(imported.error().message()));
        QCOMPARE(imported.value().released.size(), 2);
        QVERIFY(w.held().isEmpty());
        QVERIFY(stray.exists());
    }

    void aFailedQuarantiningKeepsTheBundlesItWouldHaveDropped()
    {
        Unapproved w;
        w.prepare(3);
        if (QTest::currentTestFailed())
            return;
        QuarantineLimits limits;
        limits.maxBundles = 2;
        ChangeImporter importer(*w.observatory, limits);
        for (int i : {0, 1})
            QVERIFY(importer.importFile(w.files.at(i)));
        // Keeping the third fails after room was made for it (a full disk at
        // the last write): the oldest stays, its row and its file.
        QVERIFY(w.observatory->database().exec(
            "CREATE TEMP TRIGGER refuse_quarantine BEFORE INSERT ON quarantine "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
        QVERIFY(!importer.importFile(w.files.at(2)));
        QVERIFY(w.observatory->database().exec("DROP TRIGGER refuse_quarantine"));
        QCOMPARE(w.held(), (QList<QByteArray>{w.bundleId(0), w.bundleId(1)}));
        QVERIFY(w.filesHeld().contains(w.quarantinedName(0)));
        QVERIFY(w.filesHeld().contains(w.quarantinedName(1)));
    }

    void bytesAreCountedFromTheFiles()
    {
        Unapproved w;
        w.prepare(3);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(w.sizes.at(0) < w.sizes.at(1) && w.sizes.at(1) < w.sizes.at(2));
        QuarantineLimits limits;
        // All three do not fit; the last two do.
        limits.maxBytes = w.sizes.at(0) + w.sizes.at(1) + w.sizes.at(2) - 1;
        ChangeImporter importer(*w.observatory, limits);
        QVERIFY(importer.importFile(w.files.at(0)));
        QVERIFY(importer.importFile(w.files.at(1)));

        // The second file grows on disk: now both held bundles must leave.
        {
            QFile grown(w.quarantine().filePath(w.quarantinedName(1)));
            QVERIFY(grown.open(QIODevice::Append));
            QVERIFY(grown.write(QByteArray(w.sizes.at(0), 'x')) == w.sizes.at(0));
        }
        auto third = importer.importFile(w.files.at(2));
        QVERIFY2(third, qPrintable(third.error().message()));
        QVERIFY2(third.value().message.contains(QStringLiteral("the 2 oldest bundle")),
                 qPrintable(third.value().message));
        QCOMPARE(w.held(), QList<QByteArray>{w.bundleId(2)});
        QCOMPARE(w.filesHeld(), QStringList{w.quarantinedName(2)});

        // An emptied file counts nothing: all three fit again.
        QVERIFY(importer.importFile(w.files.at(0)));
        QFile emptied(w.quarantine().filePath(w.quarantinedName(0)));
        QVERIFY(emptied.resize(0));
        QVERIFY(importer.importFile(w.files.at(1)));
        QCOMPARE(w.held().size(), 3);
    }

    void aBundleLargerThanTheQuarantineIsRefused()
    {
        Unapproved w;
        w.prepare(3);
        if (QTest::currentTestFailed())
            return;
        QuarantineLimits limits;
        limits.maxBytes = w.sizes.at(1);
        ChangeImporter importer(*w.observatory, limits);
        QVERIFY(importer.importFile(w.files.at(0)));
        const QByteArray before = snapshot(*w.observatory);

        auto refused = importer.importFile(w.files.at(2));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::TooLarge);
        QVERIFY2(refused.error().message().contains(QStringLiteral("not approved")),
                 qPrintable(refused.error().message()));
        // Refused outright: it is not kept and nothing made room for it.
        QCOMPARE(snapshot(*w.observatory), before);
        QCOMPARE(w.held(), QList<QByteArray>{w.bundleId(0)});
        QCOMPARE(w.filesHeld(), QStringList{w.quarantinedName(0)});
    }

    void defaultsHoldFourLargestBundles()
    {
        // The documented reasoning of QuarantineLimits, kept true.
        const QuarantineLimits limits;
        QCOMPARE(limits.maxBundles, 200);
        QCOMPARE(limits.maxBytes, 4 * BundleLimits().maxBundleBytes);
    }
};

QTEST_GUILESS_MAIN(TestQuarantineCap)
#include "tst_quarantinecap.moc"
