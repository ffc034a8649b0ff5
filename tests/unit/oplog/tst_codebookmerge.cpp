#include "db/Database.h"
#include "db/Statement.h"
#include "FakeClock.h"
#include "oplog/OpLog.h"
#include "OpLogDevices.h"
#include "store/Codebook.h"

#include <QTest>
#include <QUuid>

using namespace vigia;

// Every device seeds the same codebook (same rows, same values). A coordinator
// merging their ops must not see a conflict on each seeded field, while a
// real disagreement on a seeded code still opens one.
class TestCodebookMerge : public QObject
{
    Q_OBJECT

private:
    using Device = test::OpLogDevice;

    test::OpLogDevices m_devices;

    Device newDevice(const test::FakeClock &clock) { return m_devices.create(clock); }

    static QList<Op> opsOf(Device &d) { return d.log->opsOf(d.log->deviceId()).value(); }

    static QStringList conflictedKeys(Database &db)
    {
        Statement st(db.handle(), "SELECT entity, hex(row), field FROM conflicts ORDER BY 1, 2, 3");
        QStringList out;
        while (st.step() == 100 /* SQLITE_ROW */)
            out.append(st.columnText(0) + QLatin1Char('|') + st.columnText(1) + QLatin1Char('|') +
                       st.columnText(2));
        return out;
    }

private slots:
    void seededCodebooksMergeWithoutConflicts()
    {
        test::FakeClock clock;
        Device ana = newDevice(clock);
        Device ben = newDevice(clock);
        const int seeded = Codebook::seedIfEmpty(*ana.db, *ana.log).value();
        QVERIFY(seeded > 0);
        // Ben installs a day later: his seed is newer, concurrent with Ana's.
        clock.advance(24 * 3600 * 1000);
        QCOMPARE(Codebook::seedIfEmpty(*ben.db, *ben.log).value(), seeded);
        const QList<Op> fromAna = opsOf(ana);
        const QList<Op> fromBen = opsOf(ben);
        QCOMPARE(fromAna.size(), fromBen.size());

        Device coordinator = newDevice(clock);
        QVERIFY(coordinator.log->apply(fromAna).ok());
        QVERIFY(coordinator.log->apply(fromBen).ok());
        QCOMPARE(conflictedKeys(*coordinator.db), QStringList());

        Device other = newDevice(clock);
        QVERIFY(other.log->apply(fromBen).ok());
        QVERIFY(other.log->apply(fromAna).ok());
        QCOMPARE(other.log->stateHash().value(), coordinator.log->stateHash().value());
    }

    void aLaterSeedNeverOverridesAnEdit()
    {
        test::FakeClock clock;
        Device coordinator = newDevice(clock);
        QVERIFY(Codebook::seedIfEmpty(*coordinator.db, *coordinator.log).value() > 0);
        const QUuid code = Codebook::seedId(QStringLiteral("governance"));
        clock.advance(60'000);
        Codebook book(*coordinator.db, *coordinator.log);
        QVERIFY(book.rename(code, QStringLiteral("en"), QStringLiteral("Governance gaps")).ok());
        QVERIFY(book.remove(Codebook::seedId(QStringLiteral("online"))).ok());

        // A researcher installs a week later and seeds on his own device.
        clock.advance(7 * 24 * 3600 * 1000LL);
        Device ben = newDevice(clock);
        QVERIFY(Codebook::seedIfEmpty(*ben.db, *ben.log).value() > 0);
        QVERIFY(coordinator.log->apply(opsOf(ben)).ok());
        QVERIFY(ben.log->apply(opsOf(coordinator)).ok());
        for (Device *d : {&coordinator, &ben}) {
            QCOMPARE(conflictedKeys(*d->db), QStringList());
            Codebook b(*d->db, *d->log);
            QCOMPARE(b.get(code).value().nameEn, QStringLiteral("Governance gaps"));
            QVERIFY(b.get(Codebook::seedId(QStringLiteral("online"))).value().deleted);
        }
        QCOMPARE(ben.log->stateHash().value(), coordinator.log->stateHash().value());
    }

    void realDisagreementOnASeededCodeStillConflicts()
    {
        test::FakeClock clock;
        Device ana = newDevice(clock);
        Device ben = newDevice(clock);
        QVERIFY(Codebook::seedIfEmpty(*ana.db, *ana.log).value() > 0);
        QVERIFY(Codebook::seedIfEmpty(*ben.db, *ben.log).value() > 0);
        const QUuid code = Codebook::seedId(QStringLiteral("governance"));
        clock.advance(60'000);
        Codebook anaBook(*ana.db, *ana.log);
        QVERIFY(anaBook.rename(code, QStringLiteral("en"), QStringLiteral("Governance gaps")).ok());
        clock.advance(60'000);
        Codebook benBook(*ben.db, *ben.log);
        QVERIFY(benBook.rename(code, QStringLiteral("en"), QStringLiteral("Weak governance")).ok());

        Device coordinator = newDevice(clock);
        QVERIFY(coordinator.log->apply(opsOf(ana)).ok());
        QVERIFY(coordinator.log->apply(opsOf(ben)).ok());
        const QString key = QStringLiteral("code|") +
                            QString::fromLatin1(code.toRfc4122().toHex().toUpper()) +
                            QStringLiteral("|name_en");
        QCOMPARE(conflictedKeys(*coordinator.db), QStringList{key});
    }
};

QTEST_GUILESS_MAIN(TestCodebookMerge)
#include "tst_codebookmerge.moc"
