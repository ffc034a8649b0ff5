#pragma once

#include "store/ReviewState.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace vigia {

// One line of ReviewStore::list: a finalized record and its review state.
struct ReviewEntry
{
    QUuid record;
    ReviewState state = ReviewState::Received;
    QString formId;
    QByteArray author; // the device that created the record (16 bytes)
    quint64 updatedHlc = 0;
};

} // namespace vigia
