#include "cli/ExportCommands.h"

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "export/Exporter.h"
#include "qda/RefiQdaExport.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace vigia {

namespace {
CliOption flag(const char *name, QString description)
{
    return CliOption{QString::fromLatin1(name), QString(), std::move(description)};
}
} // namespace

void ExportCommands::addCommands(QList<CliCommand> &commands)
{
    commands.append(CliCommand::make(
        "export", &ExportCommands::run,
        tr("--format csv|xlsx|spss|refi-qda --out DIR [--form ID] [--deidentify] [--pseudonymize] "
           "[--include-text] [--coarsen-dates] [--bom] [--include-rejected] [--aggregate FIELD]…"),
        tr("Export the finalized records for analysis."),
        tr("Writes the finalized records of every form (or of one) into DIR: one CSV file per "
           "form version and one per repeat with its parent keys, or one XLSX workbook with a "
           "sheet for each, or the CSV files with an SPSS syntax file (.sps) beside each; and "
           "the data dictionary (fields, labels in every language, types, choices). Rejected "
           "records are left out unless asked for. --format refi-qda writes the codebook "
           "(codebook.qdc) and the coded narratives (project.qdpx) for NVivo, ATLAS.ti, MAXQDA "
           "or QualCoder. --deidentify removes the fields marked "
           "sensitive (or replaces them by pseudonyms of this export only with --pseudonymize), "
           "leaves out free text unless --include-text, replaces record ids by pseudonyms and "
           "adds count tables by country with cells below 5 suppressed. Nothing is written "
           "unless the whole export succeeds."),
        {CliOption{QStringLiteral("format"), tr("FORMAT"), tr("csv, xlsx, spss or refi-qda.")},
         CliOption{QStringLiteral("out"), tr("DIR"),
                   tr("The folder to write into; files of the same names are replaced.")},
         CliOption{QStringLiteral("form"), tr("ID"), tr("Only the records of form ID.")},
         flag("deidentify", tr("Remove what may identify a person (see above).")),
         flag("pseudonymize",
              tr("With --deidentify: replace sensitive answers by pseudonyms instead of "
                 "removing them.")),
         flag("include-text", tr("With --deidentify: keep the free-text answers.")),
         flag("coarsen-dates", tr("Keep only the month of every date; record ids become "
                                  "pseudonyms too (an id holds the moment its "
                                  "record was made).")),
         flag("bom", tr("CSV: start each file with a byte order mark (for Excel).")),
         flag("include-rejected", tr("Also export the records a coordinator rejected.")),
         CliOption{QStringLiteral("aggregate"), tr("FIELD"),
                   tr("Count the records by country and this select field, small cells "
                      "suppressed (default with --deidentify: manifestation); repeatable."),
                   true}}));
}

Status ExportCommands::run(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    ExportOptions options;
    const QString format = inv.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("csv"))
        options.format = ExportOptions::Format::Csv;
    else if (format == QLatin1String("xlsx"))
        options.format = ExportOptions::Format::Xlsx;
    else if (format == QLatin1String("spss"))
        options.format = ExportOptions::Format::Spss;
    else if (format == QLatin1String("refi-qda"))
        return runRefiQda(ctx);
    else
        return Error(ErrorCode::Usage,
                     tr("--format must be csv, xlsx, spss or refi-qda, e.g. 'vigiactl export "
                        "--format csv --out exports'."));
    const QString out = inv.value(QStringLiteral("out"));
    if (out.isEmpty())
        return Error(ErrorCode::Usage, tr("Name the folder to write into with --out DIR."));
    const bool deidentify = inv.has(QStringLiteral("deidentify"));
    for (const char *needs : {"pseudonymize", "include-text"})
        if (inv.has(QLatin1String(needs)) && !deidentify)
            return Error(ErrorCode::Usage,
                         tr("--%1 only applies with --deidentify.").arg(QLatin1String(needs)));
    options.formId = inv.value(QStringLiteral("form"));
    options.deidentify = deidentify;
    options.sensitive = inv.has(QStringLiteral("pseudonymize"))
                            ? ExportOptions::Sensitive::Pseudonymize
                            : ExportOptions::Sensitive::Drop;
    options.includeText = inv.has(QStringLiteral("include-text"));
    options.coarsenDates = inv.has(QStringLiteral("coarsen-dates"));
    options.bom = inv.has(QStringLiteral("bom"));
    options.includeRejected = inv.has(QStringLiteral("include-rejected"));
    options.aggregateFields = inv.values(QStringLiteral("aggregate"));

    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Workspace &w = *ws.value();
    Exporter exporter(w.database(), w.forms());
    auto outcome = exporter.run(out, options);
    if (!outcome)
        return outcome.error();
    const Exporter::Outcome &o = outcome.value();
    if (ctx.json()) {
        QJsonArray files;
        for (const QString &f : o.files)
            files.append(QDir(out).filePath(f));
        ctx.out().json(
            QJsonObject{{QStringLiteral("records"), o.records}, {QStringLiteral("files"), files}});
        return {};
    }
    ctx.out().line(tr("Exported %n record(s) into %1:", nullptr, int(o.records))
                       .arg(QDir::toNativeSeparators(out)));
    for (const QString &f : o.files)
        ctx.out().line(QStringLiteral("  ") + f);
    return {};
}

Status ExportCommands::runRefiQda(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    const QString out = inv.value(QStringLiteral("out"));
    if (out.isEmpty())
        return Error(ErrorCode::Usage, tr("Name the folder to write into with --out DIR."));
    // The codebook and every coded narrative: the record-table options mean
    // nothing here, and ignoring one silently would surprise.
    for (const char *other :
         {"form", "pseudonymize", "coarsen-dates", "bom", "include-rejected", "aggregate"}) {
        if (inv.has(QLatin1String(other)))
            return Error(ErrorCode::Usage,
                         tr("--%1 does not apply to --format refi-qda.").arg(QLatin1String(other)));
    }
    RefiQdaExport::Options options;
    options.language = QLocale().name();
    options.deidentify = inv.has(QStringLiteral("deidentify"));
    options.includeText = inv.has(QStringLiteral("include-text"));
    if (options.includeText && !options.deidentify)
        return Error(ErrorCode::Usage, tr("--include-text only applies with --deidentify."));
    if (!QDir().mkpath(out))
        return Error(ErrorCode::Io, tr("Could not create the folder %1. Check the path and its "
                                       "permissions, then export again.")
                                        .arg(QDir::toNativeSeparators(out)));

    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto outcome = RefiQdaExport::run(*ws.value(), out, options);
    if (!outcome)
        return outcome.error();
    const RefiQdaExport::Outcome &o = outcome.value();
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("records"), o.records},
                                   {QStringLiteral("sources"), o.sources},
                                   {QStringLiteral("codings"), o.codings},
                                   {QStringLiteral("files"), QJsonArray::fromStringList(o.files)}});
        return {};
    }
    ctx.out().line(
        tr("Exported %n coding(s) in %1 narrative(s) of %2 record(s) into %3:", nullptr, o.codings)
            .arg(o.sources)
            .arg(o.records)
            .arg(QDir::toNativeSeparators(out)));
    for (const QString &f : o.files)
        ctx.out().line(QStringLiteral("  ") + QFileInfo(f).fileName());
    return {};
}

} // namespace vigia
