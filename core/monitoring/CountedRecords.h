#pragma once

#include "common/Result.h"
#include "store/Record.h"

#include <QString>

#include <functional>

namespace vigia {

class ReviewStore;

// The records monitoring counts (docs/monitoring.md, "Reports that count"):
// the finalized, not deleted records of one form whose review is approved or
// received. A report sent back or rejected is not a value anyone vouches
// for. Progress, the NPA matrix and the country report's findings all read
// them through here, a page at a time (ReviewStore::forEachIn).
class CountedRecords
{
public:
    using Visit = std::function<Status(const Record &record)>;

    // Calls `visit` with each such record (of `country` only, when given;
    // with `field`, only those whose answer to it is the text `text`), its
    // answers read; stops at the first error.
    [[nodiscard]] static Status forEach(ReviewStore &reviews, const QString &formId,
                                        const Visit &visit, const QString &country = {},
                                        const QString &field = {}, const QString &text = {});
    // The countries of those records, sorted.
    [[nodiscard]] static Result<QStringList> countries(ReviewStore &reviews, const QString &formId);
};

} // namespace vigia
