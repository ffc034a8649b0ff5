#pragma once

#include "common/Result.h"
#include "oplog/Op.h"
#include "oplog/StreamOrigin.h"
#include "project/ProjectManifest.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace vigia {

class Database;

// The importer's rule for changes to records (issue 18, "Bad input"): a
// coordinator writes any record, any other device only records it created.
// A conflict resolution is an ordinary op on the key (Conflicts, design.md
// §5), so a resolution, or any edit, by a researcher on another device's
// record is refused whole (ErrorCode::Untrusted), before anything is
// applied. A revoked device's role is no longer known: it is held to its
// own records.
class RecordWriteCheck
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RecordWriteCheck)

public:
    // `ops`: the whole bundle, whose earlier ops may create the records its
    // later ones change. `streams`: every origin of the manifest mapped to
    // its device (Routing::streamsOf).
    [[nodiscard]] static Status check(Database &db, const std::optional<ProjectManifest> &manifest,
                                      const QHash<QByteArray, StreamOrigin::Stream> &streams,
                                      const QList<Op> &ops);
};

} // namespace vigia
