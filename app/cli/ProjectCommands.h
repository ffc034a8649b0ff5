#pragma once

#include "cli/CliCommand.h"
#include "common/Result.h"
#include "store/Role.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class CliContext;
class JoinRequest;

// vigiactl project create | invite | join | request | approve | revoke |
// manifest export | manifest import.
class ProjectCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProjectCommands)

public:
    // Adds the rows of the project and devices groups to the command table.
    static void addCommands(QList<CliCommand> &commands);

    [[nodiscard]] static Status create(CliContext &ctx);
    [[nodiscard]] static Status invite(CliContext &ctx);
    [[nodiscard]] static Status join(CliContext &ctx);
    [[nodiscard]] static Status request(CliContext &ctx);
    [[nodiscard]] static Status approve(CliContext &ctx);
    [[nodiscard]] static Status revoke(CliContext &ctx);
    [[nodiscard]] static Status exportManifest(CliContext &ctx);
    [[nodiscard]] static Status importManifest(CliContext &ctx);

    // "--out FILE" checked before the workspace opens.
    [[nodiscard]] static Result<QString> outPath(CliContext &ctx);

private:
    // Shows the request and asks for its fingerprint (--fingerprint or a
    // terminal's yes) before anything is written.
    [[nodiscard]] static Status confirmFingerprint(CliContext &ctx, const JoinRequest &request,
                                                   Role role);
};

} // namespace vigia
