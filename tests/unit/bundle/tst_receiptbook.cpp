#include "FakeClock.h"
#include "project/Outbox.h"
#include "project/Receipt.h"
#include "project/ReceiptBook.h"
#include "ProjectTestKit.h"
#include "TestWorkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;

class TestReceiptBook : public QObject
{
    Q_OBJECT

private slots:
    void receiptClearsTheOutbox()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        QVERIFY(researcher->records().create(QStringLiteral("f"), {}, {}, true));
        QTemporaryDir usb;
        auto exported = ChangeExporter::exportTo(*researcher, usb.path());
        QVERIFY(exported);
        QVERIFY(ChangeImporter(*coordinator).importFile(exported.value().path));

        // A receipt for nothing acknowledges nothing.
        auto none = ReceiptBook::issue(*coordinator, QUuid::createUuid().toRfc4122());
        QCOMPARE(ReceiptBook::accept(*researcher, none.value()).value().acknowledged, 0);
        QVERIFY(Outbox::pendingCount(researcher->database()).value() > 0);

        auto receipt = ReceiptBook::issue(*coordinator, researcher->deviceId().toRfc4122());
        QVERIFY(receipt);
        auto accepted = ReceiptBook::accept(*researcher, receipt.value());
        QVERIFY2(accepted, qPrintable(accepted.error().message()));
        QCOMPARE(accepted.value().acknowledged, exported.value().opCount);
        QCOMPARE(Outbox::pendingCount(researcher->database()).value(), 0);
        // Nothing left: the next export writes no file.
        QVERIFY(ChangeExporter::exportTo(*researcher, usb.path()).value().path.isEmpty());
    }

    void onlyACoordinatorDeviceMaySignReceipts()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace alice(clock.fn());
        test::TestWorkspace mallory(clock.fn());
        QCOMPARE(enrol(*coordinator, *alice), QString());
        QCOMPARE(enrol(*coordinator, *mallory), QString());
        QVERIFY(ProjectMembership(*alice).importManifest(manifestBytes(*coordinator)));
        QTemporaryDir usb;
        auto exported = ChangeExporter::exportTo(*alice, usb.path());
        QVERIFY(exported);
        // Mallory, a member but no recipient, forges a receipt for Alice's bundle.
        Receipt forged;
        forged.projectId = ProjectStore(alice->database()).requireManifest().value().projectId;
        forged.deviceId = mallory->deviceId().toRfc4122();
        forged.bundleIds = {exported.value().bundleId};
        const int pending = Outbox::pendingCount(alice->database()).value();
        auto r = ReceiptBook::accept(*alice, forged.sign(mallory->keys()));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QCOMPARE(Outbox::pendingCount(alice->database()).value(), pending);
    }
};

QTEST_GUILESS_MAIN(TestReceiptBook)
#include "tst_receiptbook.moc"
