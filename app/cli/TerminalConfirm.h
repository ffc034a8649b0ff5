#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vigia {

// A yes/no question for a person at a terminal, for steps that must not
// happen by accident or from a script that did not check first.
class TerminalConfirm
{
    Q_DECLARE_TR_FUNCTIONS(vigia::TerminalConfirm)

public:
    // Prints the question on stderr and reads one line from stdin. Empty
    // when stdin is not a terminal (nobody to ask); true only for "yes" in
    // the interface's language or in English.
    [[nodiscard]] static std::optional<bool> ask(const QString &question);
};

} // namespace vigia
