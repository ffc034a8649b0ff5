#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace vigia {

class Database;
class FormDefinition;

// Keeps `sensitive_fields`: per imported form version, the fields whose
// answers stay out of the records list and the search index
// (SensitiveFields; the op log's IndexableFields reads the table while it
// indexes, on every device, docs/store.md).
class SensitiveFieldStore
{
    Q_DECLARE_TR_FUNCTIONS(vigia::SensitiveFieldStore)

public:
    // Notes what `form` marks sensitive and re-indexes the records of that
    // version that arrived before it. Inside the caller's transaction
    // (FormStore::importDefinition).
    [[nodiscard]] static Status add(Database &db, const FormDefinition &form);
    // Schema 8: the table filled from every imported form, their records
    // re-indexed, and the index merged so that no entry removed from it
    // lingers in its pages. The caller holds the transaction.
    [[nodiscard]] static Status rebuild(Database &db);
};

} // namespace vigia
