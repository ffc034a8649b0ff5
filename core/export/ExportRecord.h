#pragma once

#include <QMap>
#include <QString>
#include <QUuid>

namespace vigia {

// A finalized record as an export reads it (RecordPages): the projected
// columns and every stored answer as text, by address ("members[2]/age").
struct ExportRecord
{
    QUuid id;
    QString country;
    QString date;
    QString review; // "received", "approved", …
    QMap<QString, QString> values;
};

} // namespace vigia
