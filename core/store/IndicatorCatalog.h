#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace vigia {

// What the built-in indicator report form (resources/forms/indicator_report.json)
// says about each quantitative indicator: its unit and the breakdowns a
// report gives for it. Read once from the form, so the form stays the one
// place that defines them.
class IndicatorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(vigia::IndicatorCatalog)

public:
    static inline const QString kFormId = QStringLiteral("indicator_report");

    // The catalog of the built-in form; empty if the form cannot be read.
    [[nodiscard]] static const IndicatorCatalog &builtin();

    [[nodiscard]] QStringList indicators() const { return m_units.keys(); }
    [[nodiscard]] bool hasIndicator(const QString &indicator) const
    {
        return m_units.contains(indicator);
    }
    // "count", "months" or "currency".
    [[nodiscard]] QString unitKind(const QString &indicator) const
    {
        return m_units.value(indicator);
    }
    // Counts add up; a median of months or a budget in several currencies
    // does not, so only counts are ever summed.
    [[nodiscard]] bool isAdditive(const QString &indicator) const
    {
        return unitKind(indicator) == QLatin1String("count");
    }
    // The dimensions ("manifestation", "sex", …) a report breaks the
    // indicator down by, sorted.
    [[nodiscard]] QStringList dimensions(const QString &indicator) const;
    // Every category of a dimension, "not_recorded" included: together they
    // partition the total.
    [[nodiscard]] QStringList categories(const QString &dimension) const
    {
        return m_categories.value(dimension);
    }
    // The report field holding the indicator's value ("value_<indicator>").
    [[nodiscard]] static QString valueField(const QString &indicator);
    // The report field of one category ("by_sex_girls").
    [[nodiscard]] static QString partField(const QString &dimension, const QString &category);

private:
    QMap<QString, QString> m_units;            // indicator -> unit kind
    QMap<QString, QStringList> m_categories;   // dimension -> categories
    QMap<QString, QStringList> m_dimensionsOf; // indicator -> dimensions
};

} // namespace vigia
