#pragma once

#include <QString>

namespace vigia {

// The other names XLSForm tools accept for a type, as pyxform's alias table
// and question type dictionary list them ("photo", "gps", "imei", "add text
// prompt", "q int", "get start time", …), each mapped to the name Vigia
// stores. Selects and group boundaries, which carry a list or a name after
// the type, are XlsFormTypeName's.
class XlsFormTypeAliases
{
public:
    struct Alias
    {
        QString type;       // the canonical type name, empty when not an alias
        QString constraint; // what the long form implies ("percentage": 0 to 100)
    };

    // `name` lower-cased with single spaces; an empty type when it is not an alias.
    [[nodiscard]] static Alias find(const QString &name);
    // The select spellings ("select one from", "add select multiple prompt
    // using", "select1", …) mapped to select_one, select_multiple,
    // select_one_from_file, select_multiple_from_file, select_one_external
    // or rank; empty when `words` is none of them.
    [[nodiscard]] static QString selectType(const QString &words);
    // Every select spelling, longest first, for matching the start of a cell.
    [[nodiscard]] static const QStringList &selectSpellings();
};

} // namespace vigia
