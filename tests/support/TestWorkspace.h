#pragma once

#include "oplog/Hlc.h"
#include "store/Workspace.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace vigia::test {

// A workspace in a temporary folder, created with the fast test-only KDF
// limits and removed when the object dies.
class TestWorkspace
{
public:
    static inline const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery");

    explicit TestWorkspace(ClockFn clock = {}, Role role = Role::Researcher);
    [[nodiscard]] bool isValid() const { return m_workspace != nullptr; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString path() const { return m_dir.path(); }
    Workspace *operator->() { return m_workspace.get(); }
    Workspace &operator*() { return *m_workspace; }
    // Closes and reopens, as a restart would.
    [[nodiscard]] bool reopen(ClockFn clock = {});
    void close() { m_workspace.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_error;
};

// The answers to `field` of every record of `ws`, sorted: what a test
// compares after a restore or a change of keys.
[[nodiscard]] QStringList answersOf(Workspace &ws, const QString &field);

} // namespace vigia::test
