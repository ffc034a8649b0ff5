#include "OpLogDevices.h"
#include "store/Migrations.h"

#include <QUuid>

namespace vigia::test {

OpLogDevice OpLogDevices::create(const FakeClock &clock)
{
    OpLogDevice d;
    auto db = Migrations::open(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_stores)));
    if (!db)
        qFatal("cannot open store: %s", qPrintable(db.error().message()));
    d.db = db.take();
    d.log = std::make_unique<OpLog>(*d.db, QUuid::createUuid().toRfc4122(), clock.fn());
    return d;
}

} // namespace vigia::test
