#include "cli/CliCommand.h"

#include <utility>

namespace vigia {

CliCommand CliCommand::make(const char *name, Handler handler, QString usage, QString summary,
                            QString description, QList<CliOption> options, int minArguments,
                            int maxArguments)
{
    CliCommand c;
    c.words = QString::fromLatin1(name).split(QLatin1Char(' '));
    c.handler = handler;
    c.usage = std::move(usage);
    c.summary = std::move(summary);
    c.description = std::move(description);
    c.options = std::move(options);
    c.minArguments = minArguments;
    c.maxArguments = maxArguments;
    return c;
}

} // namespace vigia
