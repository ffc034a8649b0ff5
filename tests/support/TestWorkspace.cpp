#include "TestWorkspace.h"

#include "store/RecordFilter.h"
#include "store/RecordStore.h"

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

QStringList answersOf(Workspace &ws, const QString &field)
{
    QStringList out;
    auto records = ws.records().list(RecordFilter{});
    for (const Record &r : records ? records.value() : QList<Record>()) {
        // The list leaves the answers out.
        auto full = ws.records().get(r.id);
        out.append(full ? full.value().values.value(field).toString() : QString());
    }
    out.sort();
    return out;
}

} // namespace vigia::test
