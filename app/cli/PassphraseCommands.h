#pragma once

#include "cli/CliCommand.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class CliContext;
class SecretBytes;

// vigiactl passphrase change.
class PassphraseCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::PassphraseCommands)

public:
    // Adds the rows of the passphrase group to the command table.
    static void addCommands(QList<CliCommand> &commands);

    [[nodiscard]] static Status change(CliContext &ctx);

    // The app's rule for a new passphrase (PassphraseStrength: fair or
    // strong), shared by init and passphrase change. A passphrase under the
    // minimum length is not judged here: Workspace refuses it with its own
    // message.
    [[nodiscard]] static bool tooEasyToGuess(const SecretBytes &passphrase);
};

} // namespace vigia
