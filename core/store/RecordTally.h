#pragma once

#include "common/Result.h"
#include "store/RecordFilter.h"

#include <QCoreApplication>

namespace vigia {

class Database;

// The number of live records per (form, form version, status, country,
// review state), kept by schema 15's triggers on `records` (docs/store.md, "Counting
// records"). A count from it sums a few rows where counting the records
// reads every page of an index, each decrypted in an encrypted store.
class RecordTally
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RecordTally)

public:
    // Whether the tally can answer `filter`: it holds neither dates, words
    // nor deleted records.
    [[nodiscard]] static bool serves(const RecordFilter &filter);
    // The number of records `filter` matches; only for a filter it serves.
    [[nodiscard]] static Result<int> count(Database &db, const RecordFilter &filter);
};

} // namespace vigia
