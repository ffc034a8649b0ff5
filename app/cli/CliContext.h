#pragma once

#include "cli/CliInvocation.h"
#include "cli/CliOutput.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <memory>

namespace vigia {

class Workspace;

// What a command needs while it runs: the parsed line, the output, and a way
// to open the workspace with the passphrase.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(vigia::CliContext)

public:
    CliContext(const CliInvocation &invocation, CliOutput &output);

    [[nodiscard]] const CliInvocation &invocation() const { return m_invocation; }
    [[nodiscard]] CliOutput &out() { return m_output; }
    [[nodiscard]] bool json() const { return m_invocation.json; }
    [[nodiscard]] QString workspacePath() const;

    // Checks that the workspace exists before asking for the passphrase, then
    // unlocks it. The passphrase lives in SecretBytes and is wiped on return.
    [[nodiscard]] Result<std::unique_ptr<Workspace>> openWorkspace() const;

private:
    const CliInvocation &m_invocation;
    CliOutput &m_output;
};

} // namespace vigia
