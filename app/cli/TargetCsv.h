#pragma once

#include "common/Result.h"
#include "store/Target.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace vigia {

// The CSV file of `vigiactl targets import` (docs/vigiactl.md): UTF-8, a
// header row naming the columns country, indicator, breakdown, unit,
// baseline, baseline_year, target, target_date and milestones (in any
// order; breakdown, unit and milestones may be left out), one target per
// row. Numbers use a dot; milestones are "DATE=VALUE" pairs separated by
// ';'. Quoted fields follow RFC 4180.
class TargetCsv
{
    Q_DECLARE_TR_FUNCTIONS(vigia::TargetCsv)

public:
    // Every row's target, or one Validation error listing each bad row by its
    // line number.
    [[nodiscard]] static Result<QList<Target>> parse(const QByteArray &bytes);
    // "DATE=VALUE;DATE=VALUE" into milestones, or an error message.
    [[nodiscard]] static Result<QList<Milestone>> milestones(const QString &text);
    // A number written with a dot, as in the files and on the command line.
    [[nodiscard]] static std::optional<double> number(const QString &text);
};

} // namespace vigia
