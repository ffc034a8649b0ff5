#pragma once

#include "store/RecordStatus.h"
#include "store/ReviewState.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace vigia {

// One line of the records list: the projected columns and a short text that
// stands for the record (its narrative when it has one, else its longest
// text answer). Enough to show a list without reading every value.
struct RecordSummary
{
    QUuid id;
    QString formId;
    RecordStatus status = RecordStatus::Draft;
    bool deleted = false;
    QString country;
    QString date;
    quint64 updatedHlc = 0;
    // Finalized records (and reopened ones once reviewed) have one.
    std::optional<ReviewState> review;
    // UTF-8: of the lines a list reads, only those on screen are shown, so
    // the text is decoded when one is.
    QByteArray summaryUtf8;
    [[nodiscard]] QString summary() const { return QString::fromUtf8(summaryUtf8); }
};

// The columns RecordStore::summaries can order by: in SQL, or in C++ in the
// same order for the few matches of a search (SummaryRows).
enum class RecordSort
{
    ByUpdated,
    ByForm,
    ByCountry,
    ByDate,
    ByStatus,
    ByReview, // by the state's text; records without one first
};

} // namespace vigia
