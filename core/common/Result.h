#pragma once

#include "common/Error.h"

#include <QtGlobal>

#include <optional>
#include <utility>

namespace vigia {

// A value or an Error. Marked [[nodiscard]] so a failure cannot be ignored by
// accident; no exception ever crosses a module boundary.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Reading the value of a failed Result is a bug in the caller: it stops
    // the program at once (in every build type) instead of reading garbage.
    [[nodiscard]] const T &value() const & { return (checkValue(), *m_value); }
    [[nodiscard]] T &value() & { return (checkValue(), *m_value); }
    // On a temporary, hand the value out by move: a reference into a dying
    // Result (as in `for (x : f().value())`) would dangle.
    [[nodiscard]] T value() && { return (checkValue(), std::move(*m_value)); }
    [[nodiscard]] T take() { return (checkValue(), std::move(*m_value)); }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    void checkValue() const
    {
        if (!m_value) [[unlikely]]
            qFatal("Result: value() or take() called on a failed Result (%s)",
                   qPrintable(m_error.message()));
    }

    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error;
};

using Status = Result<void>;

} // namespace vigia
