#include "ui/records/NeedsChangesLabel.h"

#include "store/ReviewStore.h"
#include "store/Workspace.h"

namespace vigia {

NeedsChangesLabel::NeedsChangesLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("needsChanges"));
    hide();
}

void NeedsChangesLabel::refresh(Workspace &ws)
{
    m_count = 0;
    if (ws.role() == Role::Researcher) {
        auto mine =
            ReviewStore(ws.database(), ws.oplog(), ws.role()).countMine(ReviewState::NeedsChanges);
        // A failed count shows nothing rather than a wrong number; the
        // records list reports store errors.
        if (mine)
            m_count = mine.value();
    }
    setText(tr("⚑ %n of your records need(s) changes", nullptr, m_count));
    setToolTip(tr("A coordinator asked for changes: filter the records by review state "
                  "\"Needs changes\", edit them and finalize them again."));
    setVisible(m_count > 0);
}

} // namespace vigia
