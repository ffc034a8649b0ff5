#pragma once

#include "common/Result.h"
#include "hub/HubStore.h"

#include <functional>
#include <memory>

namespace vigia {

// Store connections for the server's worker threads: one per thread, made on
// the thread's first request and closed when the thread ends, because a Qt
// SQL connection may be used only by the thread that opened it.
class HubStorePool
{
public:
    using Factory = std::function<Result<std::unique_ptr<HubStore>>()>;

    // A store for the calling thread, valid until the thread ends or the
    // pool goes away.
    class Lease
    {
    public:
        explicit Lease(HubStore *store)
            : m_store(store)
        {}
        HubStore *operator->() const { return m_store; }
        HubStore &operator*() const { return *m_store; }

    private:
        HubStore *m_store;
    };

    explicit HubStorePool(Factory factory);
    // Closes the calling thread's store; worker threads close theirs as they
    // end (the server joins them before the pool is destroyed).
    ~HubStorePool();
    HubStorePool(const HubStorePool &) = delete;
    HubStorePool &operator=(const HubStorePool &) = delete;

    [[nodiscard]] Result<Lease> acquire();

private:
    Factory m_factory;
    quint64 m_serial; // never reused, unlike an address
};

} // namespace vigia
