#pragma once

#include <QList>
#include <QString>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace vigia {

// A finalized record as an export reads it (RecordPages): the projected
// columns and every stored answer as text, by address ("members[2]/age").
struct ExportRecord
{
    // Sorted by address. A flat list, not a map: an export reads millions of
    // answers, and one allocation per map node was a third of its time.
    using Answers = QList<std::pair<QString, QString>>;

    QUuid id;
    QString country;
    QString date;
    QString review; // "received", "approved", …
    Answers values;

    // The answer at `address`, empty when there is none.
    [[nodiscard]] QString value(const QString &address) const
    {
        const auto it = std::lower_bound(
            values.cbegin(), values.cend(), address,
            [](const std::pair<QString, QString> &a, const QString &key) { return a.first < key; });
        return it != values.cend() && it->first == address ? it->second : QString();
    }
};

} // namespace vigia
