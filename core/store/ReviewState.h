#pragma once

#include <QString>

#include <optional>

namespace vigia {

// A coordinator's judgement of a finalized record (synced entity "review",
// field "state"; /work/notes contract). A finalized record nobody reviewed
// reads as Received. Spelled out as text only in ops, the store and the CLI.
enum class ReviewState
{
    Received,
    Approved,
    NeedsChanges,
    Rejected,
};

// "received", "approved", "needs_changes" or "rejected": the op's value.
[[nodiscard]] QString reviewStateName(ReviewState state);
// The state a stored value or a person names ("needs-changes" is accepted
// too, as the command line spells it), or nothing for any other text.
[[nodiscard]] std::optional<ReviewState> reviewStateFromName(const QString &name);

} // namespace vigia
