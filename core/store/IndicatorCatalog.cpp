#include "store/IndicatorCatalog.h"

#include "common/LogCategories.h"
#include "forms/BuiltinForms.h"

namespace vigia {

namespace {
const QString kBy = QStringLiteral("by_");
} // namespace

const IndicatorCatalog &IndicatorCatalog::builtin()
{
    static const IndicatorCatalog catalog = [] {
        IndicatorCatalog c;
        auto forms = BuiltinForms::load();
        if (!forms) {
            qCWarning(lcStore) << "indicator catalog unavailable:" << forms.error().message();
            return c;
        }
        for (const FormDefinition &form : forms.value()) {
            if (form.formId() != kFormId)
                continue;
            for (const FormChoice &choice : form.choicesOf(QStringLiteral("indicators")))
                c.m_units.insert(choice.name(), choice.attributes().value(QStringLiteral("unit")));
            // A breakdown is a group "by_<dimension>" of one number per
            // category; its relevance names the indicators it applies to.
            form.forEachRow([&](const FormRow &row) {
                if (!row.type().isContainer() || !row.name().startsWith(kBy))
                    return;
                const QString dimension = row.name().mid(kBy.size());
                const QString prefix = row.name() + QLatin1Char('_');
                QStringList categories;
                for (const FormRow &child : row.children())
                    if (child.name().startsWith(prefix))
                        categories.append(child.name().mid(prefix.size()));
                c.m_categories.insert(dimension, categories);
                const QString relevant = row.relevant();
                for (const QString &indicator : c.m_units.keys()) {
                    if (relevant.isEmpty() ||
                        relevant.contains(QLatin1Char('\'') + indicator + QLatin1Char('\'')))
                        c.m_dimensionsOf[indicator].append(dimension);
                }
            });
        }
        for (QStringList &dims : c.m_dimensionsOf)
            dims.sort();
        return c;
    }();
    return catalog;
}

QStringList IndicatorCatalog::dimensions(const QString &indicator) const
{
    return m_dimensionsOf.value(indicator);
}

QString IndicatorCatalog::valueField(const QString &indicator)
{
    return QStringLiteral("value_") + indicator;
}

QString IndicatorCatalog::partField(const QString &dimension, const QString &category)
{
    return kBy + dimension + QLatin1Char('_') + category;
}

} // namespace vigia
