#pragma once

#include "cli/CliOption.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vigia {

class CliContext;

// One row of vigiactl's command table: what the command accepts, the texts
// its help shows, and the function that runs it. Its words ("record new")
// are its stable identity; adding a command is one row and one function.
struct CliCommand
{
    // Runs the command; an error with an empty message means the command has
    // reported the problems itself.
    using Handler = Status (*)(CliContext &ctx);

    QStringList words; // {"record", "new"}
    Handler handler = nullptr;
    QString usage;       // what follows the words: "--form ID [--set FIELD=VALUE]…"
    QString summary;     // one line, translated
    QString description; // a paragraph, translated
    QList<CliOption> options;
    int minArguments = 0;
    int maxArguments = 0; // -1: any number
    bool needsWorkspace = true;

    // A row of the table. name is the command's words separated by single
    // spaces, untranslated: "record new".
    [[nodiscard]] static CliCommand make(const char *name, Handler handler, QString usage,
                                         QString summary, QString description,
                                         QList<CliOption> options = {}, int minArguments = 0,
                                         int maxArguments = 0);

    [[nodiscard]] QString name() const { return words.join(QLatin1Char(' ')); }
    [[nodiscard]] const CliOption *option(const QString &optionName) const
    {
        for (const CliOption &o : options) {
            if (o.name == optionName)
                return &o;
        }
        return nullptr;
    }
};

} // namespace vigia
