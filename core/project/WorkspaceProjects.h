#pragma once

#include "common/Result.h"
#include "store/Role.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigia {

class Workspace;

// The projects a workspace joined, by the manifests in their stores
// (docs/store.md, "Several projects in one workspace"), and the choice of
// the one to work in. Each project lives in its own store, so a list, a
// bundle or an export of one never shows another's data.
class WorkspaceProjects
{
    Q_DECLARE_TR_FUNCTIONS(vigia::WorkspaceProjects)

public:
    struct Entry
    {
        QByteArray projectId; // 16 bytes
        QByteArray store;     // Workspace::projectStore(): empty for the root store
        QString name;         // empty until the manifest arrives
        QString country;
        Role role = Role::Researcher; // this device's, by the manifest when it lists it
        bool current = false;
    };

    explicit WorkspaceProjects(Workspace &ws);

    // Every project joined, the root store's first; empty when none yet.
    [[nodiscard]] Result<QList<Entry>> list() const;
    // By id (hex or UUID text), an unambiguous prefix of it, or the exact
    // name. NotFound or Usage errors list the projects known.
    [[nodiscard]] Result<Entry> find(const QString &selector) const;
    // find(), then makes it the current project.
    [[nodiscard]] Status select(const QString &selector);
    // Where a project about to be created or joined goes: an error when the
    // workspace already holds it in another store; the current store when it
    // holds no project yet or this one; else a new store, made current.
    [[nodiscard]] Status prepareFor(const QByteArray &projectId);
    // After a join or creation that failed once prepareFor made a new store:
    // removes that store and its folder and switches back to `previous` (the
    // store current before), so a failed join leaves the workspace as it
    // was. Does nothing when no store was made (the current is `previous`).
    [[nodiscard]] Status abandon(const QByteArray &previous);
    // The store holding `projectId`, switched to; NotFound when not joined.
    [[nodiscard]] Status switchTo(const QByteArray &projectId);
    // "Name (id)" lines of the projects known, for messages.
    [[nodiscard]] QString known() const;

private:
    Workspace &m_ws;
};

} // namespace vigia
