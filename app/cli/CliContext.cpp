#include "cli/CliContext.h"

#include "cli/PassphraseSource.h"
#include "project/WorkspaceProjects.h"
#include "store/Workspace.h"

#include <QDir>

namespace vigia {

CliContext::CliContext(const CliInvocation &invocation, CliOutput &output)
    : m_invocation(invocation)
    , m_output(output)
{}

QString CliContext::workspacePath() const
{
    return QDir::cleanPath(QDir(m_invocation.workspace).absolutePath());
}

Result<std::unique_ptr<Workspace>> CliContext::openWorkspace() const
{
    const QString dir = workspacePath();
    if (!Workspace::exists(dir)) {
        return Error(ErrorCode::NotFound,
                     tr("There is no Vigia workspace in %1. Create one with 'vigiactl init --name "
                        "NAME', or point to an existing one with --workspace DIR.")
                         .arg(QDir::toNativeSeparators(dir)));
    }
    auto passphrase = PassphraseSource(m_invocation.passphraseFile, m_output)
                          .read(PassphraseSource::Purpose::Unlock, dir);
    if (!passphrase)
        return passphrase.error();
    // The SecretBytes wipes the passphrase when `passphrase` goes out of scope.
    auto ws = Workspace::open(dir, passphrase.value().rawView());
    if (!ws || m_invocation.project.isEmpty())
        return ws;
    if (Status s = WorkspaceProjects(*ws.value()).select(m_invocation.project); !s)
        return s.error();
    return ws;
}

} // namespace vigia
