#include "cli/RecordCommands.h"

#include "cli/CliContext.h"
#include "cli/FormCommands.h"
#include "cli/RecordJson.h"
#include "cli/RecordText.h"
#include "common/Language.h"
#include "records/RecordFinalizer.h"
#include "store/FormStore.h"
#include "store/RecordRedaction.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace vigia {

namespace {
QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

Result<RecordStore::Values> RecordCommands::assignments(const QStringList &pairs)
{
    RecordStore::Values values;
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString field = eq < 0 ? QString() : pair.left(eq).trimmed();
        if (field.isEmpty()) {
            return Error(ErrorCode::Usage, tr("'%1' is not of the form FIELD=VALUE; write for "
                                              "example country=BR.")
                                               .arg(pair));
        }
        const QCborValue value(pair.mid(eq + 1));
        bool replaced = false;
        for (auto &[existing, old] : values) {
            if (existing == field) {
                old = value;
                replaced = true;
            }
        }
        if (!replaced)
            values.append({field, value});
    }
    return values;
}

Result<RecordFilter> RecordCommands::filter(const CliInvocation &inv)
{
    RecordFilter f;
    f.formId = inv.value(QStringLiteral("form"));
    const QString status = inv.value(QStringLiteral("status"));
    f.status = statusFromName(status);
    if (!status.isEmpty() && !f.status) {
        return Error(
            ErrorCode::Usage,
            tr("Unknown status '%1'. Use --status draft or --status finalized.").arg(status));
    }
    f.country = inv.value(QStringLiteral("country")).trimmed();
    for (const auto &[name, date] :
         {std::pair{QStringLiteral("from"), &f.from}, std::pair{QStringLiteral("to"), &f.to}}) {
        if (!inv.has(name))
            continue;
        const QString text = inv.value(name);
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid()) {
            return Error(ErrorCode::Usage, tr("'%1' given to --%2 is not a date. Write dates as "
                                              "YYYY-MM-DD, for example 2024-03-31.")
                                               .arg(text, name));
        }
    }
    if (f.from.isValid() && f.to.isValid() && f.from > f.to) {
        return Error(ErrorCode::Usage,
                     tr("--from %1 is after --to %2, so nothing could match. "
                        "Swap the dates.")
                         .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
    }
    f.search = inv.value(QStringLiteral("search"));
    f.includeDeleted = inv.has(QStringLiteral("include-deleted"));
    for (const auto &[name, number] : {std::pair{QStringLiteral("limit"), &f.limit},
                                       std::pair{QStringLiteral("offset"), &f.offset}}) {
        if (!inv.has(name))
            continue;
        bool ok = false;
        const QString text = inv.value(name);
        *number = text.toInt(&ok);
        if (!ok || *number < 0) {
            return Error(
                ErrorCode::Usage,
                tr("'%1' given to --%2 is not a whole number of 0 or more.").arg(text, name));
        }
    }
    return f;
}

Result<FormDefinition> RecordCommands::formOf(Workspace &ws, const QString &formId,
                                              const QString &version)
{
    auto form = ws.forms().get(formId, version);
    if (!form && form.error().code() == ErrorCode::NotFound) {
        const QString which = version.isEmpty() ? formId : tr("%1 version %2").arg(formId, version);
        return Error(ErrorCode::NotFound,
                     tr("Form %1 is not in this workspace, so its records cannot be checked. "
                        "Import it with 'vigiactl forms import FILE'; 'vigiactl forms list' "
                        "shows the forms there are.")
                         .arg(which));
    }
    return form;
}

Result<RecordCheck> RecordCommands::check(CliContext &ctx, Workspace &ws,
                                          const FormDefinition &form,
                                          const QMap<QString, QCborValue> &stored)
{
    const QString language = ctx.invocation().language;
    return RecordCheck::start(form, stored, FormCommands::formLanguage(ctx),
                              QLocale(Language::resolve(language)),
                              ws.deviceId().toString(QUuid::WithoutBraces));
}

Status RecordCommands::report(CliContext &ctx, const QList<RecordCheck::Issue> &issues)
{
    for (const RecordCheck::Issue &issue : issues)
        ctx.out().plainError(issue.field + QStringLiteral(": ") + issue.message);
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("valid"), false},
                                   {QStringLiteral("issues"), RecordCheck::toJson(issues)}});
    }
    // Empty: the lines above are the whole report (see CliApp::run).
    return Error(ErrorCode::Validation, QString());
}

Status RecordCommands::create(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    const QString formId = inv.value(QStringLiteral("form")).trimmed();
    if (formId.isEmpty()) {
        return Error(ErrorCode::Usage, tr("'record new' needs a form: vigiactl record new --form "
                                          "ID. Run 'vigiactl record new --help' for details."));
    }
    auto values = assignments(inv.values(QStringLiteral("set")));
    if (!values)
        return values.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto form = formOf(*ws.value(), formId, inv.value(QStringLiteral("form-version")).trimmed());
    if (!form)
        return form.error();
    auto checked = check(ctx, *ws.value(), form.value(), {});
    if (!checked)
        return checked.error();
    RecordCheck &record = checked.value();
    QList<RecordCheck::Issue> issues = record.assign(values.value());
    const bool finalize = inv.has(QStringLiteral("finalize"));
    if (finalize) {
        for (const RecordCheck::Issue &issue : record.finalIssues()) {
            const bool known = std::any_of(issues.cbegin(), issues.cend(),
                                           [&](const auto &i) { return i.field == issue.field; });
            if (!known)
                issues.append(issue);
        }
    }
    if (!issues.isEmpty())
        return report(ctx, issues);
    RecordStore::Values stored;
    if (finalize) {
        stored = record.finalized({});
    } else {
        // A cleared field of a new record is simply not written.
        for (const auto &pair : record.assigned() + record.automatic()) {
            if (!pair.second.isNull())
                stored.append(pair);
        }
    }
    // The record keeps the version it was started with, named explicitly.
    auto id = ws.value()->records().create(form.value().formId(), form.value().version(), stored,
                                           finalize);
    if (!id)
        return id.error();
    if (ctx.json())
        ctx.out().json(QJsonObject{{QStringLiteral("id"), idText(id.value())}});
    else
        ctx.out().line(idText(id.value()));
    return {};
}

Status RecordCommands::printAfterChange(CliContext &ctx, Workspace &ws, const QUuid &id,
                                        const QString &confirmation)
{
    if (!ctx.json()) {
        ctx.out().line(confirmation);
        return {};
    }
    auto record = ws.records().get(id);
    if (!record)
        return record.error();
    ctx.out().json(RecordJson::full(record.value()));
    return {};
}

Status RecordCommands::set(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    auto id = RecordStore::parseId(inv.arguments.first());
    if (!id)
        return id.error();
    auto values = assignments(inv.arguments.mid(1));
    if (!values)
        return values.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    RecordStore &records = ws.value()->records();
    auto current = records.get(id.value());
    if (!current)
        return current.error();
    const Record &r = current.value();
    // A finalized or deleted record is refused as such before its values are judged.
    if (r.deleted || r.status != RecordStatus::Draft) {
        if (Status s = records.setValues(id.value(), {}); !s)
            return s;
    }
    auto form = formOf(*ws.value(), r.formId, r.formVersion);
    if (!form)
        return form.error();
    auto checked = check(ctx, *ws.value(), form.value(), r.values);
    if (!checked)
        return checked.error();
    if (const auto issues = checked.value().assign(values.value()); !issues.isEmpty())
        return report(ctx, issues);
    if (Status s = records.setValues(id.value(), checked.value().assigned()); !s)
        return s;
    const int count = int(values.value().size());
    return printAfterChange(
        ctx, *ws.value(), id.value(),
        tr("Saved %n field(s) in record %1.", nullptr, count).arg(idText(id.value())));
}

Status RecordCommands::finalizeChecked(CliContext &ctx)
{
    auto id = RecordStore::parseId(ctx.invocation().arguments.first());
    if (!id)
        return id.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    // Said before anything is judged, in the command line's words.
    auto current = ws.value()->records().get(id.value());
    if (!current)
        return current.error();
    if (!current.value().deleted && current.value().status == RecordStatus::Draft) {
        if (auto form = formOf(*ws.value(), current.value().formId, current.value().formVersion);
            !form)
            return form.error();
    }
    // Judged and written in one transaction: a `record set` from another
    // process cannot land between the check and the status.
    RecordFinalizer finalizer(*ws.value(), FormCommands::formLanguage(ctx),
                              QLocale(Language::resolve(ctx.invocation().language)));
    if (Status s = finalizer.finalize(id.value()); !s) {
        if (s.error().code() != ErrorCode::Validation || finalizer.issues().isEmpty())
            return s;
        auto record = ws.value()->records().get(id.value());
        if (!record)
            return record.error();
        auto form = formOf(*ws.value(), record.value().formId, record.value().formVersion);
        if (!form)
            return form.error();
        return report(ctx, RecordCheck::inWords(form.value(), finalizer.issues()));
    }
    return printAfterChange(ctx, *ws.value(), id.value(),
                            tr("Record %1 is finalized.").arg(idText(id.value())));
}

Status RecordCommands::change(CliContext &ctx, Change what)
{
    auto id = RecordStore::parseId(ctx.invocation().arguments.first());
    if (!id)
        return id.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    RecordStore &records = ws.value()->records();
    const QString shown = idText(id.value());
    Status done;
    QString confirmation;
    switch (what) {
    case Change::Reopen:
        done = records.reopen(id.value());
        confirmation = tr("Record %1 is a draft again.").arg(shown);
        break;
    case Change::Remove:
        done = records.remove(id.value());
        confirmation =
            tr("Record %1 is deleted; 'vigiactl record restore %1' brings it back.").arg(shown);
        break;
    case Change::Restore:
        done = records.restore(id.value());
        confirmation = tr("Record %1 is restored.").arg(shown);
        break;
    }
    if (!done)
        return done;
    return printAfterChange(ctx, *ws.value(), id.value(), confirmation);
}

Status RecordCommands::finalize(CliContext &ctx)
{
    return finalizeChecked(ctx);
}

Status RecordCommands::reopen(CliContext &ctx)
{
    return change(ctx, Change::Reopen);
}

Status RecordCommands::remove(CliContext &ctx)
{
    return change(ctx, Change::Remove);
}

Status RecordCommands::restore(CliContext &ctx)
{
    return change(ctx, Change::Restore);
}

Status RecordCommands::redact(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    auto id = RecordStore::parseId(inv.arguments.first());
    if (!id)
        return id.error();
    const QString field = inv.arguments.at(1);
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto current = ws.value()->records().get(id.value());
    if (!current)
        return current.error();
    std::optional<QCborValue> replacement;
    if (inv.has(QStringLiteral("replace"))) {
        // The new answer is checked against the form like 'record set'.
        const Record &r = current.value();
        auto form = formOf(*ws.value(), r.formId, r.formVersion);
        if (!form)
            return form.error();
        auto checked = check(ctx, *ws.value(), form.value(), r.values);
        if (!checked)
            return checked.error();
        const RecordStore::Values wanted{
            {field, inv.values(QStringLiteral("replace")).constLast()}};
        if (const auto issues = checked.value().assign(wanted); !issues.isEmpty())
            return report(ctx, issues);
        for (const auto &[name, value] : checked.value().assigned()) {
            if (name == field)
                replacement = value;
        }
    }
    Workspace &w = *ws.value();
    RecordRedaction redaction(w.database(), w.oplog(), w.deviceId().toRfc4122(), w.role());
    if (Status s = redaction.redactAnswer(id.value(), field, replacement); !s)
        return s;
    return printAfterChange(ctx, w, id.value(),
                            tr("The answer \"%1\" of record %2 is removed from this device; "
                               "the next bundle or sync removes it everywhere.")
                                .arg(field, idText(id.value())));
}

Status RecordCommands::show(CliContext &ctx)
{
    auto id = RecordStore::parseId(ctx.invocation().arguments.first());
    if (!id)
        return id.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto record = ws.value()->records().get(id.value());
    if (!record)
        return record.error();
    if (ctx.json())
        ctx.out().json(RecordJson::full(record.value()));
    else
        ctx.out().rows(RecordText::details(record.value()));
    return {};
}

Status RecordCommands::list(CliContext &ctx)
{
    auto f = filter(ctx.invocation());
    if (!f)
        return f.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    RecordStore &records = ws.value()->records();
    auto found = records.list(f.value());
    if (!found)
        return found.error();
    const QList<Record> &list = found.value();
    if (ctx.json()) {
        QJsonArray array;
        for (const Record &r : list)
            array.append(RecordJson::summary(r));
        ctx.out().json(array);
        return {};
    }
    auto total = records.count(f.value());
    if (!total)
        return total.error();
    if (list.isEmpty()) {
        ctx.out().line(total.value() > 0
                           ? tr("No records here: %n record(s) match, fewer than --offset %1.",
                                nullptr, total.value())
                                 .arg(f.value().offset)
                           : tr("No records match."));
        return {};
    }
    ctx.out().write(RecordText::table(list));
    const int first = f.value().offset + 1;
    const int last = f.value().offset + int(list.size());
    if (first > 1 || last < total.value()) {
        ctx.out().line(tr("Records %1–%2 of %3. Use --offset and --limit to see others.")
                           .arg(first)
                           .arg(last)
                           .arg(total.value()));
    }
    return {};
}

} // namespace vigia
