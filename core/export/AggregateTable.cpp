#include "export/AggregateTable.h"

#include "export/SmallCellSuppression.h"

namespace vigia {

AggregateTable::AggregateTable(QString name, QString field, QStringList choices, bool multiple)
    : m_name(std::move(name))
    , m_field(std::move(field))
    , m_choices(std::move(choices))
    , m_multiple(multiple)
{}

void AggregateTable::add(const QString &country, const QString &answer)
{
    const QStringList picked = m_multiple ? answer.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                          : QStringList{answer.trimmed()};
    for (const QString &choice : picked) {
        if (choice.isEmpty())
            continue;
        if (!m_choices.contains(choice))
            m_choices.append(choice);
        ++m_counts[country][choice];
    }
}

QStringList AggregateTable::header() const
{
    return QStringList{QStringLiteral("country")} + m_choices +
           QStringList{QStringLiteral("total")};
}

QList<QStringList> AggregateTable::rows(int k) const
{
    QList<QList<qint64>> counts;
    QStringList countries;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        countries.append(it.key().isEmpty() ? QStringLiteral("(none)") : it.key());
        QList<qint64> line;
        for (const QString &choice : m_choices)
            line.append(it.value().value(choice));
        counts.append(line);
    }
    const QList<QList<qint64>> m = SmallCellSuppression::withTotals(counts);
    const QList<QList<bool>> hidden = SmallCellSuppression::apply(counts, k);
    const QString below = QStringLiteral("<") + QString::number(k);
    QList<QStringList> out;
    for (qsizetype r = 0; r < m.size(); ++r) {
        QStringList line{r < countries.size() ? countries[r] : QStringLiteral("total")};
        for (qsizetype c = 0; c < m[r].size(); ++c) {
            if (!hidden[r][c])
                line.append(QString::number(m[r][c]));
            else
                line.append(m[r][c] < k ? below : QStringLiteral("x"));
        }
        out.append(line);
    }
    return out;
}

} // namespace vigia
