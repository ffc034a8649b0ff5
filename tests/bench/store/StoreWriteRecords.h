#pragma once

#include "store/RecordStore.h"

#include <QChar>
#include <QString>

namespace vigia::bench {

// The records of the store_write workload, shared by store_write and
// store_encrypted_write so both write exactly the same values.
class StoreWriteRecords
{
public:
    static constexpr int kFields = 10;

    [[nodiscard]] static RecordStore::Values valuesFor(int i)
    {
        RecordStore::Values v;
        v.append({QStringLiteral("country"), QStringLiteral("BR")});
        v.append({QStringLiteral("date"),
                  QStringLiteral("2026-05-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'))});
        for (int f = 2; f < kFields; ++f)
            v.append(
                {QStringLiteral("field%1").arg(f),
                 QStringLiteral("observación %1 en el paso fronterizo número %2").arg(f).arg(i)});
        return v;
    }
};

} // namespace vigia::bench
