#pragma once

#include <QLatin1String>

namespace vigia::ReservedField {

// Field names that Vigia writes itself on synced entities, never answers of a
// form: a form field may not be named like them (RecordStore::isValidFieldName
// refuses a leading underscore). The projections turn them into columns
// (Projector), so their spelling is part of the op format (docs/store.md).
inline constexpr QLatin1String kForm("_form");
inline constexpr QLatin1String kFormVersion("_form_version");
inline constexpr QLatin1String kStatus("_status");
inline constexpr QLatin1String kDeleted("_deleted");
// A redaction of another field of the row (Redactions): never projected.
inline constexpr QLatin1String kRedact("_redact");

} // namespace vigia::ReservedField
