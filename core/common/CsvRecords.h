#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vigia {

// RFC 4180 records: fields in double quotes may hold commas, quotes ("") and
// line breaks; lines end in LF or CRLF; blank lines are skipped. Shared by
// every CSV Vigia reads (choice files, target imports).
class CsvRecords
{
public:
    [[nodiscard]] static QList<QStringList> parse(const QString &text);
};

} // namespace vigia
