#include "ui/sync/WorkCountText.h"

#include <QStringList>

namespace vigia {

QString WorkCountText::items(const OutboxSummary::Counts &counts)
{
    QStringList parts;
    if (counts.records > 0)
        parts << tr("%n record(s)", nullptr, counts.records);
    if (counts.codings > 0)
        parts << tr("%n coding(s)", nullptr, counts.codings);
    if (counts.codes > 0)
        parts << tr("%n codebook change(s)", nullptr, counts.codes);
    switch (parts.size()) {
    case 0:
        return {};
    case 1:
        return parts[0];
    case 2:
        return tr("%1 and %2", "two counts, e.g. 3 records and 5 codings").arg(parts[0], parts[1]);
    default:
        return tr("%1, %2 and %3", "three counts").arg(parts[0], parts[1], parts[2]);
    }
}

QString WorkCountText::itemsOrNothing(const OutboxSummary::Counts &counts)
{
    return counts.isEmpty() ? tr("nothing") : items(counts);
}

QString WorkCountText::statusLine(const OutboxSummary &summary)
{
    if (!summary.notExported.isEmpty())
        return tr("%1 not yet sent", "e.g. 3 records and 5 codings not yet sent")
            .arg(items(summary.notExported));
    if (!summary.onStick.isEmpty())
        return tr("%1 on their way, waiting for the coordinator's receipt",
                  "exported to a stick or bundled for the hub")
            .arg(items(summary.onStick));
    return tr("Nothing waiting to be sent");
}

} // namespace vigia
