#pragma once

#include <QCoreApplication>
#include <QString>

class QCborValue;

namespace vigia {

// A value an op wrote, as one line of text for the views that show ops: the
// conflicts view and a record's history. An undefined value is one that was
// redacted: nobody has the old value any more, so the text says only that it
// went.
class OpValueText
{
    Q_DECLARE_TR_FUNCTIONS(vigia::OpValueText)

public:
    [[nodiscard]] static QString of(const QCborValue &value);
};

} // namespace vigia
