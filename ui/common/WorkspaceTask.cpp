#include "ui/common/WorkspaceTask.h"

#include "crypto/DeviceKeys.h"
#include "crypto/KeyStore.h"
#include "store/StoreRekey.h"
#include "store/Workspace.h"
#include "ui/common/BackgroundJob.h"

#include <QThread>

#include <optional>

namespace vigia {

namespace {
using Opening = std::optional<Result<std::unique_ptr<Workspace>>>;

void runOpening(QObject *context, std::function<Result<std::unique_ptr<Workspace>>()> work,
                WorkspaceTask::Opened done)
{
    auto outcome = std::make_shared<Opening>();
    QThread *target = context->thread();
    BackgroundJob::run(
        context,
        [outcome, target, work = std::move(work)] {
            auto ws = work();
            if (ws)
                ws.value()->moveToThread(target);
            outcome->emplace(std::move(ws));
        },
        [outcome, done = std::move(done)] { done(std::move(**outcome)); });
}

void runCheck(QObject *context, std::function<Status()> work, WorkspaceTask::Checked done)
{
    auto outcome = std::make_shared<std::optional<Status>>();
    BackgroundJob::run(
        context, [outcome, work = std::move(work)] { outcome->emplace(work()); },
        [outcome, done = std::move(done)] { done(**outcome); });
}
} // namespace

void WorkspaceTask::create(QObject *context, const QString &dir, Passphrase passphrase,
                           const QString &deviceName, Role role, const KdfLimits &limits,
                           Opened done)
{
    runOpening(
        context,
        [=] { return Workspace::create(dir, passphrase->rawView(), deviceName, role, limits); },
        std::move(done));
}

void WorkspaceTask::open(QObject *context, const QString &dir, Passphrase passphrase, Opened done)
{
    runOpening(
        context, [=] { return Workspace::open(dir, passphrase->rawView()); }, std::move(done));
}

void WorkspaceTask::verify(QObject *context, const Workspace &ws, Passphrase passphrase,
                           Checked done)
{
    runCheck(
        context, [&ws, passphrase] { return ws.verifyPassphrase(passphrase->rawView()); },
        std::move(done));
}

void WorkspaceTask::changePassphrase(QObject *context, Workspace &ws, Passphrase oldPassphrase,
                                     Passphrase newPassphrase, Checked done)
{
    runCheck(
        context,
        [&ws, oldPassphrase, newPassphrase] {
            return ws.changePassphrase(oldPassphrase->rawView(), newPassphrase->rawView());
        },
        std::move(done));
}

void WorkspaceTask::unlock(QObject *context, Workspace &ws, Passphrase passphrase, Checked done)
{
    auto keys = std::make_shared<std::optional<Result<DeviceKeys>>>();
    const QString dir = ws.path();
    BackgroundJob::run(
        context,
        [keys, dir, passphrase] {
            // A change of the store's key may have been interrupted while
            // the window was locked (vigiactl store rekey).
            keys->emplace(StoreRekey::unlockSettled(dir, passphrase->rawView()));
        },
        [keys, &ws, done = std::move(done)] {
            Result<DeviceKeys> &unlocked = **keys;
            if (!unlocked) {
                done(unlocked.error());
                return;
            }
            done(ws.unlock(std::move(unlocked.value())));
        });
}

void WorkspaceTask::restore(QObject *context, const QString &backupFile, const QString &dir,
                            Passphrase passphrase, Opened done)
{
    runOpening(
        context,
        [=]() -> Result<std::unique_ptr<Workspace>> {
            auto restored = WorkspaceBackup::restore(backupFile, passphrase->rawView(), dir);
            if (!restored)
                return restored.error();
            return Workspace::open(dir, passphrase->rawView());
        },
        std::move(done));
}

void WorkspaceTask::backup(QObject *context, const Workspace &ws, const QString &file,
                           BackedUp done)
{
    auto outcome = std::make_shared<std::optional<Result<WorkspaceBackup::Written>>>();
    BackgroundJob::run(
        context,
        [outcome, dir = ws.path(), key = ws.keys().storeKey, file] {
            outcome->emplace(WorkspaceBackup::backup(dir, key, file));
        },
        [outcome, done = std::move(done)] { done(std::move(**outcome)); });
}

void WorkspaceTask::rekeyStore(QObject *context, Workspace &ws, Passphrase passphrase, Checked done)
{
    struct Outcome
    {
        std::optional<Status> changed;
        std::optional<Result<DeviceKeys>> keys;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString dir = ws.path();
    BackgroundJob::run(
        context,
        [outcome, dir, passphrase] {
            auto rekeyed = StoreRekey::rekey(dir, passphrase->rawView());
            if (rekeyed) {
                outcome->changed.emplace();
                outcome->keys.emplace(rekeyed.take());
                return;
            }
            // Whatever step it stopped at, these keys open the store in place.
            outcome->changed.emplace(rekeyed.error());
            outcome->keys.emplace(StoreRekey::unlockSettled(dir, passphrase->rawView()));
        },
        [outcome, &ws, done = std::move(done)] {
            Result<DeviceKeys> &keys = *outcome->keys;
            const Status reopened = keys ? ws.unlock(keys.take()) : Status(keys.error());
            const Status &changed = *outcome->changed;
            done(changed ? reopened : changed);
        });
}

void WorkspaceTask::withSibling(QObject *context, const Workspace &ws,
                                std::function<void(Workspace &)> work, Checked done)
{
    runCheck(
        context,
        [&ws, work = std::move(work)]() -> Status {
            // Opened here so that the connection belongs to this thread.
            auto sibling = ws.openSibling();
            if (!sibling)
                return sibling.error();
            work(*sibling.value());
            return {};
        },
        std::move(done));
}

} // namespace vigia
