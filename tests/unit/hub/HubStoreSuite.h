#pragma once

// Included by each backend's test (bare name: a test folder's own helper).

#include "crypto/DeviceKeys.h"
#include "hub/HubStore.h"
#include "project/ProjectManifest.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <barrier>
#include <memory>
#include <thread>
#include <vector>

using namespace vigia;

// Helpers of the suite, named so that the tests including it do not clash.
namespace hubstoresuite {

inline QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = char(QRandomGenerator::global()->bounded(256));
    return out;
}

inline ManifestDevice deviceOf(const DeviceKeys &k, Role role)
{
    return {k.deviceId.toRfc4122(), QStringLiteral("dev"), role,
            k.signPublicKey,        k.boxPublicKey,        {QStringLiteral("BR")}};
}

inline QByteArray idOf(const DeviceKeys &k)
{
    return k.deviceId.toRfc4122();
}

inline QList<qint64> seqsOf(const QList<HubBundle> &list)
{
    QList<qint64> out;
    for (const HubBundle &b : list)
        out.append(b.seq);
    return out;
}

inline QList<qint64> seqsOf(const QList<HubReceipt> &list)
{
    QList<qint64> out;
    for (const HubReceipt &r : list)
        out.append(r.seq);
    return out;
}

inline QList<QByteArray> sorted(QList<QByteArray> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

inline QList<QByteArray> devicesOf(const QList<HubJoinRequest> &list)
{
    QList<QByteArray> out;
    for (const HubJoinRequest &r : list)
        out.append(r.deviceId);
    return out;
}

} // namespace hubstoresuite

using namespace hubstoresuite;

// The tests of the HubStore contract, run on every backend: a backend's test
// derives from this and says how to open its store. The body sees only the
// interface, so a backend passes exactly the checks the others pass.
class HubStoreSuite : public QObject
{
    Q_OBJECT

protected:
    // The backend under test. Safe to call from any thread: each call is a
    // connection of its own, as each worker thread of the hub has.
    virtual std::unique_ptr<HubStore> openStore() = 0;
    // Points openStore() at new, empty storage (a new file, a new database):
    // before each test, and where a test wants another hub.
    virtual bool freshStorage() = 0;

    DeviceKeys m_projectKey = DeviceKeys::generate(QUuid::createUuid());
    DeviceKeys m_coordinator = DeviceKeys::generate(QUuid::createUuid());
    DeviceKeys m_researcher = DeviceKeys::generate(QUuid::createUuid());
    DeviceKeys m_other = DeviceKeys::generate(QUuid::createUuid());
    const QByteArray m_token = QCryptographicHash::hash("token-1", QCryptographicHash::Sha256);

    QByteArray projectId() const { return m_projectKey.deviceId.toRfc4122(); }

    // Version 1 lists all three devices; later versions, with revokeOther,
    // move m_other to the revoked list as `project revoke` does.
    ProjectManifest manifest(quint64 version, bool revokeOther = false) const
    {
        ProjectManifest m;
        m.projectId = projectId();
        m.name = QStringLiteral("Frontera Sur");
        m.hubUrl = QStringLiteral("https://hub.example.org");
        m.country = QStringLiteral("BR");
        m.projectPk = m_projectKey.signPublicKey;
        m.version = version;
        m.issuedHlc = 1000 + version;
        m.devices = {deviceOf(m_coordinator, Role::Coordinator),
                     deviceOf(m_researcher, Role::Researcher)};
        if (revokeOther)
            m.revoked = {{idOf(m_other), m_other.signPublicKey, 99, version, 7}};
        else
            m.devices.append(deviceOf(m_other, Role::Researcher));
        m.recipients = {idOf(m_coordinator)};
        return m;
    }

    QByteArray sign(const ProjectManifest &m) const
    {
        auto bytes = m.sign(m_projectKey);
        return bytes ? bytes.value() : QByteArray();
    }

    // A slot and the project registered on it, at manifest version 1.
    bool addProject(HubStore &store)
    {
        if (!store.addProjectSlot(QStringLiteral("Frontera"), m_token))
            return false;
        const ProjectManifest m = manifest(1);
        return store.registerProject(m_token, m, sign(m)).ok();
    }

    HubBundle bundleFrom(const DeviceKeys &sender, const QList<QByteArray> &recipients,
                         const QByteArray &bytes, qint64 storedAt = 500) const
    {
        HubBundle b;
        b.projectId = projectId();
        b.bundleId = QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256);
        b.sender = idOf(sender);
        b.recipients = recipients;
        b.size = bytes.size();
        b.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        b.storedAt = storedAt;
        return b;
    }

    HubReceipt receiptFrom(const DeviceKeys &signer, const QList<QByteArray> &recipients,
                           const QByteArray &bytes, qint64 storedAt = 600) const
    {
        HubReceipt r;
        r.projectId = projectId();
        r.receiptId = QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256);
        r.signer = idOf(signer);
        r.recipients = recipients;
        r.bytes = bytes;
        r.storedAt = storedAt;
        return r;
    }

    HubInvitation invitationOf(const QByteArray &codeHash, qint64 expiresAt) const
    {
        return {codeHash, projectId(), randomBytes(200), expiresAt};
    }

    HubJoinRequest joinRequestOf(const DeviceKeys &device, qint64 receivedAt) const
    {
        return {projectId(), idOf(device), randomBytes(150), receivedAt};
    }

    // A second project on the same hub, with its own slot: its id.
    QByteArray addSecondProject(HubStore &store)
    {
        const QByteArray token = QCryptographicHash::hash("token-2", QCryptographicHash::Sha256);
        if (!store.addProjectSlot(QStringLiteral("Second"), token))
            return {};
        ProjectManifest m = manifest(1);
        m.projectId = QUuid::createUuid().toRfc4122();
        if (!store.registerProject(token, m, sign(m)))
            return {};
        return m.projectId;
    }

    // What a version-1 hub database holds in the migration tests: the project
    // registered at manifest version 1 and one bundle from the researcher to
    // the coordinator. Each backend's test writes it with the old schema's SQL.
    struct Version1Data
    {
        QByteArray hubId = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QByteArray bytes = randomBytes(3000);
        HubBundle bundle;
    };
    Version1Data version1Data() const
    {
        Version1Data d;
        d.bundle = bundleFrom(m_researcher, {idOf(m_coordinator)}, d.bytes, 400);
        return d;
    }

    // After opening a migrated database: the old data is all there, and
    // every new method works on it.
    void checkMigrated(HubStore &store, const Version1Data &d, qint64 bundleSeq)
    {
        QCOMPARE(store.hubId().value(), d.hubId);
        auto project = store.project(projectId());
        QVERIFY2(project, qPrintable(project.error().message()));
        QCOMPARE(project.value().manifestVersion, quint64(1));
        QCOMPARE(project.value().manifest, sign(manifest(1)));
        QCOMPARE(store.devices(projectId()).value().size(), 3);
        auto bundle = store.bundle(projectId(), d.bundle.bundleId);
        QVERIFY2(bundle, qPrintable(bundle.error().message()));
        QCOMPARE(bundle.value().seq, bundleSeq);
        QCOMPARE(bundle.value().sender, idOf(m_researcher));
        QCOMPARE(bundle.value().recipients, (QList<QByteArray>{idOf(m_coordinator)}));
        QCOMPARE(bundle.value().storedAt, qint64(400));
        QCOMPARE(store.bundleBytes(projectId(), d.bundle.bundleId, 0, 10000).value(), d.bytes);
        QCOMPARE(seqsOf(store.bundles(projectId(), 0, 100, idOf(m_coordinator)).value()),
                 (QList<qint64>{bundleSeq}));
        // The used slot stays used.
        QCOMPARE(store.registerProject(m_token, manifest(1), sign(manifest(1))).error().code(),
                 ErrorCode::NotFound);

        // The new tables are there and work.
        auto senders = store.bundleSenders(projectId(), {d.bundle.bundleId, randomBytes(32)});
        QVERIFY2(senders, qPrintable(senders.error().message()));
        QCOMPARE(senders.value(), (QList<QByteArray>{idOf(m_researcher)}));
        const HubReceipt r = receiptFrom(m_coordinator, {idOf(m_researcher)}, randomBytes(80));
        auto receipt = store.storeReceipt(r);
        QVERIFY2(receipt, qPrintable(receipt.error().message()));
        QCOMPARE(store.storeReceipt(r).value().seq, receipt.value().seq);
        QCOMPARE(seqsOf(store.receipts(projectId(), 0, 10, idOf(m_researcher)).value()),
                 (QList<qint64>{receipt.value().seq}));
        const QByteArray code = randomBytes(32);
        QVERIFY(store.addInvitation(invitationOf(code, 100)));
        QVERIFY(store.redeemInvitation(code, 50));
        QCOMPARE(store.redeemInvitation(code, 50).error().code(), ErrorCode::NotFound);
        const DeviceKeys newcomer = DeviceKeys::generate(QUuid::createUuid());
        QVERIFY(store.addJoinRequest(joinRequestOf(newcomer, 10)));
        QVERIFY(store.addJoinRequest(joinRequestOf(m_other, 20)));
        QCOMPARE(devicesOf(store.joinRequests(projectId()).value()),
                 (QList<QByteArray>{idOf(newcomer)}));
        // A new bundle never reuses the old one's seq.
        const QByteArray more = randomBytes(10);
        auto next = store.storeBundle(bundleFrom(m_other, {}, more), more);
        QVERIFY(next);
        QVERIFY(next.value().seq > bundleSeq);
        // No device was blocked before; the blocks' table is there and works.
        for (const HubDevice &dev : store.devices(projectId()).value())
            QVERIFY(!dev.blocked);
        QVERIFY(store.blockDevice(projectId(), idOf(m_other), true));
        QVERIFY(store.device(projectId(), idOf(m_other)).value().blocked);
        QCOMPARE(store.projects().value().size(), 1);
    }

    // What a version-2 hub database holds besides the version-1 data: a
    // receipt of the coordinator's, routed to the coordinator itself (so the
    // checks of checkMigrated, which route theirs to the researcher, still
    // hold).
    HubReceipt version2Receipt() const
    {
        return receiptFrom(m_coordinator, {idOf(m_coordinator)}, randomBytes(90), 450);
    }

    void checkMigratedFrom2(HubStore &store, const Version1Data &d, qint64 bundleSeq,
                            const HubReceipt &receipt)
    {
        checkMigrated(store, d, bundleSeq);
        if (QTest::currentTestFailed())
            return;
        auto kept = store.receipts(projectId(), 0, 10, idOf(m_coordinator));
        QVERIFY2(kept, qPrintable(kept.error().message()));
        QCOMPARE(kept.value().size(), 1);
        QCOMPARE(kept.value().first().receiptId, receipt.receiptId);
        QCOMPARE(kept.value().first().bytes, receipt.bytes);
        QCOMPARE(kept.value().first().signer, idOf(m_coordinator));
        QCOMPARE(kept.value().first().storedAt, qint64(450));
    }

    HubUpload uploadOf(const QString &id, const QByteArray &bundleId, qint64 length,
                       qint64 expiresAt = 1000) const
    {
        HubUpload u;
        u.id = id;
        u.projectId = projectId();
        u.deviceId = idOf(m_researcher);
        u.bundleId = bundleId;
        u.length = length;
        u.createdAt = 10;
        u.expiresAt = expiresAt;
        return u;
    }

private slots:
    void init() { QVERIFY(freshStorage()); }

    void hubIdIsStableAcrossReopen()
    {
        QByteArray first;
        {
            auto store = openStore();
            QVERIFY(store);
            auto id = store->hubId();
            QVERIFY(id);
            first = id.value();
            QCOMPARE(first.size(), 16);
            QVERIFY(first != QByteArray(16, '\0'));
        }
        auto store = openStore();
        QVERIFY(store);
        auto again = store->hubId();
        QVERIFY(again);
        QCOMPARE(again.value(), first);

        // Another hub gets another id.
        QVERIFY(freshStorage());
        auto other = openStore();
        QVERIFY(other);
        auto otherId = other->hubId();
        QVERIFY(otherId);
        QVERIFY(otherId.value() != first);
    }

    void slotIsClaimedOnce()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->addProjectSlot(QStringLiteral("Frontera"), m_token));
        const ProjectManifest m = manifest(1);
        const QByteArray signedManifest = sign(m);
        QVERIFY(!signedManifest.isEmpty());

        auto unknown = store->registerProject(QByteArray(32, 'x'), m, signedManifest);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);

        auto registered = store->registerProject(m_token, m, signedManifest);
        QVERIFY2(registered, qPrintable(registered.error().message()));
        QCOMPARE(registered.value().id, projectId());
        QCOMPARE(registered.value().name, QStringLiteral("Frontera"));
        QCOMPARE(registered.value().projectPk, m_projectKey.signPublicKey);
        QCOMPARE(registered.value().manifest, signedManifest);
        QCOMPARE(registered.value().manifestVersion, quint64(1));

        auto stored = store->project(projectId());
        QVERIFY(stored);
        QCOMPARE(stored.value().id, projectId());
        QCOMPARE(stored.value().name, QStringLiteral("Frontera"));
        QCOMPARE(stored.value().projectPk, m_projectKey.signPublicKey);
        QCOMPARE(stored.value().manifest, signedManifest);
        QCOMPARE(stored.value().manifestVersion, quint64(1));

        // The used token registers nothing else, not even another project.
        ProjectManifest second = m;
        second.projectId = QUuid::createUuid().toRfc4122();
        auto again = store->registerProject(m_token, second, signedManifest);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::NotFound);
        QCOMPARE(store->project(second.projectId).error().code(), ErrorCode::NotFound);

        // A fresh slot cannot take over a registered project id, and the
        // refusal leaves that slot unused.
        const QByteArray token2 = QCryptographicHash::hash("token-2", QCryptographicHash::Sha256);
        QVERIFY(store->addProjectSlot(QStringLiteral("Second"), token2));
        auto taken = store->registerProject(token2, m, signedManifest);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code(), ErrorCode::Validation);
        QVERIFY(store->registerProject(token2, second, signedManifest));

        auto stats = store->stats();
        QVERIFY(stats);
        QCOMPARE(stats.value().projects, 2);
        QVERIFY(!store->project(QUuid::createUuid().toRfc4122()));
    }

    void errorMessagesHoldNoSecrets()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        auto reused = store->registerProject(m_token, manifest(1), sign(manifest(1)));
        QVERIFY(!reused);
        QVERIFY(!reused.error().message().isEmpty());
        for (const QByteArray &secret : {m_token, m_projectKey.signPublicKey}) {
            QVERIFY(!reused.error().message().contains(QString::fromLatin1(secret.toHex())));
            QVERIFY(!reused.error().message().contains(
                QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding))));
        }
        const QByteArray sessionToken = QByteArray(32, 's');
        auto missing = store->session(sessionToken, 0);
        QVERIFY(!missing);
        QVERIFY(!missing.error().message().contains(QString::fromLatin1(sessionToken.toHex())));
        QVERIFY(!missing.error().message().contains(QString::fromLatin1(sessionToken)));
    }

    void devicesFollowTheManifest()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));

        auto listed = store->devices(projectId());
        QVERIFY(listed);
        QCOMPARE(listed.value().size(), 3);
        for (const HubDevice &d : listed.value()) {
            QCOMPARE(d.projectId, projectId());
            QVERIFY(!d.revoked);
        }
        auto coordinator = store->device(projectId(), idOf(m_coordinator));
        QVERIFY(coordinator);
        QCOMPARE(coordinator.value().role, Role::Coordinator);
        QCOMPARE(coordinator.value().signPk, m_coordinator.signPublicKey);
        QVERIFY(!coordinator.value().revoked);
        auto researcher = store->device(projectId(), idOf(m_researcher));
        QVERIFY(researcher);
        QCOMPARE(researcher.value().role, Role::Researcher);
        QCOMPARE(researcher.value().signPk, m_researcher.signPublicKey);

        // Revoking moves m_other to the revoked list: still known, flagged.
        const ProjectManifest v2 = manifest(2, true);
        QVERIFY(store->replaceManifest(v2, sign(v2), 1));
        auto revoked = store->device(projectId(), idOf(m_other));
        QVERIFY(revoked);
        QVERIFY(revoked.value().revoked);
        QCOMPARE(revoked.value().role, Role::Researcher);
        QCOMPARE(revoked.value().signPk, m_other.signPublicKey);
        auto after = store->devices(projectId());
        QVERIFY(after);
        QCOMPARE(after.value().size(), 3);
        int revokedCount = 0;
        for (const HubDevice &d : after.value())
            revokedCount += d.revoked ? 1 : 0;
        QCOMPARE(revokedCount, 1);
        QVERIFY(!store->device(projectId(), idOf(m_coordinator)).value().revoked);

        auto stats = store->stats();
        QVERIFY(stats);
        QCOMPARE(stats.value().devices, 2);

        auto stranger = store->device(projectId(), QUuid::createUuid().toRfc4122());
        QVERIFY(!stranger);
        QCOMPARE(stranger.error().code(), ErrorCode::NotFound);
        auto noProject = store->devices(QUuid::createUuid().toRfc4122());
        QVERIFY(!noProject);
        QCOMPARE(noProject.error().code(), ErrorCode::NotFound);
    }

    void replaceManifestComparesVersions()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QByteArray v1Bytes = store->project(projectId()).value().manifest;

        // A writer that believes version 2 is stored while the hub holds 1.
        const ProjectManifest v3 = manifest(3, true);
        auto stale = store->replaceManifest(v3, sign(v3), 2);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code(), ErrorCode::Busy);
        auto unchanged = store->project(projectId());
        QVERIFY(unchanged);
        QCOMPARE(unchanged.value().manifestVersion, quint64(1));
        QCOMPARE(unchanged.value().manifest, v1Bytes);
        QVERIFY(!store->device(projectId(), idOf(m_other)).value().revoked);

        const ProjectManifest v2 = manifest(2, true);
        QVERIFY(store->replaceManifest(v2, sign(v2), 1));
        auto replaced = store->project(projectId());
        QVERIFY(replaced);
        QCOMPARE(replaced.value().manifestVersion, quint64(2));
        QCOMPARE(replaced.value().manifest, sign(v2));
        QCOMPARE(replaced.value().projectPk, m_projectKey.signPublicKey);

        // The loser of the race, still based on version 1.
        auto lost = store->replaceManifest(v3, sign(v3), 1);
        QVERIFY(!lost);
        QCOMPARE(lost.error().code(), ErrorCode::Busy);
        QCOMPARE(store->project(projectId()).value().manifestVersion, quint64(2));

        ProjectManifest foreign = v3;
        foreign.projectId = QUuid::createUuid().toRfc4122();
        auto missing = store->replaceManifest(foreign, sign(foreign), 0);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    }

    void challengeIsTakenOnce()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QByteArray nonce = randomBytes(32);
        QVERIFY(store->addChallenge(nonce, projectId(), idOf(m_researcher), 100));

        auto wrongDevice = store->takeChallenge(nonce, projectId(), idOf(m_other), 50);
        QVERIFY(wrongDevice);
        QVERIFY(!wrongDevice.value());
        auto wrongNonce =
            store->takeChallenge(randomBytes(32), projectId(), idOf(m_researcher), 50);
        QVERIFY(wrongNonce);
        QVERIFY(!wrongNonce.value());

        auto taken = store->takeChallenge(nonce, projectId(), idOf(m_researcher), 50);
        QVERIFY(taken);
        QVERIFY(taken.value());
        auto replayed = store->takeChallenge(nonce, projectId(), idOf(m_researcher), 50);
        QVERIFY(replayed);
        QVERIFY(!replayed.value());

        const QByteArray late = randomBytes(32);
        QVERIFY(store->addChallenge(late, projectId(), idOf(m_researcher), 100));
        auto expired = store->takeChallenge(late, projectId(), idOf(m_researcher), 101);
        QVERIFY(expired);
        QVERIFY(!expired.value());
        // Gone for good, not only refused at that moment.
        auto earlier = store->takeChallenge(late, projectId(), idOf(m_researcher), 99);
        QVERIFY(earlier);
        QVERIFY(!earlier.value());

        auto noProject = store->addChallenge(randomBytes(32), QUuid::createUuid().toRfc4122(),
                                             idOf(m_researcher), 100);
        QVERIFY(!noProject);
        QCOMPARE(noProject.error().code(), ErrorCode::NotFound);
    }

    void sessionExpires()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QByteArray tokenHash = randomBytes(32);
        QVERIFY(store->addSession(tokenHash, {projectId(), idOf(m_researcher), 100}));

        auto live = store->session(tokenHash, 50);
        QVERIFY(live);
        QCOMPARE(live.value().projectId, projectId());
        QCOMPARE(live.value().deviceId, idOf(m_researcher));
        QCOMPARE(live.value().expiresAt, qint64(100));
        QVERIFY(store->session(tokenHash, 100));

        auto expired = store->session(tokenHash, 101);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code(), ErrorCode::NotFound);
        auto unknown = store->session(randomBytes(32), 50);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);
    }

    void createUploadIsIdempotent()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QByteArray bundleId = randomBytes(32);
        auto created = store->createUpload(uploadOf(QStringLiteral("up-1"), bundleId, 10));
        QVERIFY2(created, qPrintable(created.error().message()));
        QCOMPARE(created.value().id, QStringLiteral("up-1"));
        QCOMPARE(created.value().offset, qint64(0));
        QCOMPARE(created.value().length, qint64(10));
        auto appended = store->appendUpload(QStringLiteral("up-1"), 0, "abcd");
        QVERIFY(appended);
        QCOMPARE(appended.value(), qint64(4));

        // The client retried its creation under a new id: same upload, resumable.
        auto again = store->createUpload(uploadOf(QStringLiteral("up-2"), bundleId, 10));
        QVERIFY(again);
        QCOMPARE(again.value().id, QStringLiteral("up-1"));
        QCOMPARE(again.value().offset, qint64(4));
        QCOMPARE(again.value().bundleId, bundleId);
        QCOMPARE(store->upload(QStringLiteral("up-2")).error().code(), ErrorCode::NotFound);

        auto fetched = store->upload(QStringLiteral("up-1"));
        QVERIFY(fetched);
        QCOMPARE(fetched.value().projectId, projectId());
        QCOMPARE(fetched.value().deviceId, idOf(m_researcher));
        QCOMPARE(fetched.value().offset, qint64(4));
        QCOMPARE(fetched.value().createdAt, qint64(10));
        QCOMPARE(fetched.value().expiresAt, qint64(1000));

        auto another = store->createUpload(uploadOf(QStringLiteral("up-3"), randomBytes(32), 5));
        QVERIFY(another);
        QCOMPARE(another.value().id, QStringLiteral("up-3"));
        auto stats = store->stats();
        QVERIFY(stats);
        QCOMPARE(stats.value().uploadsInProgress, 2);

        HubUpload foreign = uploadOf(QStringLiteral("up-4"), randomBytes(32), 5);
        foreign.projectId = QUuid::createUuid().toRfc4122();
        auto noProject = store->createUpload(foreign);
        QVERIFY(!noProject);
        QCOMPARE(noProject.error().code(), ErrorCode::NotFound);
    }

    void appendChecksTheOffset()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QString id = QStringLiteral("up");
        QVERIFY(store->createUpload(uploadOf(id, randomBytes(32), 6)));
        QCOMPARE(store->appendUpload(id, 0, "abc").value(), qint64(3));

        for (qint64 wrong : {qint64(0), qint64(2), qint64(5)}) {
            auto refused = store->appendUpload(id, wrong, "xyz");
            QVERIFY(!refused);
            QCOMPARE(refused.error().code(), ErrorCode::Validation);
            QCOMPARE(store->upload(id).value().offset, qint64(3));
        }
        auto tooLong = store->appendUpload(id, 3, "defg");
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code(), ErrorCode::Validation);
        QCOMPARE(store->upload(id).value().offset, qint64(3));
        QCOMPARE(store->uploadBytes(id).value(), QByteArray("abc"));

        auto missing = store->appendUpload(QStringLiteral("nope"), 0, "abc");
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    }

    void uploadBytesRoundTrip()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QList<QByteArray> chunks = {randomBytes(1), randomBytes(300000), randomBytes(4095),
                                          randomBytes(70000)};
        QByteArray whole;
        for (const QByteArray &c : chunks)
            whole += c;
        const QString id = QStringLiteral("big");
        QVERIFY(store->createUpload(uploadOf(id, randomBytes(32), whole.size())));
        qint64 offset = 0;
        for (const QByteArray &c : chunks) {
            auto next = store->appendUpload(id, offset, c);
            QVERIFY2(next, qPrintable(next.error().message()));
            QCOMPARE(next.value(), offset + c.size());
            offset = next.value();
        }
        auto done = store->upload(id);
        QVERIFY(done);
        QCOMPARE(done.value().offset, done.value().length);
        auto bytes = store->uploadBytes(id);
        QVERIFY(bytes);
        QCOMPARE(bytes.value().size(), whole.size());
        QVERIFY(bytes.value() == whole);
        QCOMPARE(store->stats().value().uploadsInProgress, 0);

        QVERIFY(store->deleteUpload(id));
        QCOMPARE(store->upload(id).error().code(), ErrorCode::NotFound);
        QCOMPARE(store->uploadBytes(id).error().code(), ErrorCode::NotFound);
        QCOMPARE(store->deleteUpload(id).error().code(), ErrorCode::NotFound);

        // A new upload under the same id starts empty: no chunk survived.
        QVERIFY(store->createUpload(uploadOf(id, randomBytes(32), 3)));
        QCOMPARE(store->uploadBytes(id).value(), QByteArray());
        QVERIFY(store->appendUpload(id, 0, "xyz"));
        QCOMPARE(store->uploadBytes(id).value(), QByteArray("xyz"));
    }

    void reapRemovesOnlyExpiredIncompleteUploads()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QString expired = QStringLiteral("expired");
        const QString complete = QStringLiteral("complete");
        const QString live = QStringLiteral("live");
        QVERIFY(store->createUpload(uploadOf(expired, randomBytes(32), 4, 100)));
        QVERIFY(store->appendUpload(expired, 0, "ab"));
        QVERIFY(store->createUpload(uploadOf(complete, randomBytes(32), 2, 100)));
        QVERIFY(store->appendUpload(complete, 0, "ab"));
        QVERIFY(store->createUpload(uploadOf(live, randomBytes(32), 4, 1000)));
        QVERIFY(store->appendUpload(live, 0, "ab"));
        QCOMPARE(store->stats().value().uploadsInProgress, 2);

        auto none = store->reapUploads(100); // expires_at 100 is not before 100
        QVERIFY(none);
        QCOMPARE(none.value(), 0);
        auto reaped = store->reapUploads(500);
        QVERIFY(reaped);
        QCOMPARE(reaped.value(), 1);
        QCOMPARE(store->upload(expired).error().code(), ErrorCode::NotFound);
        QCOMPARE(store->uploadBytes(expired).error().code(), ErrorCode::NotFound);
        QCOMPARE(store->uploadBytes(complete).value(), QByteArray("ab"));
        QCOMPARE(store->uploadBytes(live).value(), QByteArray("ab"));
        QCOMPARE(store->stats().value().uploadsInProgress, 1);
        QCOMPARE(store->reapUploads(500).value(), 0);
    }

    // Only that device's incomplete, unexpired uploads in that project.
    void uploadsInProgressCountsLiveIncompleteOnes()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QByteArray researcher = idOf(m_researcher);
        auto empty = store->uploadsInProgress(projectId(), researcher, 50);
        QVERIFY2(empty, qPrintable(empty.error().message()));
        QCOMPARE(empty.value(), 0);

        QVERIFY(store->createUpload(uploadOf(QStringLiteral("live"), randomBytes(32), 4, 1000)));
        QVERIFY(store->appendUpload(QStringLiteral("live"), 0, "ab"));
        QVERIFY(store->createUpload(uploadOf(QStringLiteral("soon"), randomBytes(32), 4, 100)));
        QVERIFY(store->createUpload(uploadOf(QStringLiteral("whole"), randomBytes(32), 2, 1000)));
        QVERIFY(store->appendUpload(QStringLiteral("whole"), 0, "ab"));
        HubUpload coordinators = uploadOf(QStringLiteral("theirs"), randomBytes(32), 4, 1000);
        coordinators.deviceId = idOf(m_coordinator);
        QVERIFY(store->createUpload(coordinators));

        QCOMPARE(store->uploadsInProgress(projectId(), researcher, 50).value(), 2);
        // Expiring at 100 is not expired at 100 (reapUploads keeps it).
        QCOMPARE(store->uploadsInProgress(projectId(), researcher, 100).value(), 2);
        QCOMPARE(store->uploadsInProgress(projectId(), researcher, 101).value(), 1);
        QCOMPARE(store->uploadsInProgress(projectId(), idOf(m_coordinator), 50).value(), 1);
        QCOMPARE(store->uploadsInProgress(QUuid::createUuid().toRfc4122(), researcher, 50).value(),
                 0);

        // Completing one takes it out of the count; deleting one does too.
        QVERIFY(store->appendUpload(QStringLiteral("live"), 2, "cd"));
        QCOMPARE(store->uploadsInProgress(projectId(), researcher, 50).value(), 1);
        QVERIFY(store->deleteUpload(QStringLiteral("soon")));
        QCOMPARE(store->uploadsInProgress(projectId(), researcher, 50).value(), 0);

        // findUpload: by device and bundle, complete or not.
        auto found = store->findUpload(projectId(), researcher, coordinators.bundleId);
        QVERIFY(!found);
        QCOMPARE(found.error().code(), ErrorCode::NotFound);
        found = store->findUpload(projectId(), idOf(m_coordinator), coordinators.bundleId);
        QVERIFY2(found, qPrintable(found.error().message()));
        QCOMPARE(found.value().id, QStringLiteral("theirs"));
        auto whole = store->upload(QStringLiteral("whole"));
        QVERIFY(whole);
        found = store->findUpload(projectId(), researcher, whole.value().bundleId);
        QVERIFY(found);
        QCOMPARE(found.value().id, QStringLiteral("whole"));
        QCOMPARE(found.value().offset, qint64(2));
    }

    void storeBundleIsIdempotent()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QByteArray bytes = randomBytes(5000);
        const HubBundle b =
            bundleFrom(m_researcher, {idOf(m_researcher), idOf(m_coordinator)}, bytes, 500);
        auto first = store->storeBundle(b, bytes);
        QVERIFY2(first, qPrintable(first.error().message()));
        QVERIFY(first.value().seq > 0);
        QCOMPARE(first.value().projectId, projectId());
        QCOMPARE(first.value().bundleId, b.bundleId);
        QCOMPARE(first.value().sender, idOf(m_researcher));
        QCOMPARE(first.value().size, qint64(5000));
        QCOMPARE(first.value().sha256, b.sha256);
        QCOMPARE(first.value().storedAt, qint64(500));
        QCOMPARE(first.value().recipients.size(), 2);
        QVERIFY(first.value().recipients.contains(idOf(m_coordinator)));
        QVERIFY(first.value().recipients.contains(idOf(m_researcher)));

        HubBundle later = b;
        later.storedAt = 900;
        auto second = store->storeBundle(later, bytes);
        QVERIFY2(second, qPrintable(second.error().message()));
        QCOMPARE(second.value().seq, first.value().seq);
        QCOMPARE(second.value().storedAt, qint64(500));
        QCOMPARE(second.value().recipients, first.value().recipients);

        auto stats = store->stats();
        QVERIFY(stats);
        QCOMPARE(stats.value().bundles, qint64(1));
        QCOMPARE(stats.value().bundleBytes, qint64(5000));
        auto listed = store->bundles(projectId(), 0, 100);
        QVERIFY(listed);
        QCOMPARE(listed.value().size(), 1);
        auto fetched = store->bundle(projectId(), b.bundleId);
        QVERIFY(fetched);
        QCOMPARE(fetched.value().seq, first.value().seq);
        QCOMPARE(fetched.value().recipients, first.value().recipients);
        QCOMPARE(store->bundleBytes(projectId(), b.bundleId, 0, 5000).value(), bytes);

        QCOMPARE(store->bundle(projectId(), randomBytes(32)).error().code(), ErrorCode::NotFound);
        HubBundle foreign = b;
        foreign.projectId = QUuid::createUuid().toRfc4122();
        auto noProject = store->storeBundle(foreign, bytes);
        QVERIFY(!noProject);
        QCOMPARE(noProject.error().code(), ErrorCode::NotFound);
    }

    void listingByCursor()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QByteArray coordinator = idOf(m_coordinator);
        const QByteArray researcher = idOf(m_researcher);
        const QByteArray other = idOf(m_other);
        // Researchers' bundles go to the coordinator; the coordinator's to
        // whom it chooses.
        QList<QByteArray> payloads;
        for (int i = 0; i < 5; ++i)
            payloads.append(randomBytes(100 + i));
        const QList<HubBundle> wanted = {
            bundleFrom(m_researcher, {coordinator}, payloads[0]),
            bundleFrom(m_other, {coordinator}, payloads[1]),
            bundleFrom(m_researcher, {coordinator}, payloads[2]),
            bundleFrom(m_coordinator, {coordinator, researcher}, payloads[3]),
            bundleFrom(m_coordinator, {other}, payloads[4]),
        };
        QList<qint64> seqs;
        for (int i = 0; i < wanted.size(); ++i) {
            auto stored = store->storeBundle(wanted[i], payloads[i]);
            QVERIFY2(stored, qPrintable(stored.error().message()));
            seqs.append(stored.value().seq);
        }
        for (int i = 1; i < seqs.size(); ++i)
            QVERIFY(seqs[i] > seqs[i - 1]);

        auto all = store->bundles(projectId(), 0, 100);
        QVERIFY(all);
        QCOMPARE(seqsOf(all.value()), seqs);
        for (int i = 0; i < wanted.size(); ++i) {
            QCOMPARE(all.value()[i].bundleId, wanted[i].bundleId);
            QCOMPARE(all.value()[i].sender, wanted[i].sender);
            QCOMPARE(all.value()[i].recipients.size(), wanted[i].recipients.size());
            QCOMPARE(all.value()[i].size, payloads[i].size());
        }

        // Page by page, each cursor the last seq seen.
        QList<qint64> paged;
        qint64 cursor = 0;
        for (int page = 0; page < 10; ++page) {
            auto part = store->bundles(projectId(), cursor, 2);
            QVERIFY(part);
            QVERIFY(part.value().size() <= 2);
            if (part.value().isEmpty())
                break;
            paged += seqsOf(part.value());
            cursor = part.value().last().seq;
        }
        QCOMPARE(paged, seqs);
        QCOMPARE(seqsOf(store->bundles(projectId(), seqs[1], 2).value()),
                 (QList<qint64>{seqs[2], seqs[3]}));
        QVERIFY(store->bundles(projectId(), seqs.last(), 10).value().isEmpty());
        QVERIFY(store->bundles(projectId(), 0, 0).value().isEmpty());
        QVERIFY(store->bundles(projectId(), 0, -1).value().isEmpty()); // not "no limit"

        // A researcher sees its own bundles and those addressed to it.
        auto mine = store->bundles(projectId(), 0, 100, researcher);
        QVERIFY(mine);
        QCOMPARE(seqsOf(mine.value()), (QList<qint64>{seqs[0], seqs[2], seqs[3]}));
        QCOMPARE(mine.value()[2].recipients.size(), 2); // every recipient, not only the filter
        auto minePaged = store->bundles(projectId(), 0, 2, researcher);
        QVERIFY(minePaged);
        QCOMPARE(seqsOf(minePaged.value()), (QList<qint64>{seqs[0], seqs[2]}));
        QCOMPARE(seqsOf(store->bundles(projectId(), seqs[2], 2, researcher).value()),
                 (QList<qint64>{seqs[3]}));
        auto others = store->bundles(projectId(), 0, 100, other);
        QVERIFY(others);
        QCOMPARE(seqsOf(others.value()), (QList<qint64>{seqs[1], seqs[4]}));
        QVERIFY(
            store->bundles(projectId(), 0, 100, QUuid::createUuid().toRfc4122()).value().isEmpty());

        auto noProject = store->bundles(QUuid::createUuid().toRfc4122(), 0, 100);
        QVERIFY(!noProject);
        QCOMPARE(noProject.error().code(), ErrorCode::NotFound);
    }

    void bundleBytesRanges()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QByteArray bytes = randomBytes(1000);
        const HubBundle b = bundleFrom(m_researcher, {idOf(m_coordinator)}, bytes);
        QVERIFY(store->storeBundle(b, bytes));
        auto range = [&](qint64 offset, qint64 length) {
            return store->bundleBytes(projectId(), b.bundleId, offset, length);
        };
        QCOMPARE(range(0, 10).value(), bytes.left(10));
        QCOMPARE(range(500, 100).value(), bytes.mid(500, 100));
        QCOMPARE(range(990, 100).value(), bytes.mid(990)); // fewer at the end
        QCOMPARE(range(0, 1000).value(), bytes);
        QCOMPARE(range(1000, 10).value(), QByteArray());

        auto past = range(1001, 1);
        QVERIFY(!past);
        QCOMPARE(past.error().code(), ErrorCode::Validation);
        auto missing = store->bundleBytes(projectId(), randomBytes(32), 0, 10);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        auto otherProject = store->bundleBytes(QUuid::createUuid().toRfc4122(), b.bundleId, 0, 10);
        QVERIFY(!otherProject);
        QCOMPARE(otherProject.error().code(), ErrorCode::NotFound);
    }

    void dataSurvivesReopening()
    {
        const QByteArray bytes = randomBytes(2048);
        const HubBundle b = bundleFrom(m_researcher, {idOf(m_coordinator)}, bytes);
        const QByteArray sessionHash = randomBytes(32);
        qint64 seq = 0;
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(addProject(*store));
            const ProjectManifest v2 = manifest(2, true);
            QVERIFY(store->replaceManifest(v2, sign(v2), 1));
            QVERIFY(store->addSession(sessionHash, {projectId(), idOf(m_coordinator), 100}));
            QVERIFY(store->createUpload(uploadOf(QStringLiteral("u"), randomBytes(32), 10)));
            QVERIFY(store->appendUpload(QStringLiteral("u"), 0, "hello"));
            auto stored = store->storeBundle(b, bytes);
            QVERIFY(stored);
            seq = stored.value().seq;
        }
        auto store = openStore();
        QVERIFY(store);
        auto project = store->project(projectId());
        QVERIFY(project);
        QCOMPARE(project.value().manifestVersion, quint64(2));
        QVERIFY(store->device(projectId(), idOf(m_other)).value().revoked);
        QCOMPARE(store->session(sessionHash, 50).value().deviceId, idOf(m_coordinator));
        QCOMPARE(store->upload(QStringLiteral("u")).value().offset, qint64(5));
        QCOMPARE(store->uploadBytes(QStringLiteral("u")).value(), QByteArray("hello"));
        QCOMPARE(store->bundle(projectId(), b.bundleId).value().seq, seq);
        QCOMPARE(store->bundleBytes(projectId(), b.bundleId, 0, 4096).value(), bytes);
        auto stats = store->stats();
        QVERIFY(stats);
        QCOMPARE(stats.value().projects, 1);
        QCOMPARE(stats.value().devices, 2);
        QCOMPARE(stats.value().bundles, qint64(1));
        QCOMPARE(stats.value().bundleBytes, qint64(2048));
        QCOMPARE(stats.value().uploadsInProgress, 1);
        // The used slot stays used across restarts.
        QCOMPARE(store->registerProject(m_token, manifest(1), sign(manifest(1))).error().code(),
                 ErrorCode::NotFound);
        // A later bundle never reuses a seq.
        const QByteArray more = randomBytes(10);
        auto next = store->storeBundle(bundleFrom(m_researcher, {}, more), more);
        QVERIFY(next);
        QVERIFY(next.value().seq > seq);
    }

    // Two connections (as two worker threads or two hub processes have: two
    // stores on one SQLite file, two connections to one PostgreSQL database)
    // storing the same bundles at the same moment keep one copy of each, and
    // both get its one seq.
    void concurrentStoresKeepOneBundle()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(addProject(*store));
        }
        constexpr int kRounds = 20;
        QList<QByteArray> payloads;
        QList<HubBundle> bundles;
        for (int i = 0; i < kRounds; ++i) {
            payloads.append(randomBytes(20000));
            bundles.append(bundleFrom(m_researcher, {idOf(m_coordinator)}, payloads.last()));
        }
        std::barrier sync(2);
        std::vector<std::vector<qint64>> seqs(2, std::vector<qint64>(kRounds, -1));
        std::vector<QStringList> errors(2);
        auto worker = [&](int w) {
            // Opened and closed in its own thread, as the hub's workers do.
            auto store = openStore();
            for (int i = 0; i < kRounds; ++i) {
                sync.arrive_and_wait();
                if (!store)
                    continue;
                auto stored = store->storeBundle(bundles[i], payloads[i]);
                if (stored)
                    seqs[size_t(w)][size_t(i)] = stored.value().seq;
                else
                    errors[size_t(w)].append(stored.error().message());
            }
        };
        std::thread a(worker, 0);
        std::thread b(worker, 1);
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0].join(QLatin1Char('\n'))));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1].join(QLatin1Char('\n'))));
        for (int i = 0; i < kRounds; ++i) {
            QVERIFY(seqs[0][size_t(i)] > 0);
            QCOMPARE(seqs[0][size_t(i)], seqs[1][size_t(i)]);
        }
        auto store = openStore();
        QVERIFY(store);
        auto stats = store->stats();
        QVERIFY(stats);
        QCOMPARE(stats.value().bundles, qint64(kRounds));
        QCOMPARE(stats.value().bundleBytes, qint64(kRounds) * 20000);
        auto listed = store->bundles(projectId(), 0, 1000);
        QVERIFY(listed);
        QCOMPARE(listed.value().size(), kRounds);
        for (int i = 0; i < kRounds; ++i)
            QCOMPARE(listed.value()[i].recipients.size(), 1);
    }

    // Two connections appending the same part of an upload at the same
    // moment (a client that retried while its first request still ran): one
    // append wins, the other is refused for its offset, and the bytes are there
    // once.
    void concurrentAppendsAcceptOne()
    {
        constexpr int kRounds = 10;
        constexpr qint64 kPart = 3000;
        const QString id = QStringLiteral("raced");
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(addProject(*store));
            QVERIFY(store->createUpload(uploadOf(id, randomBytes(32), kRounds * kPart)));
        }
        QList<QByteArray> parts;
        for (int i = 0; i < kRounds; ++i)
            parts.append(randomBytes(kPart));
        std::barrier sync(2);
        std::vector<std::vector<int>> won(2, std::vector<int>(kRounds, 0));
        std::vector<QStringList> errors(2);
        auto worker = [&](int w) {
            auto store = openStore();
            for (int i = 0; i < kRounds; ++i) {
                sync.arrive_and_wait();
                if (!store)
                    continue;
                auto appended = store->appendUpload(id, i * kPart, parts[i]);
                if (appended)
                    won[size_t(w)][size_t(i)] = 1;
                else if (appended.error().code() != ErrorCode::Validation)
                    errors[size_t(w)].append(appended.error().message());
                // Both wait here, so the next round starts after this one.
                sync.arrive_and_wait();
            }
        };
        std::thread a(worker, 0);
        std::thread b(worker, 1);
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0].join(QLatin1Char('\n'))));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1].join(QLatin1Char('\n'))));
        for (int i = 0; i < kRounds; ++i)
            QCOMPARE(won[0][size_t(i)] + won[1][size_t(i)], 1);
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->upload(id).value().offset, kRounds * kPart);
        QCOMPARE(store->uploadBytes(id).value(), parts.join());
    }

    // Two connections replacing version 1 of the manifest at the same moment:
    // one replaces it, the other is told Busy, and the devices are the
    // winner's.
    void concurrentManifestReplacesAcceptOne()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(addProject(*store));
        }
        const ProjectManifest revoking = manifest(2, true);
        const ProjectManifest keeping = manifest(2, false);
        const std::vector<QByteArray> signedBytes = {sign(revoking), sign(keeping)};
        std::barrier sync(2);
        std::vector<int> won(2, 0);
        std::vector<QString> errors(2);
        auto worker = [&](int w) {
            auto store = openStore();
            sync.arrive_and_wait();
            if (!store)
                return;
            auto replaced =
                store->replaceManifest(w == 0 ? revoking : keeping, signedBytes[size_t(w)], 1);
            if (replaced)
                won[size_t(w)] = 1;
            else if (replaced.error().code() != ErrorCode::Busy)
                errors[size_t(w)] = replaced.error().message();
        };
        std::thread a(worker, 0);
        std::thread b(worker, 1);
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(won[0] + won[1], 1);
        auto store = openStore();
        QVERIFY(store);
        auto project = store->project(projectId());
        QVERIFY(project);
        QCOMPARE(project.value().manifestVersion, quint64(2));
        QCOMPARE(project.value().manifest, signedBytes[won[0] ? 0 : 1]);
        QCOMPARE(store->device(projectId(), idOf(m_other)).value().revoked, won[0] == 1);
    }

    // --- Receipts -------------------------------------------------------

    void storeReceiptIsIdempotent()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QByteArray bytes = randomBytes(700);
        // A recipient listed twice is kept once.
        const HubReceipt r = receiptFrom(
            m_coordinator, {idOf(m_researcher), idOf(m_other), idOf(m_researcher)}, bytes, 600);
        auto first = store->storeReceipt(r);
        QVERIFY2(first, qPrintable(first.error().message()));
        QVERIFY(first.value().seq > 0);
        QCOMPARE(first.value().projectId, projectId());
        QCOMPARE(first.value().receiptId, r.receiptId);
        QCOMPARE(first.value().signer, idOf(m_coordinator));
        QCOMPARE(first.value().bytes, bytes);
        QCOMPARE(first.value().storedAt, qint64(600));
        QCOMPARE(sorted(first.value().recipients), sorted({idOf(m_researcher), idOf(m_other)}));

        // The same receipt id again, even with other values: the first row.
        HubReceipt later = r;
        later.storedAt = 900;
        later.recipients = {idOf(m_coordinator)};
        later.bytes = randomBytes(10);
        auto second = store->storeReceipt(later);
        QVERIFY2(second, qPrintable(second.error().message()));
        QCOMPARE(second.value().seq, first.value().seq);
        QCOMPARE(second.value().storedAt, qint64(600));
        QCOMPARE(second.value().bytes, bytes);
        QCOMPARE(second.value().recipients, first.value().recipients);

        auto listed = store->receipts(projectId(), 0, 100);
        QVERIFY2(listed, qPrintable(listed.error().message()));
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().seq, first.value().seq);
        QCOMPARE(listed.value().first().bytes, bytes);
        QCOMPARE(listed.value().first().recipients, first.value().recipients);
        QVERIFY(store->receipts(projectId(), 0, 100, idOf(m_coordinator)).value().isEmpty());

        // Another receipt gets a later seq; none without recipients is lost.
        const QByteArray more = randomBytes(50);
        auto next = store->storeReceipt(receiptFrom(m_coordinator, {}, more));
        QVERIFY2(next, qPrintable(next.error().message()));
        QVERIFY(next.value().seq > first.value().seq);
        QVERIFY(next.value().recipients.isEmpty());
        QCOMPARE(store->receipts(projectId(), 0, 100).value().size(), 2);

        HubReceipt foreign = r;
        foreign.projectId = QUuid::createUuid().toRfc4122();
        auto noProject = store->storeReceipt(foreign);
        QVERIFY(!noProject);
        QCOMPARE(noProject.error().code(), ErrorCode::NotFound);
    }

    void listingReceiptsByCursor()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QByteArray researcher = idOf(m_researcher);
        const QByteArray other = idOf(m_other);
        QList<HubReceipt> wanted = {
            receiptFrom(m_coordinator, {researcher}, randomBytes(100)),
            receiptFrom(m_coordinator, {other}, randomBytes(101)),
            receiptFrom(m_coordinator, {researcher, other}, randomBytes(102)),
            receiptFrom(m_coordinator, {other}, randomBytes(103)),
            receiptFrom(m_coordinator, {researcher}, randomBytes(104)),
        };
        QList<qint64> seqs;
        for (const HubReceipt &r : wanted) {
            auto stored = store->storeReceipt(r);
            QVERIFY2(stored, qPrintable(stored.error().message()));
            seqs.append(stored.value().seq);
        }
        for (int i = 1; i < seqs.size(); ++i)
            QVERIFY(seqs[i] > seqs[i - 1]);

        auto all = store->receipts(projectId(), 0, 100);
        QVERIFY(all);
        QCOMPARE(seqsOf(all.value()), seqs);
        for (int i = 0; i < wanted.size(); ++i) {
            QCOMPARE(all.value()[i].receiptId, wanted[i].receiptId);
            QCOMPARE(all.value()[i].signer, idOf(m_coordinator));
            QCOMPARE(all.value()[i].bytes, wanted[i].bytes);
            QCOMPARE(sorted(all.value()[i].recipients), sorted(wanted[i].recipients));
        }

        QList<qint64> paged;
        qint64 cursor = 0;
        for (int page = 0; page < 10; ++page) {
            auto part = store->receipts(projectId(), cursor, 2);
            QVERIFY(part);
            QVERIFY(part.value().size() <= 2);
            if (part.value().isEmpty())
                break;
            paged += seqsOf(part.value());
            cursor = part.value().last().seq;
        }
        QCOMPARE(paged, seqs);
        QCOMPARE(seqsOf(store->receipts(projectId(), seqs[1], 2).value()),
                 (QList<qint64>{seqs[2], seqs[3]}));
        QVERIFY(store->receipts(projectId(), seqs.last(), 10).value().isEmpty());
        QVERIFY(store->receipts(projectId(), 0, 0).value().isEmpty());
        QVERIFY(store->receipts(projectId(), 0, -1).value().isEmpty()); // not "no limit"

        // A device sees only the receipts routed to it, each with every
        // recipient and its bytes; the signer is not a recipient.
        auto mine = store->receipts(projectId(), 0, 100, researcher);
        QVERIFY(mine);
        QCOMPARE(seqsOf(mine.value()), (QList<qint64>{seqs[0], seqs[2], seqs[4]}));
        QCOMPARE(mine.value()[1].recipients.size(), 2);
        QCOMPARE(mine.value()[1].bytes, wanted[2].bytes);
        QCOMPARE(seqsOf(store->receipts(projectId(), 0, 2, researcher).value()),
                 (QList<qint64>{seqs[0], seqs[2]}));
        QCOMPARE(seqsOf(store->receipts(projectId(), seqs[2], 2, researcher).value()),
                 (QList<qint64>{seqs[4]}));
        QCOMPARE(seqsOf(store->receipts(projectId(), 0, 100, other).value()),
                 (QList<qint64>{seqs[1], seqs[2], seqs[3]}));
        QVERIFY(store->receipts(projectId(), 0, 100, idOf(m_coordinator)).value().isEmpty());

        // Another project's receipts are not this one's.
        const QByteArray second = addSecondProject(*store);
        QVERIFY(!second.isEmpty());
        HubReceipt elsewhere = receiptFrom(m_coordinator, {researcher}, randomBytes(99));
        elsewhere.projectId = second;
        QVERIFY(store->storeReceipt(elsewhere));
        QCOMPARE(seqsOf(store->receipts(projectId(), 0, 100).value()), seqs);
        QCOMPARE(store->receipts(second, 0, 100).value().size(), 1);
        QCOMPARE(seqsOf(store->receipts(projectId(), 0, 100, researcher).value()),
                 (QList<qint64>{seqs[0], seqs[2], seqs[4]}));

        auto noProject = store->receipts(QUuid::createUuid().toRfc4122(), 0, 100);
        QVERIFY(!noProject);
        QCOMPARE(noProject.error().code(), ErrorCode::NotFound);
    }

    void bundleSendersOfStoredBundles()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        QList<QByteArray> payloads;
        for (int i = 0; i < 3; ++i)
            payloads.append(randomBytes(100 + i));
        const QList<HubBundle> stored = {
            bundleFrom(m_researcher, {idOf(m_coordinator)}, payloads[0]),
            bundleFrom(m_researcher, {idOf(m_coordinator)}, payloads[1]),
            bundleFrom(m_other, {idOf(m_coordinator)}, payloads[2]),
        };
        for (int i = 0; i < stored.size(); ++i)
            QVERIFY(store->storeBundle(stored[i], payloads[i]));
        // A bundle of another project is not this project's.
        const QByteArray second = addSecondProject(*store);
        QVERIFY(!second.isEmpty());
        const QByteArray foreignBytes = randomBytes(90);
        HubBundle foreign = bundleFrom(m_coordinator, {}, foreignBytes);
        foreign.projectId = second;
        QVERIFY(store->storeBundle(foreign, foreignBytes));

        auto both = store->bundleSenders(projectId(), {stored[0].bundleId, stored[1].bundleId,
                                                       stored[2].bundleId, randomBytes(32),
                                                       stored[0].bundleId, foreign.bundleId});
        QVERIFY2(both, qPrintable(both.error().message()));
        QCOMPARE(both.value().size(), 2); // each sender once
        QCOMPARE(sorted(both.value()), sorted({idOf(m_researcher), idOf(m_other)}));

        auto one = store->bundleSenders(projectId(), {stored[1].bundleId, stored[0].bundleId});
        QVERIFY(one);
        QCOMPARE(one.value(), (QList<QByteArray>{idOf(m_researcher)}));
        auto otherOnly = store->bundleSenders(projectId(), {stored[2].bundleId});
        QVERIFY(otherOnly);
        QCOMPARE(otherOnly.value(), (QList<QByteArray>{idOf(m_other)}));
        auto unknown = store->bundleSenders(projectId(), {randomBytes(32), foreign.bundleId});
        QVERIFY(unknown);
        QVERIFY(unknown.value().isEmpty());
        auto none = store->bundleSenders(projectId(), {});
        QVERIFY(none);
        QVERIFY(none.value().isEmpty());
        auto inSecond = store->bundleSenders(second, {foreign.bundleId, stored[0].bundleId});
        QVERIFY(inSecond);
        QCOMPARE(inSecond.value(), (QList<QByteArray>{idOf(m_coordinator)}));

        auto noProject =
            store->bundleSenders(QUuid::createUuid().toRfc4122(), {stored[0].bundleId});
        QVERIFY(!noProject);
        QCOMPARE(noProject.error().code(), ErrorCode::NotFound);
    }

    // Two connections storing the same receipts at the same moment keep one
    // row of each, and both get its one seq.
    void concurrentStoresKeepOneReceipt()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(addProject(*store));
        }
        constexpr int kRounds = 20;
        QList<HubReceipt> receipts;
        for (int i = 0; i < kRounds; ++i)
            receipts.append(
                receiptFrom(m_coordinator, {idOf(m_researcher), idOf(m_other)}, randomBytes(300)));
        std::barrier sync(2);
        std::vector<std::vector<qint64>> seqs(2, std::vector<qint64>(kRounds, -1));
        std::vector<QStringList> errors(2);
        auto worker = [&](int w) {
            auto store = openStore();
            for (int i = 0; i < kRounds; ++i) {
                sync.arrive_and_wait();
                if (!store)
                    continue;
                auto stored = store->storeReceipt(receipts[i]);
                if (stored)
                    seqs[size_t(w)][size_t(i)] = stored.value().seq;
                else
                    errors[size_t(w)].append(stored.error().message());
            }
        };
        std::thread a(worker, 0);
        std::thread b(worker, 1);
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0].join(QLatin1Char('\n'))));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1].join(QLatin1Char('\n'))));
        for (int i = 0; i < kRounds; ++i) {
            QVERIFY(seqs[0][size_t(i)] > 0);
            QCOMPARE(seqs[0][size_t(i)], seqs[1][size_t(i)]);
        }
        auto store = openStore();
        QVERIFY(store);
        auto listed = store->receipts(projectId(), 0, 1000);
        QVERIFY(listed);
        QCOMPARE(listed.value().size(), kRounds);
        for (int i = 0; i < kRounds; ++i) {
            QCOMPARE(listed.value()[i].receiptId, receipts[i].receiptId);
            QCOMPARE(listed.value()[i].recipients.size(), 2);
        }
    }

    // --- Enrollment -----------------------------------------------------

    void invitationIsRedeemedOnce()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const QByteArray code = randomBytes(32);
        const HubInvitation invitation = invitationOf(code, 100);
        QVERIFY(store->addInvitation(invitation));

        auto redeemed = store->redeemInvitation(code, 100); // live while now <= expiresAt
        QVERIFY2(redeemed, qPrintable(redeemed.error().message()));
        QCOMPARE(redeemed.value().codeHash, code);
        QCOMPARE(redeemed.value().projectId, projectId());
        QCOMPARE(redeemed.value().invitation, invitation.invitation);
        QCOMPARE(redeemed.value().expiresAt, qint64(100));

        auto again = store->redeemInvitation(code, 50);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::NotFound);
        for (const QByteArray &secret : {code, invitation.invitation}) {
            QVERIFY(!again.error().message().contains(QString::fromLatin1(secret.toHex())));
            QVERIFY(!again.error().message().contains(
                QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding))));
        }

        auto unknown = store->redeemInvitation(randomBytes(32), 50);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);

        // Expired: refused, and spent, so no earlier clock brings it back.
        const QByteArray late = randomBytes(32);
        QVERIFY(store->addInvitation(invitationOf(late, 100)));
        auto expired = store->redeemInvitation(late, 101);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code(), ErrorCode::NotFound);
        auto earlier = store->redeemInvitation(late, 99);
        QVERIFY(!earlier);
        QCOMPARE(earlier.error().code(), ErrorCode::NotFound);

        // One code, one invitation.
        const QByteArray taken = randomBytes(32);
        QVERIFY(store->addInvitation(invitationOf(taken, 100)));
        auto duplicate = store->addInvitation(invitationOf(taken, 200));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code(), ErrorCode::Validation);
        QVERIFY(!duplicate.error().message().contains(QString::fromLatin1(taken.toHex())));
        QCOMPARE(store->redeemInvitation(taken, 150).error().code(), ErrorCode::NotFound);

        // The reaper forgets expired invitations, and only those.
        const QByteArray stale = randomBytes(32);
        const QByteArray fresh = randomBytes(32);
        QVERIFY(store->addInvitation(invitationOf(stale, 100)));
        QVERIFY(store->addInvitation(invitationOf(fresh, 1000)));
        QVERIFY(store->reapUploads(500));
        QCOMPARE(store->redeemInvitation(stale, 50).error().code(), ErrorCode::NotFound);
        QVERIFY(store->redeemInvitation(fresh, 600));

        HubInvitation foreign = invitationOf(randomBytes(32), 100);
        foreign.projectId = QUuid::createUuid().toRfc4122();
        auto noProject = store->addInvitation(foreign);
        QVERIFY(!noProject);
        QCOMPARE(noProject.error().code(), ErrorCode::NotFound);
    }

    // Two connections redeeming the same code at the same moment (two hub
    // processes, a new member who pressed twice): exactly one gets it.
    void concurrentRedeemsAcceptOne()
    {
        constexpr int kRounds = 20;
        QList<QByteArray> codes;
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(addProject(*store));
            for (int i = 0; i < kRounds; ++i) {
                codes.append(randomBytes(32));
                QVERIFY(store->addInvitation(invitationOf(codes.last(), 1000)));
            }
        }
        std::barrier sync(2);
        std::vector<std::vector<int>> won(2, std::vector<int>(kRounds, 0));
        std::vector<QStringList> errors(2);
        auto worker = [&](int w) {
            auto store = openStore();
            for (int i = 0; i < kRounds; ++i) {
                sync.arrive_and_wait();
                if (!store) {
                    errors[size_t(w)].append(QStringLiteral("no store"));
                    continue;
                }
                auto redeemed = store->redeemInvitation(codes[i], 500);
                if (redeemed)
                    won[size_t(w)][size_t(i)] = redeemed.value().codeHash == codes[i] ? 1 : 100;
                else if (redeemed.error().code() != ErrorCode::NotFound)
                    errors[size_t(w)].append(redeemed.error().message());
            }
        };
        std::thread a(worker, 0);
        std::thread b(worker, 1);
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0].join(QLatin1Char('\n'))));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1].join(QLatin1Char('\n'))));
        for (int i = 0; i < kRounds; ++i)
            QCOMPARE(won[0][size_t(i)] + won[1][size_t(i)], 1);
    }

    void joinRequestsWaitForTheManifest()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        const DeviceKeys newcomer = DeviceKeys::generate(QUuid::createUuid());
        const DeviceKeys late = DeviceKeys::generate(QUuid::createUuid());
        QVERIFY(store->joinRequests(projectId()).value().isEmpty());

        const HubJoinRequest first = joinRequestOf(newcomer, 200);
        QVERIFY(store->addJoinRequest(first));
        const HubJoinRequest lateOne = joinRequestOf(late, 100);
        QVERIFY(store->addJoinRequest(lateOne));
        // A device of the manifest the project registered with is no request.
        QVERIFY(store->addJoinRequest(joinRequestOf(m_researcher, 50)));
        auto listed = store->joinRequests(projectId());
        QVERIFY2(listed, qPrintable(listed.error().message()));
        QCOMPARE(devicesOf(listed.value()), (QList<QByteArray>{idOf(late), idOf(newcomer)}));
        QCOMPARE(listed.value()[0].projectId, projectId());
        QCOMPARE(listed.value()[0].request, lateOne.request);
        QCOMPARE(listed.value()[0].receivedAt, qint64(100));
        QCOMPARE(listed.value()[1].request, first.request);

        // A newer request of the same device replaces its first, and moves
        // to when it arrived; an older one (a retry that lost a race) does not.
        const HubJoinRequest newer = joinRequestOf(newcomer, 300);
        QVERIFY(store->addJoinRequest(newer));
        QVERIFY(store->addJoinRequest(joinRequestOf(late, 400)));
        QVERIFY(store->addJoinRequest(joinRequestOf(newcomer, 250)));
        listed = store->joinRequests(projectId());
        QVERIFY(listed);
        QCOMPARE(devicesOf(listed.value()), (QList<QByteArray>{idOf(newcomer), idOf(late)}));
        QCOMPARE(listed.value()[0].request, newer.request);
        QCOMPARE(listed.value()[0].receivedAt, qint64(300));
        QCOMPARE(listed.value()[1].receivedAt, qint64(400));

        // Approved: the newcomer is in the new manifest; m_other, a device
        // already and revoked there, stays out of the list as well.
        QVERIFY(store->addJoinRequest(joinRequestOf(m_other, 500)));
        QCOMPARE(devicesOf(store->joinRequests(projectId()).value()),
                 (QList<QByteArray>{idOf(newcomer), idOf(late)}));
        ProjectManifest v2 = manifest(2, true);
        v2.devices.append(deviceOf(newcomer, Role::Researcher));
        QVERIFY(store->replaceManifest(v2, sign(v2), 1));
        listed = store->joinRequests(projectId());
        QVERIFY(listed);
        QCOMPARE(devicesOf(listed.value()), (QList<QByteArray>{idOf(late)}));

        // Requests are per project.
        const QByteArray second = addSecondProject(*store);
        QVERIFY(!second.isEmpty());
        HubJoinRequest elsewhere = joinRequestOf(newcomer, 600);
        elsewhere.projectId = second;
        QVERIFY(store->addJoinRequest(elsewhere));
        QCOMPARE(devicesOf(store->joinRequests(second).value()),
                 (QList<QByteArray>{idOf(newcomer)}));
        QCOMPARE(devicesOf(store->joinRequests(projectId()).value()),
                 (QList<QByteArray>{idOf(late)}));

        HubJoinRequest foreign = joinRequestOf(late, 100);
        foreign.projectId = QUuid::createUuid().toRfc4122();
        auto noProject = store->addJoinRequest(foreign);
        QVERIFY(!noProject);
        QCOMPARE(noProject.error().code(), ErrorCode::NotFound);
        auto unknownList = store->joinRequests(QUuid::createUuid().toRfc4122());
        QVERIFY(!unknownList);
        QCOMPARE(unknownList.error().code(), ErrorCode::NotFound);
    }

    // The administration's block of a device: flagged by device() and
    // devices(), kept by every new manifest (which rewrites the devices),
    // lifted only by blockDevice(false), and never adding a device.
    void blockSurvivesAManifestReplacement()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        QVERIFY(!store->device(projectId(), idOf(m_researcher)).value().blocked);
        auto blocked = store->blockDevice(projectId(), idOf(m_researcher), true);
        QVERIFY2(blocked, qPrintable(blocked.error().message()));
        QVERIFY(store->blockDevice(projectId(), idOf(m_researcher), true)); // twice: no change
        auto researcher = store->device(projectId(), idOf(m_researcher));
        QVERIFY(researcher);
        QVERIFY(researcher.value().blocked);
        QVERIFY(!researcher.value().revoked);
        QCOMPARE(researcher.value().role, Role::Researcher);
        QVERIFY(!store->device(projectId(), idOf(m_coordinator)).value().blocked);
        const auto blockedIn = [](const QList<HubDevice> &list) {
            QList<QByteArray> out;
            for (const HubDevice &d : list) {
                if (d.blocked)
                    out.append(d.deviceId);
            }
            return out;
        };
        QCOMPARE(blockedIn(store->devices(projectId()).value()),
                 (QList<QByteArray>{idOf(m_researcher)}));

        // A new manifest rewrites the devices: the block stays, and the
        // revocation it brings is the manifest's, not a block.
        const ProjectManifest v2 = manifest(2, true);
        QVERIFY(store->replaceManifest(v2, sign(v2), 1));
        QVERIFY(store->device(projectId(), idOf(m_researcher)).value().blocked);
        auto other = store->device(projectId(), idOf(m_other));
        QVERIFY(other);
        QVERIFY(other.value().revoked);
        QVERIFY(!other.value().blocked);
        QCOMPARE(blockedIn(store->devices(projectId()).value()),
                 (QList<QByteArray>{idOf(m_researcher)}));

        // Kept on disk, seen by another connection.
        {
            auto again = openStore();
            QVERIFY(again);
            QVERIFY(again->device(projectId(), idOf(m_researcher)).value().blocked);
        }

        // Per project: the same device id elsewhere is not blocked.
        const QByteArray second = addSecondProject(*store);
        QVERIFY(!second.isEmpty());
        QVERIFY(!store->device(second, idOf(m_researcher)).value().blocked);

        // The administration adds no device and blocks none it does not know.
        const QByteArray stranger = QUuid::createUuid().toRfc4122();
        auto unknown = store->blockDevice(projectId(), stranger, true);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);
        QCOMPARE(store->device(projectId(), stranger).error().code(), ErrorCode::NotFound);
        QCOMPARE(store->devices(projectId()).value().size(), 3);
        auto noProject =
            store->blockDevice(QUuid::createUuid().toRfc4122(), idOf(m_researcher), true);
        QVERIFY(!noProject);
        QCOMPARE(noProject.error().code(), ErrorCode::NotFound);

        // Lifted: back to what the manifest says; lifting again changes nothing.
        QVERIFY(store->blockDevice(projectId(), idOf(m_researcher), false));
        QVERIFY(store->blockDevice(projectId(), idOf(m_researcher), false));
        QVERIFY(!store->device(projectId(), idOf(m_researcher)).value().blocked);
        QVERIFY(blockedIn(store->devices(projectId()).value()).isEmpty());
        // A block on a revoked device is allowed (it only takes away), and a
        // later manifest keeps it as well.
        QVERIFY(store->blockDevice(projectId(), idOf(m_other), true));
        const ProjectManifest v3 = manifest(3, true);
        QVERIFY(store->replaceManifest(v3, sign(v3), 2));
        auto both = store->device(projectId(), idOf(m_other));
        QVERIFY(both);
        QVERIFY(both.value().revoked);
        QVERIFY(both.value().blocked);
    }

    void projectsListsAll()
    {
        auto store = openStore();
        QVERIFY(store);
        auto none = store->projects();
        QVERIFY2(none, qPrintable(none.error().message()));
        QVERIFY(none.value().isEmpty());
        // A slot nobody claimed is no project yet.
        QVERIFY(store->addProjectSlot(QStringLiteral("Unclaimed"),
                                      QCryptographicHash::hash("t3", QCryptographicHash::Sha256)));
        QVERIFY(store->projects().value().isEmpty());

        const QByteArray second = addSecondProject(*store); // named "Second"
        QVERIFY(!second.isEmpty());
        QVERIFY(addProject(*store)); // named "Frontera"
        const ProjectManifest v2 = manifest(2, true);
        QVERIFY(store->replaceManifest(v2, sign(v2), 1));
        auto all = store->projects();
        QVERIFY2(all, qPrintable(all.error().message()));
        QCOMPARE(all.value().size(), 2);
        // By name.
        QCOMPARE(all.value()[0].id, projectId());
        QCOMPARE(all.value()[0].name, QStringLiteral("Frontera"));
        QCOMPARE(all.value()[0].projectPk, m_projectKey.signPublicKey);
        QCOMPARE(all.value()[0].manifest, sign(v2));
        QCOMPARE(all.value()[0].manifestVersion, quint64(2));
        QCOMPARE(all.value()[1].id, second);
        QCOMPARE(all.value()[1].name, QStringLiteral("Second"));
        QCOMPARE(all.value()[1].manifestVersion, quint64(1));
        QCOMPARE(store->stats().value().projects, 2);
    }
};
