#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QUuid>

#include <optional>

namespace vigia {

// What progress needs of one finalized indicator report
// (resources/forms/indicator_report.json): its period, unit and numbers.
struct ReportValue
{
    QUuid record;
    QString country;
    QString indicator;
    QDate periodStart;
    QDate periodEnd;
    // The report's unit: "count" or "months", or for a budget its currency
    // code, so two currencies never count as one unit.
    QString unit;
    std::optional<double> total; // value_<indicator>
    QMap<QString, double> parts; // "by_sex_girls" -> value, answered ones only
    quint64 updatedHlc = 0;      // later finalized reports win a period
};

} // namespace vigia
