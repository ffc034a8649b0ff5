#include "cli/ReportCommands.h"

#include "cli/CliContext.h"
#include "monitoring/CountryReport.h"
#include "store/Workspace.h"

#include <QRegularExpression>

namespace vigia {

Status ReportCommands::country(CliContext &ctx)
{
    const CliInvocation &call = ctx.invocation();
    const QString country = call.arguments.first().trimmed().toUpper();
    static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
    if (!code.match(country).hasMatch())
        return Error(ErrorCode::Usage,
                     tr("'%1' is not a country code: give two letters such as GT.").arg(country));
    bool ok = false;
    const int year = call.value(QStringLiteral("period")).toInt(&ok);
    if (!ok || year < 1900 || year > 2999)
        return Error(ErrorCode::Usage,
                     tr("Give the year of the report with --period YEAR, e.g. --period 2026."));
    const QString out = call.value(QStringLiteral("out"));
    if (out.isEmpty())
        return Error(ErrorCode::Usage, tr("Give the PDF file to write with --out FILE.pdf."));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    // In the language --lang installed.
    if (Status s =
            CountryReport::write(*ws.value(), country, year, CountryReport::currentLanguage(), out);
        !s)
        return s;
    ctx.out().line(
        tr("Country report of %1 for %2 written to %3.").arg(country, QString::number(year), out));
    return {};
}

} // namespace vigia
