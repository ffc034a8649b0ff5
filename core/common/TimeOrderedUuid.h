#pragma once

#include <QtGlobal>
#include <QUuid>

namespace vigia {

// Ids of new entity rows (records, codings, comments, codes) are RFC 9562
// version 7 UUIDs: 48 bits of Unix time in milliseconds, then 74 random bits.
// Rows made one after another then sort one after another, so every index
// keyed by the row id (records, field_values, the answers index, ops_by_row)
// grows at its end instead of splitting pages at random places: a record's
// save dirties fewer pages and the export reads the index in file order.
//
// The time in the id says nothing the row does not already carry: its first
// op's HLC, sent with it, holds the same milliseconds. Uniqueness rests on
// the 74 random bits, as a version 4 id rests on 122, so a clock set wrong
// (or turned back) makes ids that sort out of order but are never reused.
class TimeOrderedUuid
{
public:
    [[nodiscard]] static QUuid next();
    // The same with a given time: for tests and for callers that already
    // read the clock.
    [[nodiscard]] static QUuid at(qint64 msecsSinceEpoch);
};

} // namespace vigia
