#pragma once

#include "oplog/Hlc.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace vigia {

// One comment of a record's thread (synced entity "comment").
struct Comment
{
    QUuid id;
    QUuid record;
    QString field; // a form field's name, empty for the whole record
    QString text;
    QByteArray author; // the device that wrote it (16 bytes)
    QString authorName;
    quint64 hlc = 0;

    [[nodiscard]] QDateTime time() const
    {
        return QDateTime::fromMSecsSinceEpoch(Hlc::physical(hlc), Qt::UTC);
    }
};

} // namespace vigia
