#pragma once

#include "common/Result.h"

#include <QUrl>

#include <memory>

namespace vigia {

class CliContext;
class HubConnection;
class Workspace;

// The hub a vigiactl command talks to: --hub as given, else the workspace's
// own address, with the certificate pinned by --pin or by the workspace.
struct CliHubAccess
{
    std::unique_ptr<Workspace> ws;
    QUrl url;
    std::unique_ptr<HubConnection> connection;

    ~CliHubAccess();
    CliHubAccess(CliHubAccess &&) noexcept;
    CliHubAccess(std::unique_ptr<Workspace> workspace, QUrl hub,
                 std::unique_ptr<HubConnection> connected);

    // --hub as given, else `ws`'s hub address (none when `ws` is null).
    [[nodiscard]] static Result<QUrl> hubFor(CliContext &ctx, Workspace *ws);
    // --pin as 32 bytes, empty when not given.
    [[nodiscard]] static Result<QByteArray> pinOption(CliContext &ctx);
    // The workspace and a connection to its hub.
    [[nodiscard]] static Result<CliHubAccess> open(CliContext &ctx);
};

} // namespace vigia
