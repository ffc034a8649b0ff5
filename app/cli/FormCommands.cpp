#include "cli/FormCommands.h"

#include "cli/CliContext.h"
#include "common/Language.h"
#include "forms/FormFile.h"
#include "forms/FormJson.h"
#include "forms/FormValidator.h"
#include "store/FormPublication.h"
#include "store/FormStore.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace vigia {

namespace {
const QString kFormId = QStringLiteral("form_id");
const QString kVersion = QStringLiteral("version");

QJsonObject textObject(const FormText &text)
{
    QJsonObject out;
    for (auto it = text.texts().cbegin(); it != text.texts().cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

// Columns of plain text, left-aligned, two blanks apart.
QString table(const QList<QStringList> &lines)
{
    QList<qsizetype> widths(lines.first().size(), 0);
    for (const QStringList &cells : lines) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = qMax(widths[i], cells[i].size());
    }
    QString out;
    for (const QStringList &cells : lines) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        // Only trailing blanks go: leading ones indent the rows of a group.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}
} // namespace

QString FormCommands::formLanguage(const CliContext &ctx)
{
    return Language::resolve(ctx.invocation().language).section(QLatin1Char('_'), 0, 0);
}

Status FormCommands::list(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Workspace &w = *ws.value();
    auto forms = w.forms().list();
    if (!forms)
        return forms.error();
    auto published = FormPublication(w.database(), w.oplog(), w.forms(), w.role()).published();
    if (!published)
        return published.error();
    const auto isPublished = [&published](const FormStore::Entry &e) {
        return published.value().contains(qMakePair(e.formId, e.version));
    };
    if (ctx.json()) {
        QJsonArray array;
        for (const FormStore::Entry &e : forms.value()) {
            array.append(QJsonObject{{kFormId, e.formId},
                                     {kVersion, e.version},
                                     {QStringLiteral("title"), textObject(e.title)},
                                     {QStringLiteral("published"), isPublished(e)}});
        }
        ctx.out().json(array);
        return {};
    }
    if (forms.value().isEmpty()) {
        ctx.out().line(tr("No forms yet. Import one with 'vigiactl forms import FILE'."));
        return {};
    }
    const QString language = formLanguage(ctx);
    QList<QStringList> lines{{tr("FORM"), tr("VERSION"), tr("PUBLISHED"), tr("TITLE")}};
    for (const FormStore::Entry &e : forms.value()) {
        lines.append({e.formId, e.version, isPublished(e) ? tr("yes") : tr("no"),
                      CliOutput::singleLine(e.title.text(language, e.defaultLanguage))});
    }
    ctx.out().write(table(lines));
    return {};
}

Status FormCommands::show(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    const QString formId = inv.arguments.first().trimmed();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto found = ws.value()->forms().get(formId, inv.value(QStringLiteral("form-version")));
    if (!found)
        return found.error();
    const FormDefinition &form = found.value();
    if (ctx.json()) {
        // The canonical definition, exactly as 'forms import' would read it back.
        ctx.out().write(QString::fromUtf8(FormJson::write(form)));
        return {};
    }
    const QString language = formLanguage(ctx);
    const QString defaultLanguage = form.defaultLanguage();
    int fields = 0;
    form.forEachRow([&fields](const FormRow &row) {
        if (!row.type().isContainer())
            ++fields;
    });
    auto versions = ws.value()->forms().versions(form.formId());
    if (!versions)
        return versions.error();
    const QString none = tr("(none)");
    ctx.out().rows({
        {tr("Form:"), form.formId()},
        {tr("Version:"), form.version()},
        {tr("Title:"), form.title().text(language, defaultLanguage)},
        {tr("Default language:"), defaultLanguage.isEmpty() ? none : defaultLanguage},
        {tr("Languages:"), form.languages().join(QStringLiteral(", "))},
        {tr("Fields:"), QString::number(fields)},
        {tr("Versions stored:"), versions.value().join(QStringLiteral(", "))},
    });
    ctx.out().line();
    QList<QStringList> lines{{tr("FIELD"), tr("TYPE"), tr("LABEL")}};
    // Walks the tree by hand rather than with forEachRow so that children are
    // indented under their group or repeat.
    const std::function<void(const QList<FormRow> &, int)> walk = [&](const QList<FormRow> &rows,
                                                                      int depth) {
        for (const FormRow &row : rows) {
            QString label = row.text(QStringLiteral("label")).text(language, defaultLanguage);
            // A conditional requirement is an expression: only "yes" always applies.
            if (row.required() == QLatin1String("yes"))
                label += QStringLiteral(" *");
            lines.append({QString(depth * 2, QLatin1Char(' ')) + row.name(), row.type().name(),
                          CliOutput::singleLine(label)});
            walk(row.children(), depth + 1);
        }
    };
    walk(form.rows(), 0);
    ctx.out().write(table(lines));
    return {};
}

Status FormCommands::import(CliContext &ctx)
{
    auto loaded = FormFile::read(ctx.invocation().arguments.first(),
                                 ctx.invocation().value(QStringLiteral("attach")));
    if (!loaded)
        return loaded.error();
    for (const QString &warning : loaded.value().warnings())
        ctx.out().warning(warning);
    const FormDefinition &form = loaded.value().definition();
    // Checked before the passphrase is asked for; the store checks again.
    if (Status valid = FormValidator::validate(form); !valid)
        return valid;
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto outcome = ws.value()->forms().importDefinition(form);
    if (!outcome)
        return outcome.error();
    // Stable words rather than sentences: scripts test for them.
    const QString word = outcome.value() == FormStore::ImportOutcome::Added
                             ? QStringLiteral("added")
                             : QStringLiteral("unchanged");
    if (ctx.json()) {
        ctx.out().json(
            QJsonObject{{kFormId, form.formId()},
                        {kVersion, form.version()},
                        {QStringLiteral("result"), word},
                        {QStringLiteral("warnings"), stringArray(loaded.value().warnings())}});
    } else {
        ctx.out().line(word);
        // Scripts read the first line; people need to know which version they got.
        if (loaded.value().versionDerived())
            ctx.out().line(tr("version %1 (from the form's content)").arg(form.version()));
    }
    return {};
}

Status FormCommands::publish(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    const QString formId = inv.arguments.first().trimmed();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Workspace &w = *ws.value();
    auto found = w.forms().get(formId, inv.value(QStringLiteral("form-version")));
    if (!found)
        return found.error();
    const QString version = found.value().version();
    auto outcome =
        FormPublication(w.database(), w.oplog(), w.forms(), w.role()).publish(formId, version);
    if (!outcome)
        return outcome.error();
    // Stable words rather than sentences: scripts test for them.
    const QString word = outcome.value() == FormPublication::Outcome::Published
                             ? QStringLiteral("published")
                             : QStringLiteral("unchanged");
    if (ctx.json()) {
        ctx.out().json(
            QJsonObject{{kFormId, formId}, {kVersion, version}, {QStringLiteral("result"), word}});
    } else {
        ctx.out().line(word);
        ctx.out().line(tr("Form %1 version %2 goes to every member with this device's next "
                          "bundles.")
                           .arg(formId, version));
    }
    return {};
}

Status FormCommands::validate(CliContext &ctx)
{
    auto loaded = FormFile::read(ctx.invocation().arguments.first(),
                                 ctx.invocation().value(QStringLiteral("attach")));
    QStringList problems;
    QStringList warnings;
    FormDefinition form;
    if (loaded) {
        form = loaded.value().definition();
        warnings = loaded.value().warnings();
        problems = FormValidator::problems(form);
    } else if (loaded.error().code() == ErrorCode::Validation) {
        // The file could not be read as a form: that one problem is all there is to report.
        problems.append(loaded.error().message());
    } else {
        return loaded.error();
    }
    for (const QString &warning : warnings)
        ctx.out().warning(warning);
    if (ctx.json()) {
        QJsonObject out{{QStringLiteral("valid"), problems.isEmpty()},
                        {QStringLiteral("problems"), stringArray(problems)},
                        {QStringLiteral("warnings"), stringArray(warnings)}};
        if (loaded) {
            out.insert(kFormId, form.formId());
            out.insert(kVersion, form.version());
        }
        ctx.out().json(out);
    } else if (problems.isEmpty()) {
        ctx.out().line(tr("Form %1 version %2 is valid.").arg(form.formId(), form.version()));
    } else {
        for (const QString &problem : problems)
            ctx.out().line(CliOutput::singleLine(problem));
    }
    if (problems.isEmpty())
        return {};
    return Error(ErrorCode::Validation,
                 tr("The form has %n problem(s), listed in the output. Nothing was imported.",
                    nullptr, int(problems.size())));
}

} // namespace vigia
