// Conflicts and History on one workspace that merged another device's ops:
// the open conflict with both values, a value typed like them, taking one
// device's value, all-or-nothing resolution, and the history marking the
// competing ops and the resolution.

#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "project/Conflicts.h"
#include "project/History.h"
#include "TestWorkspace.h"

#include <QTest>
#include <QUuid>

using namespace vigia;

namespace {
const QString kField = QStringLiteral("count");

bool write(Workspace &ws, const QUuid &row, const QCborValue &value, const QString &field = kField)
{
    Transaction txn(ws.database());
    return txn.begun() &&
           ws.oplog().append(QStringLiteral("record"), row.toRfc4122(), field, value) &&
           txn.commit();
}
} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void listResolveAndHistory()
    {
        test::TestWorkspace here;
        test::TestWorkspace there;
        QVERIFY2(here.isValid() && there.isValid(), qPrintable(here.error() + there.error()));
        const QUuid row = QUuid::createUuid();
        const QUuid calm = QUuid::createUuid();
        QVERIFY(write(*here, row, 3));
        QVERIFY(write(*there, row, 5));
        QVERIFY(write(*there, calm, 1));
        const QByteArray me = here->oplog().deviceId();
        const QByteArray other = there->oplog().deviceId();
        auto theirs = there->oplog().opsOf(other);
        QVERIFY(theirs);
        QVERIFY(here->oplog().apply(theirs.value()));

        auto open = Conflicts(*here).list();
        QVERIFY(open);
        QCOMPARE(open.value().size(), 1);
        const OpenConflict c = open.value().first();
        QCOMPARE(c.row, row.toRfc4122());
        QCOMPARE(c.field, kField);
        QCOMPARE(c.values.size(), 2);
        QVERIFY(c.values.at(0).hlc <= c.values.at(1).hlc);
        QCOMPARE(Conflicts(*here).find(row, kField).value().values.size(), 2);
        QCOMPARE(Conflicts(*here).find(calm, kField).error().code(), ErrorCode::NotFound);

        QCOMPARE(Conflicts::valueOf(c, other).value().toInteger(), 5);
        QCOMPARE(Conflicts::valueOf(c, me).value().toInteger(), 3);
        QCOMPARE(Conflicts::valueOf(c, QByteArray(16, 'z')).error().code(), ErrorCode::NotFound);
        QVERIFY(Conflicts::typedValue(QStringLiteral("4"), c).isInteger());
        QVERIFY(Conflicts::typedValue(QStringLiteral("four"), c).isString());

        // All or nothing: the second names no open conflict.
        const auto before = here->oplog().stateHash().value();
        QCOMPARE(Conflicts(*here)
                     .resolve({{QStringLiteral("record"), c.row, kField, 4},
                               {QStringLiteral("record"), calm.toRfc4122(), kField, 2}})
                     .error()
                     .code(),
                 ErrorCode::NotFound);
        QCOMPARE(here->oplog().stateHash().value(), before);
        QCOMPARE(Conflicts(*here).list().value().size(), 1);

        QVERIFY(Conflicts(*here).resolve({{QStringLiteral("record"), c.row, kField, 4}}));
        QCOMPARE(Conflicts(*here).list().value().size(), 0);

        // The resolution closes the conflict at the other device too.
        auto mine = here->oplog().opsOf(me);
        QVERIFY(mine);
        QVERIFY(there->oplog().apply(mine.value()));
        QCOMPARE(Conflicts(*there).list().value().size(), 0);
        QCOMPARE(there->oplog().stateHash().value(), here->oplog().stateHash().value());

        auto history = History(*here).of(row, kField);
        QVERIFY(history);
        const auto &changes = history.value().changes;
        QCOMPARE(changes.size(), 3);
        QVERIFY(changes.at(0).conflicting && changes.at(1).conflicting);
        QVERIFY(!changes.at(2).conflicting);
        QVERIFY(changes.at(2).resolution);
        QCOMPARE(changes.at(2).value.toInteger(), 4);
        for (const RecordHistory::Change &ch : changes)
            QCOMPARE(ch.writtenHere, ch.origin == me);
        QCOMPARE(history.value().devices.size(), 2);
        QCOMPARE(History(*here).of(QUuid::createUuid()).error().code(), ErrorCode::NotFound);
    }

    void filtersByTheRecordsCountry()
    {
        test::TestWorkspace here;
        test::TestWorkspace there;
        QVERIFY2(here.isValid() && there.isValid(), qPrintable(here.error() + there.error()));
        const QUuid brazil = QUuid::createUuid();
        const QUuid guatemala = QUuid::createUuid();
        const QUuid nowhere = QUuid::createUuid();
        QVERIFY(write(*here, brazil, QStringLiteral("BR"), QStringLiteral("country")));
        QVERIFY(write(*here, guatemala, QStringLiteral("GT"), QStringLiteral("country")));
        for (const QUuid &row : {brazil, guatemala, nowhere}) {
            QVERIFY(write(*here, row, 3));
            QVERIFY(write(*there, row, 5));
        }
        auto theirs = there->oplog().opsOf(there->oplog().deviceId());
        QVERIFY(theirs);
        QVERIFY(here->oplog().apply(theirs.value()));

        QCOMPARE(Conflicts(*here).list().value().size(), 3);
        auto inBrazil = Conflicts(*here).list({QStringLiteral("BR")});
        QVERIFY(inBrazil);
        QCOMPARE(inBrazil.value().size(), 1);
        QCOMPARE(inBrazil.value().first().row, brazil.toRfc4122());
        QCOMPARE(Conflicts(*here).list({QStringLiteral("GT")}).value().first().row,
                 guatemala.toRfc4122());
        QCOMPARE(Conflicts(*here).list({QStringLiteral("PE")}).value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
