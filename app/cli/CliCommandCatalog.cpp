#include "cli/CliCommandCatalog.h"

#include "cli/BackupCommands.h"
#include "cli/BundleCommands.h"
#include "cli/CommentCommands.h"
#include "cli/ConflictCommands.h"
#include "cli/ExportCommands.h"
#include "cli/FormCommands.h"
#include "cli/HistoryCommands.h"
#include "cli/IdentityCommands.h"
#include "cli/InboxCommands.h"
#include "cli/OplogCommands.h"
#include "cli/PassphraseCommands.h"
#include "cli/ProjectCommands.h"
#include "cli/RecordCommands.h"
#include "cli/ReportCommands.h"
#include "cli/ReviewCommands.h"
#include "cli/StoreCommands.h"
#include "cli/SyncCommands.h"
#include "cli/TargetCommands.h"
#include "cli/WorkspaceProjectCommands.h"

#include "store/Workspace.h"

namespace vigia {

namespace {
CliOption option(const char *name, QString valueName, QString description, bool repeatable = false)
{
    return CliOption{QLatin1String(name), std::move(valueName), std::move(description), repeatable};
}
} // namespace

CliCommandCatalog::CliCommandCatalog()
{
    const QString id = tr("ID");
    const QString assignment = tr("FIELD=VALUE");

    m_globalOptions = {
        option("workspace", tr("DIR"),
               tr("The workspace folder (default: %1).").arg(Workspace::defaultPath())),
        option("passphrase-file", tr("FILE"),
               tr("Read the passphrase from the first line of FILE.")),
        option("json", {}, tr("Print JSON instead of text, for scripts.")),
        option("lang", tr("LANG"),
               tr("Interface language: en, es or pt_BR (default: the system's language).")),
        option("help", {}, tr("Show help; after a command, that command's help.")),
        option("version", {}, tr("Show the version of vigiactl.")),
        option("project", tr("PROJECT"),
               tr("The project to work in, by id, the start of its id or its name, when the "
                  "workspace joined several (default: the one used last).")),
    };

    CliCommand init = CliCommand::make(
        "init", &IdentityCommands::init, tr("--name NAME [--role researcher|coordinator]"),
        tr("Create a workspace: a new device identity protected by a passphrase."),
        tr("Creates the workspace folder with a new device identity (signing and encryption "
           "keys) locked by the passphrase, and prints the device id and its fingerprint. "
           "Refuses to touch a folder that already holds a workspace."),
        {option("name", tr("NAME"), tr("A name for this device, e.g. \"Ana - laptop\".")),
         option("role", tr("ROLE"), tr("researcher (the default) or coordinator."))});
    m_commands.append(init);

    m_commands.append(CliCommand::make(
        "identity show", &IdentityCommands::show, QString(),
        tr("Show this device's id, name, role and fingerprint."),
        tr("Prints the device id, name, role, key fingerprint and workspace folder. Compare the "
           "fingerprint aloud when a coordinator approves this device.")));

    m_commands.append(CliCommand::make(
        "record new", &RecordCommands::create,
        tr("--form ID [--form-version V] [--set FIELD=VALUE]… [--finalize]"),
        tr("Create a record and print its id."),
        tr("Creates a draft record of the given form, with the values given by --set, and "
           "prints its id. FIELD=VALUE splits at the first '='. The values are checked against "
           "the form: unknown fields, answers of the wrong type and broken constraints are "
           "reported one line per field (\"field: message\") with exit code 3; required "
           "fields only when the record is finalized."),
        {option("form", id, tr("The form the record belongs to.")),
         option("form-version", tr("V"), tr("The version of the form (default: the latest).")),
         option("set", assignment, tr("Set a field; repeat for more fields."), true),
         option("finalize", {}, tr("Finalize the record right away."))}));

    m_commands.append(CliCommand::make(
        "record set", &RecordCommands::set,
        id + QLatin1Char(' ') + assignment + QStringLiteral("…"),
        tr("Change fields of a draft record."),
        tr("Sets one or more fields of a draft record in one change, checked against the "
           "record's form version as in 'record new'; FIELD= clears a field. A finalized record "
           "must be reopened first; a deleted one restored."),
        {}, 2, -1));

    m_commands.append(CliCommand::make(
        "record finalize", &RecordCommands::finalize, id, tr("Finalize a draft record."),
        tr("Checks every field of a draft record against its form, "
           "required fields included, and reports each failing field "
           "with exit code 3; otherwise drops the answers to questions "
           "that do not apply, stores the calculated values and marks "
           "the record finalized: it can no longer be changed until it "
           "is reopened."),
        {}, 1, 1));
    m_commands.append(CliCommand::make(
        "record reopen", &RecordCommands::reopen, id,
        tr("Turn a finalized record back into a draft."),
        tr("Reopens a finalized record so that it can be changed again."), {}, 1, 1));
    m_commands.append(CliCommand::make(
        "record delete", &RecordCommands::remove, id, tr("Delete a record (it can be restored)."),
        tr("Deletes a record. Nothing is erased: the record disappears "
           "from lists and can be brought back with 'record restore'."),
        {}, 1, 1));
    m_commands.append(CliCommand::make(
        "record redact", &RecordCommands::redact, id + QLatin1Char(' ') + tr("FIELD"),
        tr("Remove an answer everywhere, with every earlier version of it."),
        tr("Removes the answer FIELD of a record from every change that ever held it: on this "
           "device at once, on every other device when the removal reaches it with the next "
           "bundle or sync. For a child's name typed by mistake. Only the record's author or a "
           "coordinator may do it. With --replace, VALUE becomes the new answer (checked "
           "against the form as in 'record set'); quotes of codings on the field that VALUE "
           "no longer contains are removed too. This cannot be undone."),
        {option("replace", tr("VALUE"), tr("The new answer, without what is removed."))}, 2, 2));
    m_commands.append(CliCommand::make(
        "record restore", &RecordCommands::restore, id, tr("Restore a deleted record."),
        tr("Brings a deleted record back, as it was when it was deleted."), {}, 1, 1));
    m_commands.append(CliCommand::make(
        "record show", &RecordCommands::show, id, tr("Show a record with all its fields."),
        tr("Prints a record: form, status, country, date, every field "
           "and the fields in conflict after a merge."),
        {}, 1, 1));

    m_commands.append(CliCommand::make(
        "record list", &RecordCommands::list, tr("[FILTERS]"),
        tr("List records, newest change first."),
        tr("Lists the records that match every filter given, most recently changed first: "
           "a table in text mode, an array with --json. Deleted records are left out unless "
           "--include-deleted is given."),
        {option("form", id, tr("Only records of this form.")),
         option("status", tr("STATUS"), tr("Only draft or only finalized records.")),
         option("country", tr("CC"), tr("Only records whose country field is CC, e.g. BR.")),
         option("from", tr("DATE"),
                tr("Only records whose date is on or after DATE (YYYY-MM-DD).")),
         option("to", tr("DATE"), tr("Only records whose date is on or before DATE (YYYY-MM-DD).")),
         option("search", tr("TEXT"),
                tr("Only records with a value containing every word of TEXT (word prefixes "
                   "match; accents are ignored).")),
         option("include-deleted", {}, tr("Show deleted records too.")),
         option("limit", tr("N"), tr("Show at most N records (default: 100; 0: all).")),
         option("offset", tr("N"), tr("Skip the first N records."))}));

    const QString file = tr("FILE");
    const CliOption attach = option(
        "attach", tr("DIR"),
        tr("The folder with the .csv or .xml files that select_one_from_file rows name; their "
           "choices are stored with the form."));
    m_commands.append(CliCommand::make(
        "forms list", &FormCommands::list, QString(),
        tr("List the forms imported into this workspace."),
        tr("Lists every imported form version with its id, version, whether it is published to "
           "the project, and title: a table in text mode, an array with --json.")));
    m_commands.append(CliCommand::make(
        "forms show", &FormCommands::show, tr("ID [--form-version V]"),
        tr("Show a form: its settings and fields."),
        tr("Prints a summary of a form (title, languages, versions stored and every field with "
           "its type and label), or with --json the canonical form definition. Without "
           "--form-version, the latest version is shown."),
        {option("form-version", tr("V"), tr("The version to show (default: the latest)."))}, 1, 1));
    m_commands.append(CliCommand::make(
        "forms import", &FormCommands::import, file,
        tr("Import a form from a .json definition or an .xlsx XLSForm workbook."),
        tr("Checks the form and stores it in the workspace, then prints \"added\", or "
           "\"unchanged\" when that version is already there with the same definition. A "
           "different definition under an existing version is refused: give it a new version. "
           "Warnings about rows that cannot be collected go to stderr."),
        {attach}, 1, 1));
    m_commands.append(CliCommand::make(
        "forms publish", &FormCommands::publish, tr("ID [--form-version V]"),
        tr("Publish a form version to every member of the project (coordinators)."),
        tr("Sends a stored form version to every member of the project with this device's "
           "next bundles or sync: it appears in their form list, and their new records use it "
           "when it is the latest version. Records already started keep their version. Prints "
           "\"published\", or \"unchanged\" when this definition was already published. Only "
           "a coordinator publishes. Without --form-version, the latest version is published."),
        {option("form-version", tr("V"), tr("The version to publish (default: the latest)."))}, 1,
        1));
    CliCommand validate = CliCommand::make(
        "forms validate", &FormCommands::validate, file,
        tr("Check a form file and report every problem; imports nothing."),
        tr("Reads a .json definition or an .xlsx XLSForm workbook and prints every problem "
           "found, one per line, then exits with 3; prints that the form is valid and exits "
           "with 0 otherwise. Needs no workspace."),
        {attach}, 1, 1);
    validate.needsWorkspace = false;
    m_commands.append(validate);

    m_commands.append(CliCommand::make(
        "targets list", &TargetCommands::list, tr("[--country CC]"),
        tr("List the targets with their progress."),
        tr("Lists every target with its latest reported value, the milestone path at that "
           "period and its status (on track, at risk, off track, no data; docs/monitoring.md): "
           "a table in text mode, an array with --json. Finalized indicator reports count "
           "unless a coordinator rejected them or sent them back."),
        {option("country", tr("CC"), tr("Only the targets of country CC, e.g. BR."))}));
    m_commands.append(CliCommand::make(
        "targets set", &TargetCommands::set,
        tr("--country CC --indicator ID --baseline VALUE --baseline-year YEAR --target VALUE "
           "--target-date DATE [--breakdown DIM=CAT] [--unit UNIT] [--milestone DATE=VALUE]…"),
        tr("Set a target and its milestones (coordinators only)."),
        tr("Sets the target of one indicator in one country, for the total or for one "
           "breakdown, and prints its id. Setting the same country, indicator and breakdown "
           "again replaces it. The unit is the indicator's (count or months) unless the "
           "indicator is a budget, whose unit is its ISO 4217 currency code."),
        {option("country", tr("CC"), tr("The country, e.g. GT.")),
         option("indicator", id, tr("The indicator, e.g. victims_identified.")),
         option("breakdown", tr("DIM=CAT"),
                tr("One category of a breakdown, e.g. sex=girls (default: the total).")),
         option("unit", tr("UNIT"), tr("count, months, or a currency code such as USD.")),
         option("baseline", tr("VALUE"), tr("The baseline value.")),
         option("baseline-year", tr("YEAR"), tr("The year the baseline was measured.")),
         option("target", tr("VALUE"), tr("The value to reach.")),
         option("target-date", tr("DATE"), tr("When to reach it (YYYY-MM-DD).")),
         option("milestone", tr("DATE=VALUE"), tr("A milestone on the way; repeat for more."),
                true)}));
    m_commands.append(CliCommand::make(
        "targets delete", &TargetCommands::remove, id, tr("Delete a target (coordinators only)."),
        tr("Deletes the target with this id; setting it again brings it back."), {}, 1, 1));
    m_commands.append(CliCommand::make(
        "targets import", &TargetCommands::import, file,
        tr("Set targets from a CSV file (coordinators only)."),
        tr("Reads a UTF-8 CSV file with a header row (country, indicator, breakdown, unit, "
           "baseline, baseline_year, target, target_date, milestones as DATE=VALUE;DATE=VALUE) "
           "and sets every target in one change. A bad row is reported with its line number and "
           "nothing is imported."),
        {}, 1, 1));

    m_commands.append(CliCommand::make(
        "report country", &ReportCommands::country, tr("CC --period YEAR --out FILE.pdf"),
        tr("Write the country report as a PDF."),
        tr("Writes the report of country CC as it stood at the end of YEAR: its targets and "
           "their status, a progress chart per target, the NPA status matrix, the qualitative "
           "findings counted by manifestation and code (counts below 5 shown as <5) and a "
           "methods note. Headings follow --lang."),
        {option("period", tr("YEAR"), tr("The year the report covers, e.g. 2026.")),
         option("out", file, tr("The PDF file to write."))},
        1, 1));

    m_commands.append(CliCommand::make(
        "review set", &ReviewCommands::set,
        tr("ID --state received|approved|needs-changes|rejected [--comment TEXT]"),
        tr("Set the review state of a finalized record (coordinators)."),
        tr("Sets the review state of the finalized record with this id, as 'record list' "
           "prints it, and with --comment adds a comment on the whole record in the same "
           "change. The state and the comment reach the record's author with the next "
           "bundle. A researcher may only set received, on its own record."),
        {option("state", tr("STATE"), tr("received, approved, needs-changes or rejected.")),
         option("comment", tr("TEXT"), tr("Why: a comment on the whole record."))},
        1, 1));
    m_commands.append(CliCommand::make(
        "review list", &ReviewCommands::list, tr("[--state STATE]"),
        tr("List finalized records with their review state."),
        tr("Lists the finalized records, newest first, with their review state, author and "
           "number of comments: a table in text mode, an array with --json. A record nobody "
           "reviewed yet is received."),
        {option("state", tr("STATE"),
                tr("Only the records in this state: received, approved, needs-changes or "
                   "rejected."))}));
    m_commands.append(CliCommand::make(
        "comments list", &CommentCommands::list, id, tr("Show a record's comment thread."),
        tr("Prints the comments on the record with this id, oldest first, each with its "
           "author, time and the field it is about."),
        {}, 1, 1));
    m_commands.append(CliCommand::make(
        "comments add", &CommentCommands::add, tr("ID [--field NAME] TEXT"),
        tr("Comment on a record or one of its fields."),
        tr("Adds a comment on the record with this id, or with --field on one of its answers, "
           "and prints the comment's id. Coordinators comment on any record; a researcher on "
           "its own records."),
        {option("field", tr("NAME"), tr("The form field the comment is about."))}, 2, -1));

    m_commands.append(CliCommand::make(
        "oplog verify", &OplogCommands::verify, QString(),
        tr("Check the change log's hash chains."),
        tr("Re-checks every device's chain of changes. Prints \"The change log is intact.\" and "
           "exits with 0, or prints every problem found, one per line, and exits with 1.")));

    m_commands.append(CliCommand::make(
        "state-hash", &OplogCommands::stateHash, QString(),
        tr("Print the hash of the current state."),
        tr("Prints a hash over every current value and open conflict, in hex. Two workspaces "
           "that merged the same changes print the same hash.")));

    PassphraseCommands::addCommands(m_commands);
    BackupCommands::addCommands(m_commands);
    StoreCommands::addCommands(m_commands);
    ProjectCommands::addCommands(m_commands);
    WorkspaceProjectCommands::addCommands(m_commands);
    BundleCommands::addCommands(m_commands);
    SyncCommands::addCommands(m_commands);
    InboxCommands::addCommands(m_commands);
    ConflictCommands::addCommands(m_commands);
    HistoryCommands::addCommands(m_commands);
    ExportCommands::addCommands(m_commands);

#ifndef QT_NO_DEBUG
    for (const CliCommand &c : std::as_const(m_commands)) {
        Q_ASSERT_X(c.handler, "CliCommandCatalog", qPrintable(c.name()));
        Q_ASSERT_X(find(c.words) == &c, "CliCommandCatalog", qPrintable(c.name()));
    }
#endif
}

const CliCommand *CliCommandCatalog::find(const QStringList &commandWords) const
{
    for (const CliCommand &c : m_commands) {
        if (c.words == commandWords)
            return &c;
    }
    return nullptr;
}

QList<const CliCommand *> CliCommandCatalog::startingWith(const QStringList &prefix) const
{
    QList<const CliCommand *> out;
    for (const CliCommand &c : m_commands) {
        if (c.words.size() >= prefix.size() && c.words.mid(0, prefix.size()) == prefix)
            out.append(&c);
    }
    return out;
}

const CliOption *CliCommandCatalog::globalOption(const QString &name) const
{
    for (const CliOption &o : m_globalOptions) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

} // namespace vigia
