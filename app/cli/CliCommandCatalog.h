#pragma once

#include "cli/CliCommand.h"
#include "cli/CliOption.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace vigia {

// vigiactl's command table: every command (its words, options, help texts
// and handler; see CliCommand) and the global options. A command group adds
// its rows with an addCommands() of its own. Build it after the interface
// language is installed: the texts are translated then.
class CliCommandCatalog
{
    Q_DECLARE_TR_FUNCTIONS(vigia::CliCommandCatalog)

public:
    CliCommandCatalog();

    [[nodiscard]] const QList<CliCommand> &commands() const { return m_commands; }
    [[nodiscard]] const QList<CliOption> &globalOptions() const { return m_globalOptions; }

    // The command named exactly by words, or nullptr.
    [[nodiscard]] const CliCommand *find(const QStringList &words) const;
    // The commands whose words start with prefix (all of them for an empty prefix).
    [[nodiscard]] QList<const CliCommand *> startingWith(const QStringList &prefix) const;
    [[nodiscard]] const CliOption *globalOption(const QString &name) const;

private:
    QList<CliCommand> m_commands;
    QList<CliOption> m_globalOptions;
};

} // namespace vigia
