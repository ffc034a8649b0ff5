#pragma once

#include "crypto/KeyedHash.h"
#include "export/ExportColumn.h"
#include "export/ExportOptions.h"

#include <QString>

namespace vigia {

class FormRow;

// Decides, for a de-identified export, what happens to each field, and makes
// the pseudonyms (docs/exports.md). One object per export: its key is drawn
// when it is made and never written, so a pseudonym is stable within the
// export and cannot be linked to the same value in another one.
class Deidentifier
{
public:
    explicit Deidentifier(const ExportOptions &options);
    // For tests that need known pseudonyms.
    Deidentifier(const ExportOptions &options, QByteArrayView key);

    // What the export does with `row`'s answers; `sensitive` is whether the
    // form marks it (or a group around it) so.
    [[nodiscard]] FieldTreatment treatment(const FormRow &row, bool sensitive) const;
    // Whether record ids are replaced by pseudonyms: in a de-identified
    // export they would link it back to the workspace, and a record id
    // carries the time the record was made to the millisecond
    // (TimeOrderedUuid), which an export that keeps only the month of dates
    // must not keep either.
    [[nodiscard]] bool pseudonymizesIds() const
    {
        return m_options.deidentify || m_options.coarsenDates;
    }
    // "p-" and 24 hex digits (96 bits of keyed BLAKE2b).
    [[nodiscard]] QString pseudonym(const QString &value) const;

private:
    ExportOptions m_options;
    KeyedHash m_hash;
};

} // namespace vigia
