#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace vigia {

class Database;

// How far each recipient holds each of this device's derived streams
// (StreamOrigin: project, feedback), docs/store.md "Streams by audience".
// The records stream keeps its outbox (Outbox); the derived streams go to
// several audiences at different paces, so they keep a cursor per recipient
// and stream instead: `stream_sent` remembers which bundle carried which
// stream up to which counter for whom, and a receipt signed by that
// recipient moves its cursor (`stream_acks`). A bundle for a recipient
// always starts right after its cursor, so a recipient approved late, or one
// whose bundle was lost, gets the whole chain from where it stands.
class StreamCursors
{
    Q_DECLARE_TR_FUNCTIONS(vigia::StreamCursors)

public:
    struct Sent
    {
        QByteArray recipient;
        QByteArray origin;
        quint64 counter = 0; // the last op of `origin` the bundle carried
    };

    // The last counter of `origin` that `recipient` acknowledged; with
    // `inFlight`, also counting bundles sent but not yet acknowledged (the
    // hub keeps what it took, so it is not sent twice).
    [[nodiscard]] static Result<quint64> after(Database &db, const QByteArray &recipient,
                                               const QByteArray &origin, bool inFlight);
    [[nodiscard]] static Status recordSent(Database &db, const QByteArray &bundleId,
                                           const QList<Sent> &sent);
    // The cursors `recipient` moves with a receipt naming these bundles;
    // returns how many (bundle, stream) sends it acknowledged.
    [[nodiscard]] static Result<int> acknowledge(Database &db, const QByteArray &recipient,
                                                 const QList<QByteArray> &bundleIds);
};

} // namespace vigia
