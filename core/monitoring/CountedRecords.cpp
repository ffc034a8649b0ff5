#include "monitoring/CountedRecords.h"

#include "store/ReviewStore.h"

namespace vigia {

namespace {
const QList<ReviewState> kCounted{ReviewState::Approved, ReviewState::Received};
} // namespace

Status CountedRecords::forEach(ReviewStore &reviews, const QString &formId, const Visit &visit,
                               const QString &country, const QString &field, const QString &text)
{
    return reviews.forEachIn(formId, kCounted, visit, country, 500, field, text);
}

Result<QStringList> CountedRecords::countries(ReviewStore &reviews, const QString &formId)
{
    return reviews.countriesIn(formId, kCounted);
}

} // namespace vigia
