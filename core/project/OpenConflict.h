#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QList>
#include <QString>

namespace vigia {

// One open conflict on a key (docs/store.md, "Merge rules and conflicts"):
// the competing values, each as the device that wrote it and when.
struct OpenConflict
{
    struct Value
    {
        QByteArray origin;
        quint64 counter = 0;
        quint64 hlc = 0;
        QCborValue value; // undefined once redacted
        QString device;   // DeviceNames::label
    };

    QString entity; // "record" for a record's answer
    QByteArray row;
    QString field;
    QCborValue current;  // the value shown today: the winner's
    QList<Value> values; // oldest first
};

} // namespace vigia
