#pragma once

#include <QString>

namespace vigia {

// One `--name [VALUE]` option of a command (or a global one).
struct CliOption
{
    QString name;        // without the leading "--"
    QString valueName;   // empty for a flag
    QString description; // translated
    bool repeatable = false;

    [[nodiscard]] bool takesValue() const { return !valueName.isEmpty(); }
    // "--set FIELD=VALUE", "--json".
    [[nodiscard]] QString synopsis() const
    {
        return takesValue() ? QStringLiteral("--") + name + QLatin1Char(' ') + valueName
                            : QStringLiteral("--") + name;
    }
};

} // namespace vigia
