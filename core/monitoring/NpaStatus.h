#pragma once

#include <QCoreApplication>
#include <QString>

namespace vigia {

// One cell of the NPA status matrix (docs/monitoring.md): the answer of the
// NPA assessment to one item, or no data.
enum class NpaStatus
{
    NoData,
    No,
    Partial,
    Yes,
};

class NpaStatusText
{
    Q_DECLARE_TR_FUNCTIONS(vigia::NpaStatusText)

public:
    // "no_data", "no", "partial", "yes": the form's choice names.
    [[nodiscard]] static QString key(NpaStatus status);
    // For people, translated.
    [[nodiscard]] static QString label(NpaStatus status);
    [[nodiscard]] static NpaStatus fromKey(const QString &key);
};

} // namespace vigia
