#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

namespace vigia {

// Op streams by audience (docs/store.md, "Streams by audience"). A device
// writes each shared op on the stream of the people who may hold it, each
// stream its own hash chain under its own origin, so every recipient always
// receives whole chains:
//  - records: origin = the device id (records, codings, memos, redactions,
//    anything not below) → coordinators;
//  - project: codebook, targets, device rows → every member;
//  - feedback for researcher R: reviews and comments about R's records,
//    written by a coordinator → R and the coordinators.
// The derived origins are BLAKE2b hashes of the device id (like
// OpLog::privateOriginOf), so anyone holding the manifest maps an origin back
// to its device and stream, and none is ever in a manifest itself.
class StreamOrigin
{
public:
    enum class Kind
    {
        Records,
        Project,
        Feedback,
    };
    struct Stream
    {
        QByteArray device;
        Kind kind = Kind::Records;
        QByteArray researcher; // Feedback only: whose records it is about
    };

    [[nodiscard]] static QByteArray project(const QByteArray &device);
    [[nodiscard]] static QByteArray feedback(const QByteArray &device,
                                             const QByteArray &researcher);

    // Every origin the given devices may write on, with feedback streams
    // about each of `researchers`: what an importer checks a bundle against.
    [[nodiscard]] static QHash<QByteArray, Stream> map(const QList<QByteArray> &devices,
                                                       const QList<QByteArray> &researchers);
};

} // namespace vigia
