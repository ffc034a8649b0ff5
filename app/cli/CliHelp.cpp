#include "cli/CliHelp.h"

#include <QRegularExpression>

namespace vigia {

namespace {
constexpr qsizetype kWidth = 80;
constexpr qsizetype kIndent = 2;
} // namespace

CliHelp::CliHelp(const CliCommandCatalog &catalog)
    : m_catalog(catalog)
{}

QString CliHelp::version()
{
    return QStringLiteral("vigiactl %1").arg(QStringLiteral(VIGIA_VERSION));
}

QString CliHelp::wrap(const QString &text, qsizetype indent)
{
    const QStringList words =
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QString out;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > kWidth) {
            out += line + QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    return out + line;
}

QString CliHelp::table(const Rows &rows)
{
    qsizetype width = 0;
    for (const auto &[left, right] : rows)
        width = qMax(width, left.size());
    width = qMin<qsizetype>(width, 28);
    QString out;
    const QString pad(kIndent, QLatin1Char(' '));
    for (const auto &[left, right] : rows) {
        const qsizetype column = kIndent + width + 2;
        if (left.size() > width) {
            out += pad + left + QLatin1Char('\n') + QString(column, QLatin1Char(' '));
        } else {
            out += pad + left.leftJustified(width + 2);
        }
        out += wrap(right, column) + QLatin1Char('\n');
    }
    return out;
}

QString CliHelp::exitCodes()
{
    return tr("Exit codes:") + QLatin1Char('\n') +
           table({{QStringLiteral("0"), tr("success")},
                  {QStringLiteral("1"), tr("failure, including a damaged change log")},
                  {QStringLiteral("2"),
                   tr("usage error: unknown command or option, malformed argument")},
                  {QStringLiteral("3"),
                   tr("validation error: the data breaks a rule, e.g. a value its form "
                      "refuses (one \"field: message\" line per field), changing a finalized "
                      "record or deleting a deleted one")},
                  {QStringLiteral("4"), tr("not found: no such record, workspace or form")},
                  {QStringLiteral("5"),
                   tr("wrong passphrase, locked workspace, or no passphrase given")}});
}

QString CliHelp::commandList(const QList<const CliCommand *> &commands) const
{
    Rows rows;
    for (const CliCommand *c : commands)
        rows.append({c->name(), c->summary});
    return table(rows);
}

QString CliHelp::overview() const
{
    Rows options;
    for (const CliOption &o : m_catalog.globalOptions()) {
        const QString left =
            o.name == QLatin1String("help") ? QStringLiteral("-h, --help") : o.synopsis();
        options.append({left, o.description});
    }
    QString out;
    out += tr("Usage: vigiactl [GLOBAL OPTIONS] COMMAND [ARGUMENTS…]") + QStringLiteral("\n\n");
    out += wrap(tr("vigiactl is the command-line twin of the Vigia app: every data operation "
                   "of the app, for scripts and terminals, with --json output."),
                0) +
           QStringLiteral("\n\n");
    out += tr("Commands:") + QLatin1Char('\n') + commandList(m_catalog.startingWith({})) +
           QLatin1Char('\n');
    out += tr("Global options (before or after the command):") + QLatin1Char('\n') +
           table(options) + QLatin1Char('\n');
    out += wrap(tr("The passphrase is read from --passphrase-file, else from the environment "
                   "variable VIGIA_PASSPHRASE, else asked for when vigiactl runs in a terminal. "
                   "It is never printed."),
                0) +
           QStringLiteral("\n\n");
    out += exitCodes() + QLatin1Char('\n');
    out += tr("Run 'vigiactl COMMAND --help' for the options of a command.") + QLatin1Char('\n');
    return out;
}

QString CliHelp::group(const QStringList &prefix) const
{
    const QString name = prefix.join(QLatin1Char(' '));
    QString out;
    out += tr("Usage: vigiactl %1 COMMAND [ARGUMENTS…]").arg(name) + QStringLiteral("\n\n");
    out += tr("Commands:") + QLatin1Char('\n') + commandList(m_catalog.startingWith(prefix)) +
           QLatin1Char('\n');
    out += tr("Run 'vigiactl %1 COMMAND --help' for the options of a command, and 'vigiactl "
              "--help' for the global options.")
               .arg(name) +
           QLatin1Char('\n');
    return out;
}

QString CliHelp::command(const CliCommand &c) const
{
    QString out;
    QString usage = QStringLiteral("vigiactl ") + c.name();
    if (!c.usage.isEmpty())
        usage += QLatin1Char(' ') + c.usage;
    out += tr("Usage: %1").arg(usage) + QStringLiteral("\n\n");
    out += wrap(c.description, 0) + QStringLiteral("\n\n");
    if (!c.options.isEmpty()) {
        Rows rows;
        for (const CliOption &o : c.options)
            rows.append({o.synopsis(), o.description});
        out += tr("Options:") + QLatin1Char('\n') + table(rows) + QLatin1Char('\n');
    }
    out += wrap(tr("Global options such as --workspace DIR, --passphrase-file FILE and --json "
                   "work here too; see 'vigiactl --help'."),
                0) +
           QStringLiteral("\n\n");
    out += exitCodes();
    return out;
}

QString CliHelp::forTopic(const QStringList &words) const
{
    for (qsizetype n = words.size(); n > 0; --n) {
        const QStringList prefix = words.mid(0, n);
        if (const CliCommand *c = m_catalog.find(prefix))
            return command(*c);
        if (!m_catalog.startingWith(prefix).isEmpty())
            return group(prefix);
    }
    return overview();
}

} // namespace vigia
