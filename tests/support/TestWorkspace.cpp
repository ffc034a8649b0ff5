#include "TestWorkspace.h"

namespace vigia::test {

TestWorkspace::TestWorkspace(ClockFn clock, Role role)
{
    auto ws = Workspace::create(m_dir.path(), kPassphrase, QStringLiteral("test device"), role,
                                KdfLimits::insecureForTests(), std::move(clock));
    if (ws)
        m_workspace = ws.take();
    else
        m_error = ws.error().message();
}

bool TestWorkspace::reopen(ClockFn clock)
{
    m_workspace.reset();
    auto ws = Workspace::open(m_dir.path(), kPassphrase, std::move(clock));
    if (!ws) {
        m_error = ws.error().message();
        return false;
    }
    m_workspace = ws.take();
    return true;
}

} // namespace vigia::test
