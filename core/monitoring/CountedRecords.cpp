#include "monitoring/CountedRecords.h"

#include "store/RecordFilter.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"

namespace vigia {

Status CountedRecords::forEach(RecordStore &records, ReviewStore &reviews, const QString &formId,
                               const Visit &visit)
{
    RecordFilter filter;
    filter.formId = formId;
    filter.status = RecordStatus::Finalized;
    filter.limit = 500;
    for (;;) {
        auto page = records.list(filter);
        if (!page)
            return page.error();
        QList<QUuid> ids;
        ids.reserve(page.value().size());
        for (const Record &row : page.value())
            ids.append(row.id);
        auto states = reviews.states(ids);
        if (!states)
            return states.error();
        // list() gives the rows without their answers; get() reads them.
        // One query per record: a few thousand at most, read once per view.
        for (const Record &row : page.value()) {
            const ReviewState state = states.value().value(row.id, ReviewState::Received);
            if (state != ReviewState::Approved && state != ReviewState::Received)
                continue;
            auto r = records.get(row.id);
            if (!r)
                return r.error();
            if (Status s = visit(r.value()); !s)
                return s;
        }
        if (page.value().size() < filter.limit)
            return {};
        filter.offset += filter.limit;
    }
}

} // namespace vigia
