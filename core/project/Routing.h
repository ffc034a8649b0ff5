#pragma once

#include "oplog/StreamOrigin.h"
#include "project/ManifestDevice.h"

#include <QByteArray>
#include <QHash>

namespace vigia {

class ProjectManifest;

// Minimum necessary (docs/project-format.md, "Who receives what"), by
// stream (StreamOrigin): coordinators hold every stream of the project; a
// researcher holds its own records stream (its history coming back), every
// device's project stream (codebook, targets, device rows) and the feedback
// streams about its own records, never another researcher's records stream
// or feedback. The writer builds each recipient's bundles from the streams
// it may hold, and the importer refuses a bundle carrying a stream its own
// role may not hold, so a mistaken or malicious coordinator cannot spread one
// researcher's findings or feedback to another.
class Routing
{
public:
    [[nodiscard]] static bool mayHold(const ManifestDevice &receiver,
                                      const StreamOrigin::Stream &stream);
    // Who may write a stream: feedback streams only a coordinator (a
    // researcher's feedback on its own records is on its records stream).
    [[nodiscard]] static bool mayWrite(Role author, const StreamOrigin::Stream &stream);
    // Every origin of the manifest's members and revoked devices, mapped to
    // its device and stream: an origin not in it is no one's.
    [[nodiscard]] static QHash<QByteArray, StreamOrigin::Stream>
    streamsOf(const ProjectManifest &manifest);
};

} // namespace vigia
