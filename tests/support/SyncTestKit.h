#pragma once

// A project on a real hub for the sync module's tests: a coordinator and
// researchers enrolled through the USB files, the project registered on an
// in-process HubFixture, every workspace pointed at the hub (or at a
// FaultProxy in front of it).

#include "HubFixture.h"
#include "ProjectTestKit.h"
#include "store/RecordStore.h"
#include "sync/HubConnection.h"
#include "sync/SyncAgent.h"
#include "sync/SyncPass.h"
#include "sync/SyncStore.h"
#include "TestWorkspace.h"

#include <memory>
#include <vector>

namespace vigia::synctest {

class SyncWorld
{
public:
    explicit SyncWorld(const HubConfig &config = quietConfig(), const QString &databaseUri = {})
        : hub(config, databaseUri)
    {}

    // Rate limits off: these tests make many requests on purpose.
    static HubConfig quietConfig()
    {
        HubConfig c;
        c.requestsPerDevicePerMinute = 0;
        return c;
    }

    // An agent that runs only when a test triggers it: no periodic pass
    // within a test, no network watcher.
    static SyncAgent::Options quietAgent()
    {
        SyncAgent::Options o;
        o.periodMs = 3600 * 1000;
        o.watchNetwork = false;
        o.timeoutMs = 10000;
        return o;
    }

    // Empty on success, else what failed.
    // `coordinators` more coordinator devices (a regional observatory, say)
    // come after the researchers in `members`.
    QString setUp(int researchers, int coordinators = 0)
    {
        if (!hub.isValid())
            return QStringLiteral("hub: ") + hub.error();
        for (int i = 0; i < researchers + coordinators; ++i) {
            members.push_back(std::make_unique<test::TestWorkspace>(
                ClockFn(), i < researchers ? Role::Researcher : Role::Coordinator));
            if (QString e = projecttest::enrol(*coordinator, **members.back()); !e.isEmpty())
                return e;
        }
        // Everyone holds the newest manifest before the hub sees the first.
        for (auto &m : members)
            (void)ProjectMembership(**m).importManifest(projecttest::manifestBytes(*coordinator));
        auto s = ProjectStore(coordinator->database()).load();
        if (!s || !s.value())
            return QStringLiteral("no project");
        projectId = s.value()->projectId;
        const test::HttpReply registered =
            hub.registerProject(projecttest::manifestBytes(*coordinator));
        if (registered.status != 201)
            return QStringLiteral("register: %1 %2")
                .arg(registered.status)
                .arg(QString::fromUtf8(registered.body));
        pointAt(hub.url(QString()).toString());
        return {};
    }

    // Every workspace's hub address (a proxy's, say).
    void pointAt(const QString &url)
    {
        (void)SyncStore(coordinator->database()).setValue(SyncStore::kHubUrl, url);
        for (auto &m : members)
            (void)SyncStore((*m)->database()).setValue(SyncStore::kHubUrl, url);
    }

    Workspace &member(int i) { return **members.at(size_t(i)); }

    // One pass of `ws` against its hub address; its report in *report.
    static Status pass(Workspace &ws, SyncReport *report = nullptr,
                       const SyncPass::Options &options = {}, int timeoutMs = 10000)
    {
        auto url = SyncPass::hubUrl(ws);
        if (!url)
            return url.error();
        HubConnection connection(HubConnection::Options{QUrl(url.value()), {}, timeoutMs});
        SyncPass p(ws, connection, options);
        Status s = p.run();
        if (report)
            *report = p.report();
        return s;
    }

    // Creates and finalizes `n` findings; their ids.
    static QList<QUuid> finalize(Workspace &ws, int n, const QString &text = {})
    {
        QList<QUuid> ids;
        for (int i = 0; i < n; ++i) {
            auto id = ws.records().create(
                QStringLiteral("f"), QStringLiteral("1"),
                {{QStringLiteral("a"),
                  text.isEmpty() ? QStringLiteral("finding %1").arg(i) : text}});
            if (!id || !ws.records().finalize(id.value()))
                return {};
            ids.append(id.value());
        }
        return ids;
    }

    test::HubFixture hub;
    test::TestWorkspace coordinator{{}, Role::Coordinator};
    std::vector<std::unique_ptr<test::TestWorkspace>> members;
    QByteArray projectId;
};

} // namespace vigia::synctest
