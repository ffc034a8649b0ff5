#pragma once

#include "store/RecordStatus.h"

#include <QCborValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace vigia {

// A record as the projection shows it now.
struct Record
{
    QUuid id;
    QString formId;
    QString formVersion;
    RecordStatus status = RecordStatus::Draft;
    bool deleted = false;
    QString country;
    QString date;
    quint64 createdHlc = 0;
    quint64 updatedHlc = 0;
    QByteArray author; // device id of the creator
    QMap<QString, QCborValue> values;
    QStringList conflictedFields;
};

} // namespace vigia
