#include "forms/FormSessionTypeCheck.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace vigia {

bool FormSessionTypeCheck::readNumber(const QString &text, const QLocale &locale, double &out)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    QString normalized = text.trimmed();
    const QString separator = locale.decimalPoint();
    if (separator != u"." && normalized.count(separator) == 1 && !normalized.contains(u'.'))
        normalized.replace(separator, QStringLiteral("."));
    if (!number.match(normalized).hasMatch())
        return false;
    bool ok = false;
    out = normalized.toDouble(&ok);
    return ok;
}

bool FormSessionTypeCheck::isChoice(const FormRow &row, const QString &name,
                                    const FormDefinition &definition)
{
    if (row.orOther() && name == u"other")
        return true;
    for (const FormChoice &choice : definition.choices()) {
        if (choice.listName() == row.listName() && choice.name() == name)
            return true;
    }
    return false;
}

QString FormSessionTypeCheck::problem(const FormRow &row, const QString &text,
                                      const FormDefinition &definition, const QLocale &locale)
{
    static const QRegularExpression whole(QStringLiteral("^[+-]?\\d+$"));
    double number = 0;
    switch (row.type().kind()) {
    case FormType::Kind::Integer:
        if (!whole.match(text.trimmed()).hasMatch())
            return tr("Enter a whole number, such as 12.");
        return {};
    case FormType::Kind::Decimal:
        if (!readNumber(text, locale, number))
            return tr("Enter a number, such as %1.").arg(locale.toString(3.5));
        return {};
    case FormType::Kind::Range:
        return rangeProblem(row, text, locale);
    case FormType::Kind::Acknowledge:
        // ODK stores "OK" when the person ticks the box, nothing otherwise.
        if (text.trimmed() != u"OK")
            return tr("Tick the box to acknowledge (stored as OK), or leave it empty.");
        return {};
    case FormType::Kind::Date:
        if (!QDate::fromString(text.trimmed(), Qt::ISODate).isValid())
            return tr("Enter a date as year-month-day, such as 2024-05-31.");
        return {};
    case FormType::Kind::DateTime:
        if (!QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs).isValid())
            return tr("Enter a date and time, such as 2024-05-31T14:30.");
        return {};
    case FormType::Kind::Time:
        if (!QTime::fromString(text.trimmed(), Qt::ISODateWithMs).isValid())
            return tr("Enter a time, such as 14:30.");
        return {};
    case FormType::Kind::SelectOne:
        if (!isChoice(row, text.trimmed(), definition))
            return tr("'%1' is not one of the choices; pick from the list.").arg(text.trimmed());
        return {};
    case FormType::Kind::SelectMultiple: {
        // Answers are choice names separated by spaces, as ODK stores them.
        const QStringList names = text.split(u' ', Qt::SkipEmptyParts);
        for (const QString &name : names) {
            if (!isChoice(row, name, definition))
                return tr("'%1' is not one of the choices; pick from the list.").arg(name);
        }
        return {};
    }
    case FormType::Kind::Geopoint: {
        // Latitude and longitude, then optional altitude and accuracy.
        const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
        QList<double> values;
        for (const QString &part : parts) {
            if (!readNumber(part, QLocale::c(), number))
                break;
            values.append(number);
        }
        if (values.size() != parts.size() || values.size() < 2 || values.size() > 4 ||
            qAbs(values[0]) > 90 || qAbs(values[1]) > 180)
            return tr("Enter the latitude and the longitude as numbers, such as 4.61 -74.08.");
        return {};
    }
    default:
        return {};
    }
}

QString FormSessionTypeCheck::rangeProblem(const FormRow &row, const QString &text,
                                           const QLocale &locale)
{
    // parameters: "start=1 end=10 step=1"; XLSForm's defaults are 1, 10, 1.
    double start = 1;
    double end = 10;
    double step = 1;
    for (const QString &pair : row.parameters().split(u' ', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0).trimmed().toLower();
        double v = 0;
        if (!readNumber(pair.section(u'=', 1), QLocale::c(), v))
            continue;
        if (key == u"start")
            start = v;
        else if (key == u"end")
            end = v;
        else if (key == u"step" && v != 0)
            step = std::abs(v);
    }
    double number = 0;
    if (!readNumber(text, locale, number))
        return tr("Enter a number, such as %1.").arg(locale.toString(start));
    const double low = std::min(start, end);
    const double high = std::max(start, end);
    // A little tolerance, so that 0.1 steps do not trip over binary fractions.
    const double steps = (number - start) / step;
    const bool onStep = std::abs(steps - std::round(steps)) < 1e-9 * std::max(1.0, std::abs(steps));
    if (number < low || number > high || !onStep) {
        return tr("Enter a number from %1 to %2 in steps of %3.")
            .arg(locale.toString(start), locale.toString(end), locale.toString(step));
    }
    return {};
}

ExprValue FormSessionTypeCheck::toValue(const FormRow &row, const QString &text,
                                        const QLocale &locale)
{
    if (text.isEmpty())
        return {};
    switch (row.type().kind()) {
    case FormType::Kind::Integer:
    case FormType::Kind::Decimal:
    case FormType::Kind::Range: {
        double number = 0;
        if (readNumber(text, locale, number))
            return ExprValue::number(number);
        break;
    }
    case FormType::Kind::Date:
    case FormType::Kind::Today: {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (date.isValid())
            return ExprValue::date(date);
        break;
    }
    default:
        break;
    }
    return ExprValue::string(text);
}

} // namespace vigia
