#include "oplog/StreamOrigin.h"

#include "crypto/Blake2b.h"
#include "oplog/Op.h"

namespace vigia {

QByteArray StreamOrigin::project(const QByteArray &device)
{
    return Blake2b::hash(QByteArrayLiteral("vigia project stream") + '\0' + device, Op::kIdSize);
}

QByteArray StreamOrigin::feedback(const QByteArray &device, const QByteArray &researcher)
{
    // Both ids are 16 bytes, so the concatenation is unambiguous.
    return Blake2b::hash(QByteArrayLiteral("vigia feedback stream") + '\0' + device + researcher,
                         Op::kIdSize);
}

QHash<QByteArray, StreamOrigin::Stream> StreamOrigin::map(const QList<QByteArray> &devices,
                                                          const QList<QByteArray> &researchers)
{
    QHash<QByteArray, Stream> out;
    out.reserve(devices.size() * (2 + researchers.size()));
    for (const QByteArray &d : devices) {
        out.insert(d, Stream{d, Kind::Records, {}});
        out.insert(project(d), Stream{d, Kind::Project, {}});
        for (const QByteArray &r : researchers) {
            if (r != d)
                out.insert(feedback(d, r), Stream{d, Kind::Feedback, r});
        }
    }
    return out;
}

} // namespace vigia
