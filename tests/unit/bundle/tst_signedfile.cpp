#include "common/CanonicalCbor.h"
#include "crypto/DeviceKeys.h"
#include "project/Invitation.h"
#include "project/JoinRequest.h"
#include "project/Receipt.h"
#include "project/SignedFile.h"

#include <QCborMap>
#include <QCborValue>
#include <QTest>
#include <QUuid>

using namespace vigia;

class TestSignedFile : public QObject
{
    Q_OBJECT

    DeviceKeys m_keys = DeviceKeys::generate(QUuid::createUuid());

private slots:
    void sealAndOpen()
    {
        const QByteArray body = CanonicalCbor::encode(QCborMap{{QStringLiteral("a"), 1}});
        const QByteArray bytes = SignedFile::seal(QStringLiteral("receipt"), body, m_keys);
        auto f = SignedFile::open(bytes, QStringLiteral("receipt"));
        QVERIFY(f);
        QCOMPARE(f.value().body, body);
        QCOMPARE(f.value().signerPk, m_keys.signPublicKey);
    }

    void kindIsPartOfTheSignature()
    {
        const QByteArray body = CanonicalCbor::encode(QCborMap{{QStringLiteral("a"), 1}});
        const QByteArray bytes = SignedFile::seal(QStringLiteral("receipt"), body, m_keys);
        QCOMPARE(SignedFile::open(bytes, QStringLiteral("manifest")).error().code(),
                 ErrorCode::Corrupt);
        // Relabelled as a manifest: the signature no longer matches.
        QCborMap m = QCborValue::fromCbor(bytes).toMap();
        m.insert(QStringLiteral("kind"), QStringLiteral("manifest"));
        QCOMPARE(
            SignedFile::open(CanonicalCbor::encode(m), QStringLiteral("manifest")).error().code(),
            ErrorCode::Tampered);
    }

    void everyBitFlipIsRefused()
    {
        const QByteArray body = CanonicalCbor::encode(QCborMap{{QStringLiteral("a"), 1}});
        const QByteArray bytes = SignedFile::seal(QStringLiteral("receipt"), body, m_keys);
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray flipped = bytes;
                flipped[i] = char(flipped[i] ^ (1 << bit));
                QVERIFY2(!SignedFile::open(flipped, QStringLiteral("receipt")),
                         qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
            }
        }
        QVERIFY(!SignedFile::open(bytes.left(bytes.size() - 1), QStringLiteral("receipt")));
    }

    void invitationRoundTrip()
    {
        Invitation inv;
        inv.projectId = m_keys.deviceId.toRfc4122();
        inv.projectName = QStringLiteral("P");
        inv.hubUrl = QStringLiteral("https://hub");
        inv.projectPk = m_keys.signPublicKey;
        inv.coordinatorDevice = QUuid::createUuid().toRfc4122();
        auto opened = Invitation::open(inv.sign(m_keys));
        QVERIFY(opened);
        QCOMPARE(opened.value().keyFingerprint(), inv.keyFingerprint());
        QCOMPARE(opened.value().hubUrl, inv.hubUrl);
        QVERIFY(opened.value().hubCertSha256.isEmpty());
        // Without a pin the bytes are those of an invitation from before pins.
        QVERIFY(!inv.sign(m_keys).contains("hub_cert_sha256"));

        // A self-hosted hub's certificate pin travels signed.
        inv.hubCertSha256 = QByteArray(32, '\x5a');
        auto pinned = Invitation::open(inv.sign(m_keys));
        QVERIFY(pinned);
        QCOMPARE(pinned.value().hubCertSha256, inv.hubCertSha256);
        inv.hubCertSha256 = QByteArray(31, '\x5a'); // not a SHA-256
        QCOMPARE(Invitation::open(inv.sign(m_keys)).error().code(), ErrorCode::Corrupt);
    }

    void joinRequestMustBeSignedByItsOwnKey()
    {
        DeviceKeys device = DeviceKeys::generate(QUuid::createUuid());
        JoinRequest r;
        r.projectId = QUuid::createUuid().toRfc4122();
        r.deviceId = device.deviceId.toRfc4122();
        r.name = QStringLiteral("Ana");
        r.role = QStringLiteral("researcher");
        r.signPk = device.signPublicKey;
        r.boxPk = device.boxPublicKey;
        auto ok = JoinRequest::open(r.sign(device));
        QVERIFY(ok);
        QCOMPARE(ok.value().fingerprint(), device.fingerprint());
        // Someone else signing a request for Ana's keys is refused.
        QCOMPARE(JoinRequest::open(r.sign(m_keys)).error().code(), ErrorCode::Corrupt);
    }

    void receiptRoundTrip()
    {
        Receipt r;
        r.projectId = QUuid::createUuid().toRfc4122();
        r.deviceId = m_keys.deviceId.toRfc4122();
        r.bundleIds = {QByteArray(32, 'b'), QByteArray(32, 'a')};
        QByteArray signer;
        auto opened = Receipt::open(r.sign(m_keys), &signer);
        QVERIFY(opened);
        QCOMPARE(signer, m_keys.signPublicKey);
        QCOMPARE(opened.value().bundleIds,
                 (QList<QByteArray>{QByteArray(32, 'a'), QByteArray(32, 'b')}));
    }
};

QTEST_GUILESS_MAIN(TestSignedFile)
#include "tst_signedfile.moc"
