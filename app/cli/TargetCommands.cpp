#include "cli/TargetCommands.h"

#include "cli/CliContext.h"
#include "cli/TargetCsv.h"
#include "monitoring/ProgressCalculator.h"
#include "store/IndicatorCatalog.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"
#include "store/TargetStore.h"
#include "store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace vigia {

namespace {
QString shortNumber(double value)
{
    return QLocale::c().toString(value, 'g', 12);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject targetJson(const TargetProgress &p)
{
    const Target &t = p.target;
    QJsonArray milestones;
    for (const Milestone &m : t.milestones)
        milestones.append(QJsonObject{{QStringLiteral("date"), m.date.toString(Qt::ISODate)},
                                      {QStringLiteral("value"), m.value}});
    QJsonObject o{{QStringLiteral("id"), idText(t.id)},
                  {QStringLiteral("country"), t.country},
                  {QStringLiteral("indicator"), t.indicator},
                  {QStringLiteral("breakdown"), t.disaggregation},
                  {QStringLiteral("unit"), t.unit},
                  {QStringLiteral("baseline"), t.baselineValue},
                  {QStringLiteral("baseline_year"), t.baselineYear},
                  {QStringLiteral("target"), t.targetValue},
                  {QStringLiteral("target_date"), t.targetDate.toString(Qt::ISODate)},
                  {QStringLiteral("milestones"), milestones},
                  {QStringLiteral("status"), ProgressStatusText::key(p.status)}};
    if (p.latestValue) {
        o.insert(QStringLiteral("latest"), *p.latestValue);
        o.insert(QStringLiteral("expected"), p.expected ? *p.expected : QJsonValue());
        o.insert(QStringLiteral("period_start"), p.periodStart.toString(Qt::ISODate));
        o.insert(QStringLiteral("period_end"), p.periodEnd.toString(Qt::ISODate));
        o.insert(QStringLiteral("report"), idText(p.report));
        o.insert(QStringLiteral("summed"), p.summed);
        QJsonArray superseded;
        for (const QUuid &id : p.superseded)
            superseded.append(idText(id));
        o.insert(QStringLiteral("superseded"), superseded);
    }
    if (p.error.isError())
        o.insert(QStringLiteral("error"), p.error.message());
    return o;
}

QString table(const QList<QStringList> &lines)
{
    QList<qsizetype> widths(lines.first().size(), 0);
    for (const QStringList &cells : lines)
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = qMax(widths[i], cells[i].size());
    QString out;
    for (const QStringList &cells : lines) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace

Status TargetCommands::list(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Workspace &w = *ws.value();
    TargetStore targets(w.database(), w.oplog(), w.role());
    ReviewStore reviews(w.database(), w.oplog(), w.role());
    ProgressCalculator calculator(targets, reviews);
    auto progress =
        calculator.progress(ctx.invocation().value(QStringLiteral("country")).toUpper());
    if (!progress)
        return progress.error();
    if (ctx.json()) {
        QJsonArray array;
        for (const TargetProgress &p : progress.value())
            array.append(targetJson(p));
        ctx.out().json(array);
        return {};
    }
    if (progress.value().isEmpty()) {
        ctx.out().line(tr("No targets yet. A coordinator sets them with 'vigiactl targets set' or "
                          "'vigiactl targets import FILE.csv'."));
        return {};
    }
    QList<QStringList> lines{{tr("COUNTRY"), tr("INDICATOR"), tr("BREAKDOWN"), tr("TARGET"),
                              tr("LATEST"), tr("EXPECTED"), tr("STATUS"), tr("ID")}};
    for (const TargetProgress &p : progress.value()) {
        const Target &t = p.target;
        const QString goal =
            QStringLiteral("%1 %2 (%3)")
                .arg(shortNumber(t.targetValue), t.unit, t.targetDate.toString(Qt::ISODate));
        const QString latest =
            p.latestValue ? QStringLiteral("%1 (%2)").arg(shortNumber(*p.latestValue),
                                                          p.periodEnd.toString(Qt::ISODate))
                          : QStringLiteral("-");
        const QString expected = p.expected ? shortNumber(*p.expected) : QStringLiteral("-");
        const QString status =
            p.error.isError() ? tr("error") : ProgressStatusText::label(p.status);
        lines.append({t.country, t.indicator,
                      t.disaggregation.isEmpty() ? tr("total") : t.disaggregation, goal, latest,
                      expected, status, idText(t.id)});
    }
    ctx.out().write(table(lines));
    for (const TargetProgress &p : progress.value())
        if (p.error.isError())
            ctx.out().warning(p.error.message());
    return {};
}

Status TargetCommands::set(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    QStringList missing;
    for (const char *name :
         {"country", "indicator", "baseline", "baseline-year", "target", "target-date"})
        if (!inv.has(QLatin1String(name)))
            missing << QStringLiteral("--") + QLatin1String(name);
    if (!missing.isEmpty())
        return Error(ErrorCode::Usage,
                     tr("'targets set' needs %1.").arg(missing.join(QStringLiteral(", "))));
    Target t;
    t.country = inv.value(QStringLiteral("country")).toUpper();
    t.indicator = inv.value(QStringLiteral("indicator"));
    t.disaggregation = inv.value(QStringLiteral("breakdown"));
    t.unit = inv.value(QStringLiteral("unit"));
    const QString kind = IndicatorCatalog::builtin().unitKind(t.indicator);
    if (t.unit.isEmpty() && kind != QLatin1String("currency"))
        t.unit = kind;
    const auto baseline = TargetCsv::number(inv.value(QStringLiteral("baseline")));
    const auto target = TargetCsv::number(inv.value(QStringLiteral("target")));
    bool yearOk = false;
    t.baselineYear = inv.value(QStringLiteral("baseline-year")).toInt(&yearOk);
    if (!baseline || !target || !yearOk)
        return Error(ErrorCode::Usage, tr("--baseline, --baseline-year and --target take "
                                          "numbers written with a dot, such as 12.5."));
    t.baselineValue = *baseline;
    t.targetValue = *target;
    t.targetDate = QDate::fromString(inv.value(QStringLiteral("target-date")), Qt::ISODate);
    auto path =
        TargetCsv::milestones(inv.values(QStringLiteral("milestone")).join(QLatin1Char(';')));
    if (!path)
        return Error(ErrorCode::Usage, path.error().message());
    t.milestones = path.value();
    // Checked before the passphrase is asked for; the store checks again.
    if (Status s = TargetStore::validate(t); !s)
        return s;
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Workspace &w = *ws.value();
    auto id = TargetStore(w.database(), w.oplog(), w.role()).set(t);
    if (!id)
        return id.error();
    if (ctx.json())
        ctx.out().json(QJsonObject{{QStringLiteral("id"), idText(id.value())}});
    else
        ctx.out().line(idText(id.value()));
    return {};
}

Status TargetCommands::remove(CliContext &ctx)
{
    const QString text = ctx.invocation().arguments.first().trimmed();
    const QUuid id(text);
    if (id.isNull())
        return Error(ErrorCode::Usage,
                     tr("'%1' is not a target id. 'vigiactl targets list' shows them.").arg(text));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Workspace &w = *ws.value();
    if (Status s = TargetStore(w.database(), w.oplog(), w.role()).remove(id); !s)
        return s;
    ctx.out().line(tr("Target %1 deleted.").arg(idText(id)));
    return {};
}

Status TargetCommands::import(CliContext &ctx)
{
    const QString path = ctx.invocation().arguments.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    // Read and checked before the passphrase is asked for: a broken file
    // costs no prompt, and nothing is written unless every row is right.
    auto targets = TargetCsv::parse(file.readAll());
    if (!targets)
        return targets.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Workspace &w = *ws.value();
    auto written = TargetStore(w.database(), w.oplog(), w.role()).setAll(targets.value());
    if (!written)
        return written.error();
    if (ctx.json())
        ctx.out().json(QJsonObject{{QStringLiteral("imported"), written.value()}});
    else
        ctx.out().line(tr("Imported %n target(s).", nullptr, written.value()));
    return {};
}

} // namespace vigia
