#pragma once

#include "forms/expr/ExprValue.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vigia {

// What an expression can see of the record being filled in. The validation
// engine implements it over a record; tests implement it over a few maps.
class ExprContext
{
public:
    virtual ~ExprContext() = default;

    // The value of ${name} as seen from the field being evaluated: inside a
    // repeat, the sibling in the same instance. Empty when unanswered.
    [[nodiscard]] virtual ExprValue value(const QString &name) const = 0;
    // The value of `.`, the field that owns the expression.
    [[nodiscard]] virtual ExprValue currentValue() const = 0;
    // The values of ${name} in every instance of its repeat, for sum(),
    // count(), max() and min().
    [[nodiscard]] virtual QList<ExprValue> repeatValues(const QString &name) const
    {
        return {value(name)};
    }
    // The label, in the current language, of choice `choice` of the
    // select field `field`; empty when there is no such choice.
    [[nodiscard]] virtual QString choiceLabel(const QString &field, const QString &choice) const
    {
        Q_UNUSED(field);
        Q_UNUSED(choice);
        return {};
    }
    // The 1-based instance number of the repeat around the field being
    // evaluated (`name` empty), or of the repeat that holds field `name`.
    [[nodiscard]] virtual int position(const QString &name) const
    {
        Q_UNUSED(name);
        return 0;
    }
    // Column `column` ("name", "filter", any extra column) of the choice a
    // choice_filter is testing; empty outside a choice filter.
    [[nodiscard]] virtual ExprValue choiceColumn(const QString &column) const
    {
        Q_UNUSED(column);
        return {};
    }
    // The value already stored for the owning field, which once() keeps.
    [[nodiscard]] virtual ExprValue storedValue() const { return currentValue(); }
    // today() and now(); injectable so that tests do not depend on the date.
    [[nodiscard]] virtual QDateTime now() const = 0;
};

} // namespace vigia
