#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace vigia::test {

// One bundle in flight between two FakeProject devices.
struct Transit
{
    QString from;
    QString to;
    int sequence = 0; // 1 for the first bundle the fixture sends, and so on
    QByteArray bytes;
};

// Decides what arrives instead of `bytes`: nothing (dropped), the bytes
// twice (duplicated), damaged bytes, or bundles it held back earlier
// (reordered). Runs on every bundle FakeProject::carry() sends.
using TransitHook = std::function<QList<QByteArray>(const Transit &)>;

namespace transit {

[[nodiscard]] TransitHook drop();
[[nodiscard]] TransitHook duplicate();
// Keeps the first `bytes` bytes.
[[nodiscard]] TransitHook truncate(qsizetype bytes);
// Flips one bit; a negative offset counts from the end (-1 is the last byte).
[[nodiscard]] TransitHook flipBit(qsizetype offset, int bit = 0);
// Holds back the first bundle it sees and delivers it right after the next
// one, so the two arrive in the opposite order.
[[nodiscard]] TransitHook swapNextTwo();
// Applies `hook` only to bundles for `to`; every other one passes untouched.
[[nodiscard]] TransitHook onlyTo(const QString &to, TransitHook hook);

} // namespace transit
} // namespace vigia::test
