#pragma once

#include "cli/CliOutput.h"
#include "store/Record.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigia {

// How records look in vigiactl's text output.
class RecordText
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RecordText)

public:
    // A value as a person reads it: text as is, other types in a plain notation.
    [[nodiscard]] static QString value(const QCborValue &value);
    // The label/value rows of `record show`, values included.
    [[nodiscard]] static CliOutput::Rows details(const Record &record);
    // The aligned table of `record list`, header first, one line per record.
    [[nodiscard]] static QString table(const QList<Record> &records);
    // Cells in columns, two spaces apart, one line per row (header first).
    [[nodiscard]] static QString aligned(const QList<QStringList> &lines);
    // An HLC as local time, "yyyy-MM-dd HH:mm:ss"; empty for 0.
    [[nodiscard]] static QString localTime(quint64 hlc);
};

} // namespace vigia
