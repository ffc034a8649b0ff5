#pragma once

#include "oplog/ChainIssue.h"

#include <QByteArray>
#include <QCborValue>
#include <QList>
#include <QString>

namespace vigia {

// Every op that touched a record (or one of its fields), with where it came
// from, and the state of the chains of the devices that wrote them.
struct RecordHistory
{
    struct Change
    {
        QString field;
        QByteArray origin;
        quint64 counter = 0;
        quint64 hlc = 0;
        quint64 basedOn = 0;
        QCborValue value;    // undefined once redacted
        QString device;      // DeviceNames::label
        QByteArray bundleId; // the bundle that brought it; empty when written here
        bool writtenHere = false;
        // On this device's private chain (a draft's working state): it never
        // travels, and finalizing wrote its value again on the shared chain.
        bool draft = false;
        bool conflicting = false; // concurrent with another device's different value
        bool resolution = false;  // the op that closed such a conflict
    };
    struct Device
    {
        QByteArray origin;
        QString label;
        QList<ChainIssue> issues; // empty: its chain is intact
        bool clockAhead = false;  // one of its ops was stamped far ahead of our clock
    };

    QList<Change> changes; // oldest first
    QList<Device> devices; // every device among the changes
};

} // namespace vigia
