#include "cli/CliParser.h"

#include "store/Workspace.h"

namespace vigia {

namespace {
const QString kHelpWord = QStringLiteral("help");
} // namespace

CliParser::CliParser(const CliCommandCatalog &catalog)
    : m_catalog(catalog)
{}

void CliParser::fail(CliInvocation &inv, const QString &message)
{
    if (!inv.error.isError())
        inv.error = Error(ErrorCode::Usage, message);
}

QString CliParser::languageOf(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
    }
    return language;
}

CliInvocation CliParser::parse(const QStringList &arguments) const
{
    CliInvocation inv;
    inv.workspace = Workspace::defaultPath();
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (!optionsEnded && token == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded && token == QLatin1String("-h")) {
            inv.help = true;
        } else if (!optionsEnded && token.startsWith(QLatin1String("--"))) {
            addOption(inv, token, arguments, i);
        } else if (!optionsEnded && token.size() > 1 && token.startsWith(QLatin1Char('-'))) {
            fail(inv,
                 tr("Unknown option '%1'. Run 'vigiactl --help' to see the options.").arg(token));
        } else if (inv.command) {
            inv.arguments.append(token);
        } else {
            addWord(inv, token);
        }
    }
    finish(inv);
    return inv;
}

void CliParser::addWord(CliInvocation &inv, const QString &word) const
{
    // "vigiactl help record new" is "vigiactl record new --help".
    if (inv.words.isEmpty() && word == kHelpWord) {
        inv.help = true;
        return;
    }
    inv.words.append(word);
    // Looked up even after an earlier usage error, so that an unknown command
    // is still noticed when --help comes later on the line.
    if (inv.unknownCommand.isError())
        return;
    if (const CliCommand *c = m_catalog.find(inv.words)) {
        inv.command = *c;
        return;
    }
    if (!m_catalog.startingWith(inv.words).isEmpty())
        return; // a group such as "record": the next word completes it
    if (inv.words.size() == 1) {
        inv.unknownCommand =
            Error(ErrorCode::Usage,
                  tr("Unknown command '%1'. Run 'vigiactl --help' to see the commands.").arg(word));
    } else {
        const QString group = inv.words.mid(0, inv.words.size() - 1).join(QLatin1Char(' '));
        inv.unknownCommand =
            Error(ErrorCode::Usage,
                  tr("Unknown command '%1 %2'. Run 'vigiactl %1 --help' to see what '%1' can do.")
                      .arg(group, word));
    }
    fail(inv, inv.unknownCommand.message());
}

void CliParser::addOption(CliInvocation &inv, const QString &token, const QStringList &arguments,
                          qsizetype &i) const
{
    const qsizetype eq = token.indexOf(QLatin1Char('='));
    const QString name = token.mid(2, eq < 0 ? -1 : eq - 2);
    const bool inlineValue = eq >= 0;

    const CliOption *global = m_catalog.globalOption(name);
    const CliOption *local = inv.command ? inv.command->option(name) : nullptr;
    const CliOption *opt = global ? global : local;
    if (!opt) {
        if (inv.command) {
            fail(inv, tr("The command '%1' has no option '--%2'. Run 'vigiactl %1 --help' to "
                         "see its options.")
                          .arg(inv.command->name(), name));
        } else if (!inv.words.isEmpty() && !m_catalog.startingWith(inv.words).isEmpty()) {
            fail(inv, tr("Unknown option '--%1' before the command is complete. Run 'vigiactl "
                         "%2 --help' to see the commands.")
                          .arg(name, inv.words.join(QLatin1Char(' '))));
        } else {
            fail(inv, tr("Unknown option '--%1'. Run 'vigiactl --help' to see the options; a "
                         "command's own options come after the command.")
                          .arg(name));
        }
        return;
    }

    QString value;
    if (opt->takesValue()) {
        if (inlineValue) {
            value = token.mid(eq + 1);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            fail(inv, tr("The option '--%1' needs a value: --%1 %2.").arg(name, opt->valueName));
            return;
        }
    } else if (inlineValue) {
        fail(inv, tr("The option '--%1' takes no value; write just --%1.").arg(name));
        return;
    }

    if (global) {
        if (name == QLatin1String("workspace"))
            inv.workspace = value;
        else if (name == QLatin1String("passphrase-file"))
            inv.passphraseFile = value;
        else if (name == QLatin1String("project"))
            inv.project = value;
        else if (name == QLatin1String("lang"))
            inv.language = value;
        else if (name == QLatin1String("json"))
            inv.json = true;
        else if (name == QLatin1String("help"))
            inv.help = true;
        else if (name == QLatin1String("version"))
            inv.version = true;
        if (opt->takesValue() && value.isEmpty())
            fail(inv, tr("The option '--%1' needs a value that is not empty.").arg(name));
        return;
    }

    if (inv.options.contains(name) && !opt->repeatable) {
        fail(inv, tr("The option '--%1' was given twice; give it once.").arg(name));
        return;
    }
    inv.options[name].append(value);
}

void CliParser::finish(CliInvocation &inv) const
{
    if (inv.error.isError() || inv.help || inv.version)
        return;
    if (!inv.command) {
        if (inv.words.isEmpty()) {
            fail(inv, tr("No command given. Run 'vigiactl --help' to see the commands."));
        } else {
            QStringList next;
            for (const CliCommand *c : m_catalog.startingWith(inv.words))
                next.append(c->words.at(inv.words.size()));
            fail(inv, tr("'%1' needs one more word: %2. Run 'vigiactl %1 --help' for details.")
                          .arg(inv.words.join(QLatin1Char(' ')), next.join(QStringLiteral(", "))));
        }
        return;
    }
    const CliCommand &c = *inv.command;
    const auto count = inv.arguments.size();
    if (count < c.minArguments) {
        fail(inv, tr("'%1' needs more arguments: vigiactl %1 %2. Run 'vigiactl %1 --help' for "
                     "details.")
                      .arg(c.name(), c.usage));
    } else if (c.maxArguments >= 0 && count > c.maxArguments) {
        fail(inv, tr("'%1' does not take the argument '%2'. Run 'vigiactl %1 --help' for its "
                     "usage.")
                      .arg(c.name(), inv.arguments.at(c.maxArguments)));
    }
}

} // namespace vigia
