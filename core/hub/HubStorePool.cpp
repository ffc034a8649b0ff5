#include "hub/HubStorePool.h"

#include <atomic>
#include <unordered_map>

namespace vigia {

namespace {
std::atomic<quint64> g_nextSerial{1};
// The calling thread's stores, one per pool.
thread_local std::unordered_map<quint64, std::unique_ptr<HubStore>> t_stores;
} // namespace

HubStorePool::HubStorePool(Factory factory)
    : m_factory(std::move(factory))
    , m_serial(g_nextSerial.fetch_add(1))
{}

HubStorePool::~HubStorePool()
{
    t_stores.erase(m_serial);
}

Result<HubStorePool::Lease> HubStorePool::acquire()
{
    auto found = t_stores.find(m_serial);
    if (found != t_stores.end())
        return Lease(found->second.get());
    auto created = m_factory();
    if (!created)
        return created.error();
    HubStore *store = created.value().get();
    t_stores.emplace(m_serial, std::move(created.value()));
    return Lease(store);
}

} // namespace vigia
