#pragma once

#include "cli/CliCommand.h"
#include "common/Error.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigia {

// A parsed command line: the global options, the command and its arguments,
// or the first usage problem found.
struct CliInvocation
{
    // Global options.
    QString workspace;
    QString passphraseFile;
    QString project; // --project: empty for the workspace's last used one
    QString language;
    bool json = false;
    bool help = false;
    bool version = false;

    QStringList words;                  // the command words as typed (also a help topic)
    std::optional<CliCommand> command;  // set once the words name a whole command
    QStringList arguments;              // the command's positional arguments
    QMap<QString, QStringList> options; // the command's options, by name, in order

    Error error; // the first usage error; isError() false when the line is fine
    // Set when the words name no command ("nosuch", "record nosuch"), even
    // after an earlier usage error: --help and --version do not excuse it.
    Error unknownCommand;

    [[nodiscard]] bool has(const QString &name) const { return options.contains(name); }
    // The last value given for an option, or fallback.
    [[nodiscard]] QString value(const QString &name, const QString &fallback = {}) const;
    [[nodiscard]] QStringList values(const QString &name) const { return options.value(name); }
};

} // namespace vigia
