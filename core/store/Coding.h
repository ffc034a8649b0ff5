#pragma once

#include <QString>
#include <QUuid>

namespace vigia {

// A code applied to a range of a record's text field. Offsets count UTF-16
// code units of the field's text, as QString and QTextCursor do. The quote is
// kept so the coding can find its text again after the narrative changes; a
// coding whose quote could not be found is detached: start and end are -1,
// the quote and memo stay.
struct Coding
{
    QUuid id;
    QUuid recordId;
    QString field;
    QUuid codeId;
    int start = -1;
    int end = -1;
    QString quote;
    QString memo;

    [[nodiscard]] bool isDetached() const { return start < 0 || end < start; }
};

} // namespace vigia
