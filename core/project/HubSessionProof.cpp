#include "project/HubSessionProof.h"

namespace vigia {

QByteArray HubSessionProof::message(const QByteArray &hubId, const QByteArray &projectId,
                                    const QByteArray &deviceId, const QByteArray &nonce)
{
    QByteArray message("vigia-hub-session-v1");
    message.append('\0');
    message += hubId + projectId + deviceId + nonce;
    return message;
}

} // namespace vigia
