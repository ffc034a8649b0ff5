#pragma once

#include "common/Result.h"
#include "store/Role.h"
#include "store/Target.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace vigia {

class Database;
class OpLog;

// Targets and their milestones (docs/monitoring.md). Every change is written
// as ops (entity "target") through the OpLog, one transaction per call, so
// targets travel in bundles like the codebook does. Only coordinators set
// and delete them; researchers read them, and the importer refuses a target
// op from any other role (ChangeImporter::checkTargets).
//
// A target's id derives from (country, indicator, disaggregation), so
// setting the same target twice, on one device or two, edits one row.
// Targets are read from field_values, the projection every entity has: there
// are a few hundred at most, and no typed table means no schema change.
class TargetStore
{
    Q_DECLARE_TR_FUNCTIONS(vigia::TargetStore)

public:
    static inline const QString kEntity = QStringLiteral("target");

    // `role`: this device's; writes need Role::Coordinator.
    TargetStore(Database &db, OpLog &log, Role role);

    [[nodiscard]] static QUuid idFor(const QString &country, const QString &indicator,
                                     const QString &disaggregation);
    // Who may write target ops (here and in a received bundle).
    [[nodiscard]] static bool mayWrite(Role role) { return role == Role::Coordinator; }
    // Every problem of a target in one Validation error, or nothing.
    [[nodiscard]] static Status validate(const Target &target);

    // Writes every field of `target` (its id is derived, `deleted` ignored);
    // a deleted target of the same key comes back.
    [[nodiscard]] Result<QUuid> set(Target target);
    // Several targets in one transaction: all or none (`vigiactl targets
    // import`). Returns how many were written.
    [[nodiscard]] Result<int> setAll(const QList<Target> &targets);
    // Tombstones the target; set() with its key restores it.
    [[nodiscard]] Status remove(const QUuid &id);

    [[nodiscard]] Result<Target> get(const QUuid &id);
    // Live targets, by country, indicator and disaggregation; `country`
    // empty for all.
    [[nodiscard]] Result<QList<Target>> list(const QString &country = {});
    // The countries that have a live target, sorted; reads no other field.
    [[nodiscard]] Result<QStringList> countries();

private:
    [[nodiscard]] Status checkRole() const;
    [[nodiscard]] Status write(const Target &target);
    // Every target, or the one with id `only`, or those of `country`.
    [[nodiscard]] Result<QList<Target>> read(const QUuid &only, const QString &country = {});

    Database &m_db;
    OpLog &m_log;
    Role m_role;
};

} // namespace vigia
