#include "store/TargetStore.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "oplog/ReservedFields.h"
#include "store/IndicatorCatalog.h"

#include <QCborArray>
#include <QCborValue>
#include <QMap>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace vigia {

namespace {
// Stable namespace for target ids; changing it would split every target in two.
const QUuid kTargetNamespace(QStringLiteral("{7a59e7a1-5e1c-4f0b-9d61-3a5c0d7e2b10}"));

const QString kCountry = QStringLiteral("country");
const QString kIndicator = QStringLiteral("indicator");
const QString kDisaggregation = QStringLiteral("disaggregation");
const QString kUnit = QStringLiteral("unit");
const QString kBaselineValue = QStringLiteral("baseline_value");
const QString kBaselineYear = QStringLiteral("baseline_year");
const QString kTargetValue = QStringLiteral("target_value");
const QString kTargetDate = QStringLiteral("target_date");
const QString kMilestones = QStringLiteral("milestones");

double number(const QCborValue &v)
{
    return v.isInteger() ? double(v.toInteger()) : v.toDouble();
}

QCborValue milestonesValue(const QList<Milestone> &milestones)
{
    QCborArray out;
    for (const Milestone &m : milestones)
        out.append(QCborArray{m.date.toString(Qt::ISODate), m.value});
    return out;
}

QList<Milestone> milestonesFrom(const QCborValue &v)
{
    QList<Milestone> out;
    for (const QCborValue &item : v.toArray()) {
        const QCborArray pair = item.toArray();
        if (pair.size() == 2)
            out.append({QDate::fromString(pair.at(0).toString(), Qt::ISODate), number(pair.at(1))});
    }
    return out;
}

void assign(Target &t, const QString &field, const QCborValue &v)
{
    if (field == kCountry)
        t.country = v.toString();
    else if (field == kIndicator)
        t.indicator = v.toString();
    else if (field == kDisaggregation)
        t.disaggregation = v.toString();
    else if (field == kUnit)
        t.unit = v.toString();
    else if (field == kBaselineValue)
        t.baselineValue = number(v);
    else if (field == kBaselineYear)
        t.baselineYear = int(v.toInteger());
    else if (field == kTargetValue)
        t.targetValue = number(v);
    else if (field == kTargetDate)
        t.targetDate = QDate::fromString(v.toString(), Qt::ISODate);
    else if (field == kMilestones)
        t.milestones = milestonesFrom(v);
    else if (field == ReservedField::kDeleted)
        t.deleted = v.toBool();
}

bool lessByKey(const Target &a, const Target &b)
{
    return std::tie(a.country, a.indicator, a.disaggregation) <
           std::tie(b.country, b.indicator, b.disaggregation);
}
} // namespace

TargetStore::TargetStore(Database &db, OpLog &log, Role role)
    : m_db(db)
    , m_log(log)
    , m_role(role)
{}

QUuid TargetStore::idFor(const QString &country, const QString &indicator,
                         const QString &disaggregation)
{
    return QUuid::createUuidV5(kTargetNamespace, country + QLatin1Char('|') + indicator +
                                                     QLatin1Char('|') + disaggregation);
}

Status TargetStore::validate(const Target &t)
{
    static const QRegularExpression countryRe(QStringLiteral("^[A-Z]{2}$"));
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    const IndicatorCatalog &catalog = IndicatorCatalog::builtin();
    QStringList problems;
    if (!countryRe.match(t.country).hasMatch())
        problems
            << tr("The country must be a two-letter code such as GT, not \"%1\".").arg(t.country);
    if (!catalog.hasIndicator(t.indicator)) {
        problems << tr("\"%1\" is not an indicator of the indicator report. Use one of: %2.")
                        .arg(t.indicator, catalog.indicators().join(QStringLiteral(", ")));
    } else {
        const QString kind = catalog.unitKind(t.indicator);
        const bool unitOk = kind == QLatin1String("currency") ? currencyRe.match(t.unit).hasMatch()
                                                              : t.unit == kind;
        if (!unitOk)
            problems << (kind == QLatin1String("currency")
                             ? tr("Indicator %1 is a budget: its unit is the ISO 4217 code of "
                                  "its currency, such as USD, not \"%2\".")
                                   .arg(t.indicator, t.unit)
                             : tr("Indicator %1 is measured in %2, not \"%3\".")
                                   .arg(t.indicator, kind, t.unit));
        if (!t.disaggregation.isEmpty()) {
            const QString dimension = t.disaggregation.section(QLatin1Char('='), 0, 0);
            const QString category = t.disaggregation.section(QLatin1Char('='), 1);
            if (!catalog.dimensions(t.indicator).contains(dimension) ||
                !catalog.categories(dimension).contains(category))
                problems << tr("Indicator %1 has no breakdown \"%2\". Leave it empty for the "
                               "total, or write dimension=category, one of: %3.")
                                .arg(t.indicator, t.disaggregation, [&] {
                                    QStringList all;
                                    for (const QString &d : catalog.dimensions(t.indicator))
                                        for (const QString &c : catalog.categories(d))
                                            all << d + QLatin1Char('=') + c;
                                    return all.join(QStringLiteral(", "));
                                }());
        }
    }
    if (!std::isfinite(t.baselineValue) || !std::isfinite(t.targetValue))
        problems << tr("The baseline and the target need numbers.");
    if (t.baselineYear < 1900 || t.baselineYear > 2200)
        problems << tr("The baseline year must be a year such as 2024.");
    const QDate baselineEnd(t.baselineYear, 12, 31);
    if (!t.targetDate.isValid())
        problems << tr("The target needs a date (YYYY-MM-DD).");
    else if (baselineEnd.isValid() && t.targetDate <= baselineEnd)
        problems << tr("The target date must come after the baseline year.");
    QDate previous = baselineEnd;
    for (const Milestone &m : t.milestones) {
        if (!m.date.isValid() || !std::isfinite(m.value)) {
            problems << tr("Every milestone needs a date (YYYY-MM-DD) and a number.");
            break;
        }
        if (m.date <= previous || (t.targetDate.isValid() && m.date >= t.targetDate)) {
            problems << tr("Milestones must fall between the baseline year and the target date, "
                           "each on a later date than the one before.");
            break;
        }
        previous = m.date;
    }
    if (problems.isEmpty())
        return {};
    return Error(ErrorCode::Validation, problems.join(QLatin1Char(' ')));
}

Status TargetStore::checkRole() const
{
    if (mayWrite(m_role))
        return {};
    return Error(ErrorCode::Validation,
                 tr("Only a coordinator sets targets; on a researcher's device they are read "
                    "only. Ask the national coordinator to change them."));
}

Status TargetStore::write(const Target &t)
{
    if (Status s = validate(t); !s)
        return s;
    auto ops = m_log.append(kEntity, idFor(t.country, t.indicator, t.disaggregation).toRfc4122(),
                            {{kCountry, t.country},
                             {kIndicator, t.indicator},
                             {kDisaggregation, t.disaggregation},
                             {kUnit, t.unit},
                             {kBaselineValue, t.baselineValue},
                             {kBaselineYear, qint64(t.baselineYear)},
                             {kTargetValue, t.targetValue},
                             {kTargetDate, t.targetDate.toString(Qt::ISODate)},
                             {kMilestones, milestonesValue(t.milestones)},
                             {ReservedField::kDeleted, false}});
    if (!ops)
        return ops.error();
    return {};
}

Result<QUuid> TargetStore::set(Target target)
{
    auto n = setAll({target});
    if (!n)
        return n.error();
    return idFor(target.country, target.indicator, target.disaggregation);
}

Result<int> TargetStore::setAll(const QList<Target> &targets)
{
    if (Status s = checkRole(); !s)
        return s.error();
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    for (Target t : targets) {
        std::sort(t.milestones.begin(), t.milestones.end(),
                  [](const Milestone &a, const Milestone &b) { return a.date < b.date; });
        if (Status s = write(t); !s)
            return s.error();
    }
    if (Status s = txn.commit(); !s)
        return s.error();
    qCInfo(lcStore) << "targets written:" << targets.size();
    return int(targets.size());
}

Status TargetStore::remove(const QUuid &id)
{
    if (Status s = checkRole(); !s)
        return s;
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    auto current = get(id);
    if (!current)
        return current.error();
    if (!current.value().deleted) {
        auto op = m_log.append(kEntity, id.toRfc4122(), ReservedField::kDeleted, true);
        if (!op)
            return op.error();
    }
    return txn.commit();
}

Result<Target> TargetStore::get(const QUuid &id)
{
    auto found = read(id);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error(ErrorCode::NotFound,
                     tr("No target %1 exists. List the targets to see their ids.")
                         .arg(id.toString(QUuid::WithoutBraces)));
    return found.value().first();
}

Result<QList<Target>> TargetStore::list(const QString &country)
{
    // One country's targets are read alone: a region holds hundreds.
    auto all = read({}, country);
    if (!all)
        return all.error();
    QList<Target> out;
    for (const Target &t : all.value())
        if (!t.deleted && (country.isEmpty() || t.country == country))
            out.append(t);
    std::sort(out.begin(), out.end(), lessByKey);
    return out;
}

Result<QStringList> TargetStore::countries()
{
    Statement st(m_db.handle(),
                 "SELECT c.value FROM field_values c WHERE c.entity = ?1 AND c.field = ?2 AND "
                 "NOT EXISTS (SELECT 1 FROM field_values d WHERE d.entity = ?1 AND d.row = c.row "
                 "AND d.field = ?3 AND d.value = ?4)");
    st.bindText(1, kEntity)
        .bindText(2, kCountry)
        .bindText(3, QString(ReservedField::kDeleted))
        .bind(4, QCborValue(true).toCbor());
    QStringList out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.append(QCborValue::fromCbor(st.columnBlob(0)).toString());
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the targets"));
    out.removeAll(QString());
    out.removeDuplicates();
    out.sort();
    return out;
}

Result<QList<Target>> TargetStore::read(const QUuid &only, const QString &country)
{
    QByteArray sql = "SELECT row, field, value FROM field_values WHERE entity = ?1";
    if (!only.isNull())
        sql += " AND row = ?2";
    else if (!country.isEmpty())
        sql += " AND row IN (SELECT row FROM field_values WHERE entity = ?1 AND field = ?2 AND "
               "value = ?3)";
    Statement st(m_db.handle(), sql.constData());
    st.bindText(1, kEntity);
    if (!only.isNull())
        st.bind(2, only.toRfc4122());
    else if (!country.isEmpty())
        st.bindText(2, kCountry).bind(3, QCborValue(country).toCbor());
    QMap<QByteArray, Target> rows;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const QByteArray row = st.columnBlob(0);
        Target &t = rows[row];
        t.id = QUuid::fromRfc4122(row);
        assign(t, st.columnText(1), QCborValue::fromCbor(st.columnBlob(2)));
    }
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the targets"));
    return QList<Target>(rows.cbegin(), rows.cend());
}

} // namespace vigia
