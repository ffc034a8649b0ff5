#pragma once

#include <QString>

#include <optional>

namespace vigia {

// Where a record is in its life: a draft is the researcher's working copy, a
// finalized record is the shared truth until it is reopened. Deletion is a
// separate flag (Record::deleted), not a status. Spelled out as text only in
// ops (the `_status` field), the store's `records.status` column and the CLI.
enum class RecordStatus
{
    Draft,
    Finalized,
};

// "draft" or "finalized". The enum's order is the text's order, so sorting by
// either gives the same list (SummaryRows sorts in C++ what SQL sorts by text).
[[nodiscard]] QString statusName(RecordStatus status);
// The status a stored value or a person names, or nothing for any other text.
[[nodiscard]] std::optional<RecordStatus> statusFromName(const QString &name);

} // namespace vigia
