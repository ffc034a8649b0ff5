#include "Transit.h"

#include <memory>

namespace vigia::test::transit {

TransitHook drop()
{
    return [](const Transit &) { return QList<QByteArray>(); };
}

TransitHook duplicate()
{
    return [](const Transit &t) { return QList<QByteArray>{t.bytes, t.bytes}; };
}

TransitHook truncate(qsizetype bytes)
{
    return [bytes](const Transit &t) { return QList<QByteArray>{t.bytes.left(bytes)}; };
}

TransitHook flipBit(qsizetype offset, int bit)
{
    return [offset, bit](const Transit &t) {
        QByteArray damaged = t.bytes;
        const qsizetype at = offset < 0 ? damaged.size() + offset : offset;
        if (at >= 0 && at < damaged.size())
            damaged[at] = char(damaged.at(at) ^ (1 << (bit & 7)));
        return QList<QByteArray>{damaged};
    };
}

TransitHook swapNextTwo()
{
    // Shared, because std::function copies the hook.
    auto held = std::make_shared<QList<QByteArray>>();
    auto seen = std::make_shared<int>(0);
    return [held, seen](const Transit &t) {
        if (++*seen == 1) {
            held->append(t.bytes);
            return QList<QByteArray>();
        }
        QList<QByteArray> out{t.bytes};
        out += *held;
        held->clear();
        return out;
    };
}

TransitHook onlyTo(const QString &to, TransitHook hook)
{
    return [to, hook = std::move(hook)](const Transit &t) {
        return t.to == to ? hook(t) : QList<QByteArray>{t.bytes};
    };
}

} // namespace vigia::test::transit
