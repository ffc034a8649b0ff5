#pragma once

#include "cli/CliCommandCatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace vigia {

// The texts of `vigiactl --help`, `vigiactl GROUP --help` and
// `vigiactl COMMAND --help`, wrapped for an 80-column terminal.
class CliHelp
{
    Q_DECLARE_TR_FUNCTIONS(vigia::CliHelp)

public:
    explicit CliHelp(const CliCommandCatalog &catalog);

    // The most specific help for what was typed: a command, a group of
    // commands ("record"), or the overview.
    [[nodiscard]] QString forTopic(const QStringList &words) const;
    [[nodiscard]] QString overview() const;
    [[nodiscard]] QString group(const QStringList &prefix) const;
    [[nodiscard]] QString command(const CliCommand &command) const;
    [[nodiscard]] static QString version();

private:
    using Rows = QList<QPair<QString, QString>>;
    [[nodiscard]] static QString table(const Rows &rows);
    [[nodiscard]] static QString wrap(const QString &text, qsizetype indent);
    [[nodiscard]] QString commandList(const QList<const CliCommand *> &commands) const;
    [[nodiscard]] static QString exitCodes();

    const CliCommandCatalog &m_catalog;
};

} // namespace vigia
