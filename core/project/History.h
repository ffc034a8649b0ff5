#pragma once

#include "common/Result.h"
#include "project/RecordHistory.h"

#include <QCoreApplication>
#include <QUuid>

namespace vigia {

class Workspace;

// The provenance of a record's values: who wrote each, when, through which
// bundle (InboxLog's op links), whether it took part in a conflict or
// resolved one, and whether each writer's chain is intact and its clock sane.
class History
{
    Q_DECLARE_TR_FUNCTIONS(vigia::History)

public:
    explicit History(Workspace &ws);

    // `field` empty: every field of the record. NotFound when no op touched it.
    [[nodiscard]] Result<RecordHistory> of(const QUuid &record, const QString &field = {});

private:
    // Marks conflicting ops and the ops that resolved them, per field.
    static void annotate(QList<RecordHistory::Change> &changes, const QList<QByteArray> &keys);

    Workspace &m_ws;
};

} // namespace vigia
