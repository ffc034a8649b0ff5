#pragma once

#include "store/RecordStatus.h"
#include "store/RecordSummary.h"

#include <QDate>
#include <QString>

namespace vigia {

// Criteria for RecordStore::list and count. Empty members do not filter.
struct RecordFilter
{
    QString formId;
    std::optional<RecordStatus> status;
    QString country;
    QDate from; // on the record's `date` field, inclusive
    QDate to;
    std::optional<ReviewState> review; // finalized records in this review state
    QString search;                    // words matched with the full-text index
    bool includeDeleted = false;
    int offset = 0;
    int limit = 100;
    // Only RecordStore::summaries orders by these; list() keeps its order.
    RecordSort sort = RecordSort::ByUpdated;
    bool ascending = false;
};

} // namespace vigia
