#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace vigia {

// One (date, value) point of a target's path (docs/monitoring.md).
struct Milestone
{
    QDate date;
    double value = 0;

    friend bool operator==(const Milestone &, const Milestone &) = default;
};

// A time-bound goal for one indicator in one country: synced entity
// "target" (docs/monitoring.md). `disaggregation` is empty for the total, or
// "dimension=category" naming one answer of the indicator report's
// breakdowns ("sex=girls" reads the report's by_sex_girls).
struct Target
{
    QUuid id;
    QString country;
    QString indicator;
    QString disaggregation;
    QString unit; // "count", "months", or an ISO 4217 code for budgets
    double baselineValue = 0;
    int baselineYear = 0;
    double targetValue = 0;
    QDate targetDate;
    QList<Milestone> milestones; // sorted by date
    bool deleted = false;

    friend bool operator==(const Target &, const Target &) = default;
};

} // namespace vigia
