#include "monitoring/CountedRecords.h"

#include "store/ReviewStore.h"

namespace vigia {

Status CountedRecords::forEach(ReviewStore &reviews, const QString &formId, const Visit &visit)
{
    return reviews.forEachIn(formId, {ReviewState::Approved, ReviewState::Received}, visit);
}

} // namespace vigia
