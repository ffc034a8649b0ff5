#pragma once

#include "export/ExportColumn.h"

#include <QList>
#include <QString>

namespace vigia {

// One table of an export: the records of one form version, or the
// instances of one repeat of it (keyed by the parent record's id, the
// enclosing instance and the instance's number).
struct ExportTable
{
    QString name; // file and sheet base name: "<form>_<version>[__<repeat>]"
    QString formId;
    QString formVersion;
    QString repeat; // the repeat's row name; empty for the records table
    QList<ExportColumn> columns;

    [[nodiscard]] bool isRepeat() const { return !repeat.isEmpty(); }
};

} // namespace vigia
