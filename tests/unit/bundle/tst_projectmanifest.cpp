#include "common/CanonicalCbor.h"
#include "crypto/DeviceKeys.h"
#include "crypto/Fingerprint.h"
#include "project/ProjectManifest.h"
#include "project/SignedFile.h"

#include <QCborMap>
#include <QCborValue>
#include <QTest>
#include <QUuid>

using namespace vigia;

namespace {
ManifestDevice deviceOf(const DeviceKeys &k, Role role)
{
    return {k.deviceId.toRfc4122(), QStringLiteral("dev"), role,
            k.signPublicKey,        k.boxPublicKey,        {QStringLiteral("BR")}};
}
} // namespace

class TestProjectManifest : public QObject
{
    Q_OBJECT

    DeviceKeys m_project = DeviceKeys::generate(QUuid::createUuid());
    DeviceKeys m_coordinator = DeviceKeys::generate(QUuid::createUuid());
    DeviceKeys m_researcher = DeviceKeys::generate(QUuid::createUuid());
    QByteArray m_revokedId = QUuid::createUuid().toRfc4122();

    ProjectManifest sample() const
    {
        ProjectManifest m;
        m.projectId = m_project.deviceId.toRfc4122();
        m.name = QStringLiteral("Frontera");
        m.hubUrl = QStringLiteral("https://hub.example.org");
        m.country = QStringLiteral("BR");
        m.projectPk = m_project.signPublicKey;
        m.version = 3;
        m.issuedHlc = 12345;
        m.devices = {deviceOf(m_researcher, Role::Researcher),
                     deviceOf(m_coordinator, Role::Coordinator)};
        m.recipients = {m_coordinator.deviceId.toRfc4122()};
        m.revoked = {{m_revokedId, m_researcher.signPublicKey, 99, 2, 41}};
        return m;
    }

private slots:
    void roundTrip()
    {
        const ProjectManifest m = sample();
        auto bytes = m.sign(m_project);
        QVERIFY(bytes);
        auto opened = ProjectManifest::open(bytes.value(), Fingerprint::of(m_project.signPublicKey),
                                            m.projectId);
        QVERIFY2(opened, qPrintable(opened.error().message()));
        QCOMPARE(opened.value().encodeBody(), m.encodeBody());
        QCOMPARE(opened.value().devices.size(), 2);
        QVERIFY(opened.value().isRecipient(m_coordinator.deviceId.toRfc4122()));
        QVERIFY(!opened.value().isRecipient(m_researcher.deviceId.toRfc4122()));
        QCOMPARE(opened.value().revoked.first().revokedHlc, quint64(99));
        QCOMPARE(opened.value().revoked.first().acceptedCounter, quint64(41));
    }

    void bodyIsIndependentOfListOrder()
    {
        ProjectManifest a = sample();
        ProjectManifest b = sample();
        std::reverse(b.devices.begin(), b.devices.end());
        QCOMPARE(a.encodeBody(), b.encodeBody());
        QVERIFY(CanonicalCbor::isCanonical(a.encodeBody()));
    }

    void onlyTheProjectKeySigns()
    {
        // A member (or a hub) cannot add itself as a recipient: it has no key.
        ProjectManifest m = sample();
        m.recipients.append(m_researcher.deviceId.toRfc4122());
        auto bytes = m.sign(m_researcher);
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().code(), ErrorCode::Untrusted);
    }

    void foreignSignatureIsUntrusted()
    {
        DeviceKeys other = DeviceKeys::generate(QUuid::createUuid());
        ProjectManifest m = sample();
        m.projectPk = other.signPublicKey;
        auto bytes = m.sign(other);
        QVERIFY(bytes);
        auto opened =
            ProjectManifest::open(bytes.value(), Fingerprint::of(m_project.signPublicKey));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), ErrorCode::Untrusted);
    }

    void tamperedRecipientListIsRefused()
    {
        const ProjectManifest m = sample();
        auto bytes = m.sign(m_project);
        QVERIFY(bytes);
        ProjectManifest forged = m;
        forged.recipients.append(m_researcher.deviceId.toRfc4122());
        QCborMap outer = QCborValue::fromCbor(bytes.value()).toMap();
        outer.insert(QStringLiteral("body"), forged.encodeBody());
        auto opened = ProjectManifest::open(CanonicalCbor::encode(outer),
                                            Fingerprint::of(m_project.signPublicKey));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), ErrorCode::Tampered);
    }

    void otherProjectIsUntrusted()
    {
        auto bytes = sample().sign(m_project);
        QVERIFY(bytes);
        auto opened = ProjectManifest::open(bytes.value(), Fingerprint::of(m_project.signPublicKey),
                                            QUuid::createUuid().toRfc4122());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), ErrorCode::Untrusted);
    }

    void recipientMustBeADevice()
    {
        ProjectManifest m = sample();
        m.recipients.append(QUuid::createUuid().toRfc4122());
        auto decoded = ProjectManifest::decodeBody(m.encodeBody());
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code(), ErrorCode::Corrupt);
    }

    void onlyCoordinatorsReceiveResearcherData()
    {
        // Even a manifest the project key signed cannot make a researcher a
        // recipient of other researchers' bundles.
        ProjectManifest m = sample();
        m.recipients.append(m_researcher.deviceId.toRfc4122());
        auto decoded = ProjectManifest::decodeBody(m.encodeBody());
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code(), ErrorCode::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestProjectManifest)
#include "tst_projectmanifest.moc"
