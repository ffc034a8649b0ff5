#include "cli/TargetCsv.h"

#include "common/CsvRecords.h"

#include "store/IndicatorCatalog.h"
#include "store/TargetStore.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace vigia {

std::optional<double> TargetCsv::number(const QString &text)
{
    bool ok = false;
    const double d = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    return d;
}

Result<QList<Milestone>> TargetCsv::milestones(const QString &text)
{
    QList<Milestone> out;
    for (const QString &pair : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QDate date =
            QDate::fromString(pair.section(QLatin1Char('='), 0, 0).trimmed(), Qt::ISODate);
        const auto value = number(pair.section(QLatin1Char('='), 1));
        if (!date.isValid() || !value || !pair.contains(QLatin1Char('=')))
            return Error(ErrorCode::Validation,
                         tr("'%1' is not a milestone: write DATE=VALUE, such as 2025-12-31=150.")
                             .arg(pair.trimmed()));
        out.append({date, *value});
    }
    std::sort(out.begin(), out.end(),
              [](const Milestone &a, const Milestone &b) { return a.date < b.date; });
    return out;
}

Result<QList<Target>> TargetCsv::parse(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff))) // a byte order mark, as spreadsheets write
        text.remove(0, 1);
    const QList<QStringList> all = CsvRecords::parse(text);
    if (all.isEmpty())
        return Error(ErrorCode::Validation, tr("The file is empty: a header row is needed."));
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < all.first().size(); ++i)
        column.insert(all.first().at(i).trimmed().toLower(), i);
    QStringList missing;
    for (const char *name :
         {"country", "indicator", "baseline", "baseline_year", "target", "target_date"})
        if (!column.contains(QLatin1String(name)))
            missing << QLatin1String(name);
    if (!missing.isEmpty())
        return Error(
            ErrorCode::Validation,
            tr("The header row lacks the column(s) %1.").arg(missing.join(QStringLiteral(", "))));
    QList<Target> out;
    QStringList problems;
    for (qsizetype r = 1; r < all.size(); ++r) {
        const QStringList &row = all.at(r);
        const auto cell = [&](const char *name) {
            const qsizetype i = column.value(QLatin1String(name), -1);
            return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
        };
        Target t;
        t.country = cell("country").toUpper();
        t.indicator = cell("indicator");
        t.disaggregation = cell("breakdown");
        t.unit = cell("unit");
        if (t.unit.isEmpty() &&
            IndicatorCatalog::builtin().unitKind(t.indicator) != QLatin1String("currency"))
            t.unit = IndicatorCatalog::builtin().unitKind(t.indicator);
        const auto baseline = number(cell("baseline"));
        const auto target = number(cell("target"));
        bool yearOk = false;
        t.baselineYear = cell("baseline_year").toInt(&yearOk);
        t.targetDate = QDate::fromString(cell("target_date"), Qt::ISODate);
        auto path = milestones(cell("milestones"));
        QStringList rowProblems;
        if (!baseline || !target || !yearOk)
            rowProblems << tr("baseline, baseline_year and target must be numbers.");
        if (!path)
            rowProblems << path.error().message();
        if (rowProblems.isEmpty()) {
            t.baselineValue = *baseline;
            t.targetValue = *target;
            t.milestones = path.value();
            if (Status s = TargetStore::validate(t); !s)
                rowProblems << s.error().message();
        }
        if (!rowProblems.isEmpty())
            problems << tr("Line %1: %2").arg(r + 1).arg(rowProblems.join(QLatin1Char(' ')));
        out.append(t);
    }
    if (!problems.isEmpty())
        return Error(ErrorCode::Validation, problems.join(QLatin1Char('\n')));
    return out;
}

} // namespace vigia
