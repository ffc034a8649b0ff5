#pragma once

#include "cli/CliCommandCatalog.h"
#include "cli/CliInvocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace vigia {

// Turns vigiactl's arguments into a CliInvocation. Global options may come
// before or after the command; command options come after it; "--" ends the
// options; "--name=value" and "--name value" are both accepted. Parsing goes
// on after a usage error, so that "--help" anywhere still shows help.
class CliParser
{
    Q_DECLARE_TR_FUNCTIONS(vigia::CliParser)

public:
    explicit CliParser(const CliCommandCatalog &catalog);

    // arguments[0] is the program, as in QCoreApplication::arguments().
    [[nodiscard]] CliInvocation parse(const QStringList &arguments) const;

    // The value of --lang, found before anything else is parsed so that even
    // usage errors come out in the requested language.
    [[nodiscard]] static QString languageOf(const QStringList &arguments);

private:
    void addWord(CliInvocation &inv, const QString &word) const;
    void addOption(CliInvocation &inv, const QString &token, const QStringList &arguments,
                   qsizetype &i) const;
    void finish(CliInvocation &inv) const;
    static void fail(CliInvocation &inv, const QString &message);

    const CliCommandCatalog &m_catalog;
};

} // namespace vigia
