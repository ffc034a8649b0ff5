#include "monitoring/NpaMatrix.h"

#include "monitoring/CountedRecords.h"

#include "common/LogCategories.h"
#include "forms/BuiltinForms.h"
#include "store/RecordFilter.h"
#include "store/ReviewStore.h"

#include <QCborValue>

#include <algorithm>

namespace vigia {

namespace {
const QString kYesPartialNo = QStringLiteral("yes_partial_no");

struct ItemCatalog
{
    QStringList items;
    QMap<QString, FormText> labels;
};

const ItemCatalog &catalog()
{
    static const ItemCatalog c = [] {
        ItemCatalog out;
        auto forms = BuiltinForms::load();
        if (!forms) {
            qCWarning(lcStore) << "NPA items unavailable:" << forms.error().message();
            return out;
        }
        for (const FormDefinition &form : forms.value()) {
            if (form.formId() != NpaMatrix::kFormId)
                continue;
            form.forEachRow([&](const FormRow &row) {
                if (row.listName() != kYesPartialNo)
                    return;
                out.items.append(row.name());
                out.labels.insert(row.name(), row.label());
            });
        }
        return out;
    }();
    return c;
}

int yearOf(const QCborValue &v)
{
    if (v.isInteger())
        return int(v.toInteger());
    if (v.isDouble())
        return int(v.toDouble());
    return v.toString().trimmed().toInt();
}
} // namespace

QStringList NpaMatrix::items()
{
    return catalog().items;
}

QString NpaMatrix::itemLabel(const QString &item, const QString &language)
{
    const FormText label = catalog().labels.value(item);
    // The form has "pt", the interface "pt_BR".
    for (const QString &lang : {language, language.section(QLatin1Char('_'), 0, 0)}) {
        const QString text = label.value(lang);
        if (!text.isEmpty())
            return text;
    }
    const QString text = label.text(QStringLiteral("en"));
    return text.isEmpty() ? item : text;
}

Result<NpaMatrix> NpaMatrix::load(ReviewStore &reviews, const QString &country)
{
    QList<Record> counted;
    const Status read = CountedRecords::forEach(
        reviews, kFormId,
        [&counted](const Record &assessment) {
            counted.append(assessment);
            return Status();
        },
        country);
    if (!read)
        return read.error();
    return fromRecords(counted);
}

NpaMatrix NpaMatrix::fromRecords(const QList<Record> &assessments)
{
    NpaMatrix m;
    const QStringList itemNames = items();
    for (const Record &r : assessments) {
        QString country = r.values.value(QStringLiteral("country")).toString();
        if (country.isEmpty())
            country = r.country;
        const int year = yearOf(r.values.value(QStringLiteral("year")));
        if (country.isEmpty() || year <= 0)
            continue;
        QMap<int, Assessment> &years = m.m_cells[country.toUpper()];
        const auto it = years.constFind(year);
        // The assessment finalized last replaces the earlier ones whole; of
        // two with the same time, the greater id, so every device agrees.
        if (it != years.cend() && (it->updatedHlc > r.updatedHlc ||
                                   (it->updatedHlc == r.updatedHlc && it->record > r.id)))
            continue;
        Assessment a;
        a.record = r.id;
        a.updatedHlc = r.updatedHlc;
        for (const QString &item : itemNames) {
            const NpaStatus s = NpaStatusText::fromKey(r.values.value(item).toString());
            if (s != NpaStatus::NoData)
                a.answers.insert(item, s);
        }
        years.insert(year, a);
    }
    return m;
}

NpaStatus NpaMatrix::status(const QString &country, const QString &item, int year) const
{
    return m_cells.value(country).value(year).answers.value(item, NpaStatus::NoData);
}

QUuid NpaMatrix::source(const QString &country, int year) const
{
    return m_cells.value(country).value(year).record;
}

QStringList NpaMatrix::countries() const
{
    return m_cells.keys();
}

QList<int> NpaMatrix::years(const QString &country) const
{
    if (!country.isEmpty())
        return m_cells.value(country).keys();
    QList<int> out;
    for (const auto &years : m_cells)
        for (auto it = years.cbegin(); it != years.cend(); ++it)
            if (!out.contains(it.key()))
                out.append(it.key());
    std::sort(out.begin(), out.end());
    return out;
}

int NpaMatrix::count(const QString &country, int year, NpaStatus status) const
{
    int n = 0;
    for (const QString &item : items())
        n += this->status(country, item, year) == status ? 1 : 0;
    return n;
}

} // namespace vigia
