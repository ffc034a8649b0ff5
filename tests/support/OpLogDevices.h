#pragma once

#include "db/Database.h"
#include "FakeClock.h"
#include "oplog/OpLog.h"

#include <QTemporaryDir>

#include <memory>

namespace vigia::test {

// A bare store and op log of one simulated device: what merge tests need,
// without the keys and forms of a whole workspace.
struct OpLogDevice
{
    std::unique_ptr<Database> db;
    std::unique_ptr<OpLog> log;
};

// Makes devices with their own store files in one temporary folder.
class OpLogDevices
{
public:
    // A new device with a random id whose clock is `clock`.
    [[nodiscard]] OpLogDevice create(const FakeClock &clock);

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
};

} // namespace vigia::test
