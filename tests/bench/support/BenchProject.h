#pragma once

// A coordinator's workspace in a project that approves `devices` researcher
// devices, whose keys the benchmark holds: bundles written with those keys
// go through the whole import path (ChangeImporter) at the coordinator.
#include "bundle/BundleRecipient.h"
#include "crypto/DeviceKeys.h"
#include "project/JoinRequest.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectStore.h"
#include "store/Workspace.h"
#include "TestWorkspace.h"

#include <QUuid>

#include <memory>
#include <vector>

namespace vigia::bench {

struct BenchProject
{
    std::unique_ptr<test::TestWorkspace> coordinator;
    QByteArray projectId;
    std::vector<DeviceKeys> devices;

    [[nodiscard]] Workspace &ws() { return **coordinator; }
    // The recipients a researcher's bundle is encrypted to.
    [[nodiscard]] QList<BundleRecipient> recipients()
    {
        return {{ws().deviceId().toRfc4122(), ws().keys().boxPublicKey}};
    }
};

inline BenchProject makeProject(int devices)
{
    BenchProject p;
    p.coordinator = std::make_unique<test::TestWorkspace>(ClockFn(), Role::Coordinator);
    if (!p.coordinator->isValid())
        qFatal("workspace: %s", qPrintable(p.coordinator->error()));
    ProjectAdmin admin(p.ws());
    if (auto created = admin.create(QStringLiteral("Benchmark"), QStringLiteral("BR"),
                                    QStringLiteral("https://hub.example.org"));
        !created)
        qFatal("project: %s", qPrintable(created.error().message()));
    auto state = ProjectStore(p.ws().database()).requireProject();
    if (!state)
        qFatal("project: %s", qPrintable(state.error().message()));
    p.projectId = state.value().projectId;
    p.devices.reserve(size_t(devices));
    for (int i = 0; i < devices; ++i) {
        DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
        JoinRequest request;
        request.projectId = p.projectId;
        request.deviceId = keys.deviceId.toRfc4122();
        request.name = QStringLiteral("researcher %1").arg(i);
        request.role = QStringLiteral("researcher");
        request.signPk = keys.signPublicKey;
        request.boxPk = keys.boxPublicKey;
        if (auto approved = admin.approve(request, Role::Researcher); !approved)
            qFatal("approve: %s", qPrintable(approved.error().message()));
        p.devices.push_back(std::move(keys));
    }
    return p;
}

} // namespace vigia::bench
