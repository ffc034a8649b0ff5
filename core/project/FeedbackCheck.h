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

// The importer's rule for review and comment ops (ReviewStore,
// CommentStore): a coordinator writes them on any record; any other device
// only on records it created, and of review states only "received" (it
// finalized the record again). A bundle that breaks the rule is refused whole
// (ErrorCode::Untrusted), before anything is applied.
class FeedbackCheck
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FeedbackCheck)

public:
    // `ops`: the whole bundle, whose earlier ops may create the records and
    // comments its later ones refer to. `streams`: every origin of the
    // manifest mapped to its device (Routing::streamsOf, as the importer
    // already holds it), so a coordinator's feedback stream names its writer.
    [[nodiscard]] static Status check(Database &db, const std::optional<ProjectManifest> &manifest,
                                      const QHash<QByteArray, StreamOrigin::Stream> &streams,
                                      const QList<Op> &ops);

    // The device that created `record` (records.author, a creation op in
    // `ops` or one waiting in pending_ops), or empty when it is not known here.
    [[nodiscard]] static Result<QByteArray> authorOf(Database &db, const QByteArray &record,
                                                     const QList<Op> &ops);

private:
    // The record a review or comment op is about, or empty when unknown.
    [[nodiscard]] static Result<QByteArray> recordOf(Database &db, const Op &op,
                                                     const QList<Op> &ops);
};

} // namespace vigia
