#include "monitoring/CountryReport.h"

#include "forms/BuiltinForms.h"
#include "monitoring/NpaMatrix.h"
#include "monitoring/ProgressRule.h"
#include "monitoring/ProgressStatus.h"
#include "store/ReviewStore.h"
#include "store/TargetStore.h"
#include "store/Workspace.h"

#include <QLocale>

#include <algorithm>

namespace vigia {

namespace {
constexpr double kLeft = 50;
constexpr double kRight = 545;
constexpr double kTop = 60;
constexpr double kBottom = 790;
const PdfCanvas::Color kGray{0.55, 0.55, 0.55};
const PdfCanvas::Color kLight{0.9, 0.9, 0.9};
const PdfCanvas::Color kBlue{0.12, 0.35, 0.75};
const PdfCanvas::Color kRed{0.8, 0.15, 0.15};

QString elide(const QString &text, double size, double width, bool bold = false)
{
    if (PdfCanvas::textWidth(text, size, bold) <= width)
        return text;
    QString cut = text;
    while (!cut.isEmpty() && PdfCanvas::textWidth(cut + QChar(0x2026), size, bold) > width)
        cut.chop(1);
    return cut + QChar(0x2026);
}

// A cursor down the pages.
struct Layout
{
    PdfCanvas &pdf;
    double y = kTop;

    void start()
    {
        pdf.newPage();
        y = kTop;
    }
    void need(double height)
    {
        if (y + height > kBottom)
            start();
    }
    void heading(const QString &text)
    {
        need(60);
        y += 26;
        pdf.text(kLeft, y, 14, text, true);
        y += 6;
    }
    void paragraph(const QString &text, double size = 10)
    {
        for (const QString &line : PdfCanvas::wrap(text, size, kRight - kLeft)) {
            need(size + 4);
            y += size + 3;
            pdf.text(kLeft, y, size, line);
        }
        y += 4;
    }
    // Rows of cells, the first one a header; `widths` add up to the line.
    void table(const QList<double> &widths, const QList<QStringList> &rows, int rightFrom = 1)
    {
        for (qsizetype r = 0; r < rows.size(); ++r) {
            need(16);
            const bool header = r == 0;
            if (header)
                pdf.fillRect(kLeft, y + 2, kRight - kLeft, 15, kLight);
            y += 13;
            double x = kLeft + 3;
            for (qsizetype c = 0; c < widths.size() && c < rows.at(r).size(); ++c) {
                const QString cell = elide(rows.at(r).at(c), 8.5, widths.at(c) - 6, header);
                if (c >= rightFrom && !header)
                    pdf.textRight(x + widths.at(c) - 6, y, 8.5, cell);
                else
                    pdf.text(x, y, 8.5, cell, header);
                x += widths.at(c);
            }
            y += 3;
            pdf.line(kLeft, y, kRight, y, 0.3, kLight);
        }
        y += 4;
    }
};

QString formatted(const QLocale &locale, double v)
{
    return locale.toString(v, 'f', v == qRound64(v) ? 0 : 1);
}

// One target's reported values against its path, in the box (x, y, w, h).
void chart(PdfCanvas &pdf, const DashboardData &data, const TargetProgress &p, int year,
           const QLocale &locale, double x, double y, double w, double h)
{
    const Target &t = p.target;
    const auto points = data.series(t.country, t.indicator, t.disaggregation, 1900, year);
    QList<QPair<QDate, double>> path{{QDate(t.baselineYear, 12, 31), t.baselineValue}};
    for (const Milestone &m : t.milestones)
        path.append({m.date, m.value});
    path.append({t.targetDate, t.targetValue});
    QDate first = path.first().first;
    QDate last = path.last().first;
    double high = 1;
    for (const auto &pt : path)
        high = std::max(high, pt.second);
    for (const DashboardData::Point &pt : points) {
        first = std::min(first, pt.periodEnd);
        last = std::max(last, pt.periodEnd);
        high = std::max(high, pt.value);
    }
    high *= 1.1;
    const double plotX = x + 34;
    const double plotW = w - 40;
    const double plotY = y + 16;
    const double plotH = h - 34;
    const double span = std::max<qint64>(1, first.daysTo(last));
    const auto at = [&](const QDate &d, double v) {
        return QPointF(plotX + plotW * double(first.daysTo(d)) / span,
                       plotY + plotH - plotH * std::max(0.0, v) / high);
    };
    const QString breakdown =
        t.disaggregation.isEmpty() ? CountryReport::tr("total") : t.disaggregation;
    pdf.text(x, y + 9, 8.5, elide(QStringLiteral("%1 (%2)").arg(t.indicator, breakdown), 8.5, w),
             true);
    pdf.line(plotX, plotY, plotX, plotY + plotH, 0.5, kGray);
    pdf.line(plotX, plotY + plotH, plotX + plotW, plotY + plotH, 0.5, kGray);
    pdf.textRight(plotX - 3, plotY + 6, 7, formatted(locale, high));
    pdf.textRight(plotX - 3, plotY + plotH, 7, QStringLiteral("0"));
    pdf.text(plotX, plotY + plotH + 10, 7, QString::number(first.year()));
    pdf.textRight(plotX + plotW, plotY + plotH + 10, 7, QString::number(last.year()));
    QList<QPointF> pathLine;
    for (const auto &pt : path)
        pathLine.append(at(pt.first, pt.second));
    pdf.polyline(pathLine, 1, kGray, true);
    const QPointF target = at(t.targetDate, t.targetValue);
    pdf.fillRect(target.x() - 3, target.y() - 3, 6, 6, kRed);
    QList<QPointF> reported;
    for (const DashboardData::Point &pt : points) {
        reported.append(at(pt.periodEnd, pt.value));
        pdf.fillRect(reported.last().x() - 1.5, reported.last().y() - 1.5, 3, 3, kBlue);
    }
    pdf.polyline(reported, 1.4, kBlue);
}
} // namespace

QString CountryReport::currentLanguage()
{
    const QString name = QLocale().name();
    if (name.startsWith(QLatin1String("es")))
        return QStringLiteral("es");
    if (name.startsWith(QLatin1String("pt")))
        return QStringLiteral("pt_BR");
    return QStringLiteral("en");
}

QString CountryReport::countryName(const QString &country, const QString &language)
{
    static const auto forms = BuiltinForms::load();
    if (forms) {
        for (const FormDefinition &form : forms.value()) {
            for (const FormChoice &choice : form.choicesOf(QStringLiteral("countries"))) {
                if (choice.name() != country)
                    continue;
                for (const QString &lang : {language, language.section(QLatin1Char('_'), 0, 0)})
                    if (const QString text = choice.label().value(lang); !text.isEmpty())
                        return text;
                return choice.label().text(QStringLiteral("en"));
            }
        }
    }
    return country;
}

QString CountryReport::title(const QString &country, int year, const QString &language)
{
    return tr("Country report: %1, %2").arg(countryName(country, language)).arg(year);
}

PdfCanvas CountryReport::render(const DashboardData &data, const FindingCounts &findings,
                                const QString &country, int year, const QString &language,
                                const QDate &today)
{
    const QLocale locale(language == QLatin1String("en") ? QStringLiteral("en_US") : language);
    PdfCanvas pdf;
    Layout out{pdf};
    out.start();
    pdf.text(kLeft, out.y, 18, title(country, year, language), true);
    out.y += 8;
    out.paragraph(tr("Progress against the targets of the regional monitoring system, as "
                     "reported up to the end of %1. Made with Vigia on %2.")
                      .arg(QString::number(year), locale.toString(today, QLocale::LongFormat)));

    // The targets.
    const QList<TargetProgress> targets = data.progressOf(country);
    const DashboardData::StatusCounts counts = data.statusCounts(country);
    out.heading(tr("Targets and progress"));
    out.paragraph(tr("%1 on track, %2 at risk, %3 off track, %4 no data.")
                      .arg(locale.toString(counts.onTrack), locale.toString(counts.atRisk),
                           locale.toString(counts.offTrack), locale.toString(counts.noData)));
    QList<QStringList> rows{{tr("Indicator"), tr("Breakdown"), tr("Baseline"), tr("Target"),
                             tr("Latest"), tr("Path"), tr("Status")}};
    for (const TargetProgress &p : targets) {
        const Target &t = p.target;
        rows.append({t.indicator, t.disaggregation.isEmpty() ? tr("total") : t.disaggregation,
                     tr("%1 (%2)").arg(formatted(locale, t.baselineValue)).arg(t.baselineYear),
                     tr("%1 by %2")
                         .arg(formatted(locale, t.targetValue),
                              locale.toString(t.targetDate, QLocale::ShortFormat)),
                     p.latestValue ? formatted(locale, *p.latestValue) : QStringLiteral("–"),
                     p.expected ? formatted(locale, *p.expected) : QStringLiteral("–"),
                     p.error.isError() ? tr("units differ") : ProgressStatusText::label(p.status)});
    }
    if (targets.isEmpty())
        out.paragraph(tr("No targets are set for this country."));
    else
        out.table({105, 70, 70, 100, 45, 50, 55}, rows, 2);

    // A chart per target, two in a row.
    if (!targets.isEmpty()) {
        out.heading(tr("Progress charts"));
        out.paragraph(tr("Blue: reported values. Dashed grey: the milestone path from the "
                         "baseline to the target. Red: the target at its date."),
                      8.5);
        const double w = (kRight - kLeft - 20) / 2;
        const double h = 150;
        for (qsizetype i = 0; i < targets.size(); i += 2) {
            out.need(h + 10);
            for (qsizetype j = i; j < std::min(i + 2, targets.size()); ++j)
                chart(pdf, data, targets.at(j), year, locale, kLeft + (j - i) * (w + 20), out.y, w,
                      h);
            out.y += h + 10;
        }
    }

    // The NPA matrix.
    out.heading(tr("National plan of action: status matrix"));
    QList<int> years;
    for (int y : data.npa().years(country))
        if (y <= year)
            years.append(y);
    while (years.size() > 5)
        years.removeFirst();
    if (years.isEmpty()) {
        out.paragraph(tr("No approved or received NPA assessment of this country yet."));
    } else {
        QList<QStringList> matrix{{tr("Item")}};
        QList<double> widths{kRight - kLeft - 65.0 * years.size()};
        for (int y : years) {
            matrix.first().append(QString::number(y));
            widths.append(65);
        }
        for (const QString &item : NpaMatrix::items()) {
            QStringList row{NpaMatrix::itemLabel(item, language)};
            for (int y : years)
                row.append(NpaStatusText::label(data.npa().status(country, item, y)));
            matrix.append(row);
        }
        out.table(widths, matrix, 1);
    }

    // The qualitative findings.
    out.heading(tr("Qualitative findings of %1").arg(year));
    out.paragraph(tr("Findings recorded: %1.").arg(FindingCounts::cell(findings.total)));
    if (!findings.byManifestation.isEmpty()) {
        QList<QStringList> m{{tr("Manifestation"), tr("Findings")}};
        for (const auto &[label, n] : findings.byManifestation)
            m.append({label, FindingCounts::cell(n)});
        out.table({kRight - kLeft - 80, 80}, m);
    }
    if (!findings.byCode.isEmpty()) {
        QList<QStringList> c{{tr("Code"), tr("Findings")}};
        for (const auto &[label, n] : findings.byCode)
            c.append({label, FindingCounts::cell(n)});
        out.table({kRight - kLeft - 80, 80}, c);
    }

    // The methods note.
    int reports = 0;
    for (const ReportValue &r : data.reports())
        reports += r.country == country ? 1 : 0;
    out.heading(tr("Methods"));
    out.paragraph(
        tr("Sources: %1 indicator reports with periods ending by %2, the NPA assessments of %3 "
           "year(s) and %4 qualitative findings of %2, as held in this Vigia workspace on %5. "
           "Only finalized records count that a coordinator approved or has received; records "
           "rejected or sent back for changes are left out.")
            .arg(locale.toString(reports), QString::number(year), locale.toString(years.size()),
                 FindingCounts::cell(findings.total),
                 locale.toString(today, QLocale::ShortFormat)));
    out.paragraph(tr("Progress: the latest reported value of each target is compared with its "
                     "milestone path (straight lines from the baseline through the milestones "
                     "to the target) at the end of that period. On track: on or ahead of the "
                     "path; at risk: behind by at most a tenth of the path's value; off track: "
                     "further behind; no data: no report gives a value. Of several reports for "
                     "one period, the one finalized last counts."));
    out.paragraph(tr("NPA matrix: for each item and year, the answer of the latest approved or "
                     "received assessment of that year; no data where there is none."));
    out.paragraph(tr("Small cells: counts of qualitative findings below %1 are shown as \"<%1\" "
                     "so that few cases cannot be recognised. A finding can concern several "
                     "manifestations and carry several codes, so the rows do not add up to "
                     "the total.")
                      .arg(FindingCounts::kMinCell));
    return pdf;
}

Status CountryReport::write(Workspace &ws, const QString &country, int year,
                            const QString &language, const QString &path)
{
    TargetStore targets(ws.database(), ws.oplog(), ws.role());
    ReviewStore reviews(ws.database(), ws.oplog(), ws.role());
    auto data = DashboardData::load(targets, reviews, country);
    if (!data)
        return data.error();
    auto findings =
        FindingCounts::count(ws.database(), ws.oplog(), reviews, country, year, language);
    if (!findings)
        return findings.error();
    const PdfCanvas pdf = CountryReport::render(data.value().asOf(year), findings.value(), country,
                                                year, language, QDate::currentDate());
    return pdf.save(path, title(country, year, language));
}

} // namespace vigia
