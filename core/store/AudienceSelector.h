#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QList>
#include <QPair>
#include <QString>

#include "store/Role.h"

namespace vigia {

class Database;
class OpLog;

// Chooses, for each shared write, the stream of the people who may hold it
// (StreamOrigin, docs/store.md "Streams by audience"): the codebook, targets,
// device rows and published forms on the project stream; a review or comment about another
// device's record on the feedback stream about that record's author; the
// rest, and feedback about this device's own records (whose audience, the
// coordinators, is the records stream's), on the records stream.
//
// Only a coordinator writes derived streams: everything a researcher writes
// is for the coordinators alone (its codebook edits included, as before
// streams), so a researcher never sends to another researcher. `role` is the
// workspace's own (Workspace::role), read at every write.
class AudienceSelector
{
public:
    static void install(OpLog &log, Database &db, const Role &role);

    // The origin for one write by `device` (empty: the records stream).
    [[nodiscard]] static QByteArray originFor(Database &db, const QByteArray &device, Role role,
                                              const QString &entity, const QByteArray &row,
                                              const QList<QPair<QString, QCborValue>> &fields);
    // The device that created a record, or empty when this store does not hold it.
    [[nodiscard]] static QByteArray authorOf(Database &db, const QByteArray &record);
};

} // namespace vigia
