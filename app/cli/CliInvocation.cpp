#include "cli/CliInvocation.h"

namespace vigia {

QString CliInvocation::value(const QString &name, const QString &fallback) const
{
    const auto it = options.constFind(name);
    if (it == options.constEnd() || it->isEmpty())
        return fallback;
    return it->constLast();
}

} // namespace vigia
