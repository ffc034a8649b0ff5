#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace vigia {

// Records counted by country × the answer of one select field, with row and
// column totals, written with small cells suppressed (SmallCellSuppression):
// a hidden count below k reads "<k", a count hidden to protect another "x".
// A select_multiple answer counts once per choice, so its totals count
// mentions; a record without an answer is not counted.
class AggregateTable
{
public:
    // `choices` in the order of the form's list; an answer outside it gets
    // a column of its own at the end.
    AggregateTable(QString name, QString field, QStringList choices, bool multiple);

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &field() const { return m_field; }
    void add(const QString &country, const QString &answer);
    // The header ("country", each choice, "total") and the lines, the
    // totals line last, suppressed with threshold `k`.
    [[nodiscard]] QStringList header() const;
    [[nodiscard]] QList<QStringList> rows(int k) const;

private:
    QString m_name;
    QString m_field;
    QStringList m_choices;
    bool m_multiple = false;
    QMap<QString, QHash<QString, qint64>> m_counts; // country -> choice -> count
};

} // namespace vigia
