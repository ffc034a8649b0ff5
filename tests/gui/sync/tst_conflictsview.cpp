// The Conflicts tab: a conflict of two coordinators listed with both values
// side by side and a line diff, settled with one device's value, or several
// selected conflicts settled at once with a merged value written here.

#include "db/Transaction.h"
#include "FakeProject.h"
#include "oplog/OpLog.h"
#include "project/Conflicts.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/sync/ConflictsView.h"
#include "ui/sync/LineDiff.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace vigia;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString kDeputy = QStringLiteral("deputy");
const QString kSummary = QStringLiteral("summary");

bool startEdit(Workspace &ws, const QUuid &id, const QString &text)
{
    return ws.records().reopen(id) && ws.records().setValues(id, {{kSummary, text}});
}

bool write(Workspace &ws, const QUuid &row, const QString &field, const QCborValue &value)
{
    Transaction txn(ws.database());
    return txn.begun() &&
           ws.oplog().append(QStringLiteral("record"), row.toRfc4122(), field, value) &&
           txn.commit();
}

QString summary(Workspace &ws, const QUuid &id)
{
    return ws.records().get(id).value().values.value(kSummary).toString();
}
} // namespace

class TestConflictsView : public QObject
{
    Q_OBJECT

private slots:
    void lineDiff()
    {
        const auto lines = LineDiff::of(QStringLiteral("a\nb\nc"), QStringLiteral("a\nx\nc"));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).kind, LineDiff::Kind::Same);
        QCOMPARE(lines.at(1).kind, LineDiff::Kind::Removed);
        QCOMPARE(lines.at(1).text, QStringLiteral("b"));
        QCOMPARE(lines.at(2).kind, LineDiff::Kind::Added);
        QCOMPARE(lines.at(2).text, QStringLiteral("x"));
        QCOMPARE(lines.at(3).kind, LineDiff::Kind::Same);
    }

    void resolveWithAValueAndWithAMergedOne()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator) && p.addDevice(kAlice),
                 qPrintable(p.error()));
        QList<QUuid> ids;
        for (const char *text : {"one", "two", "three"}) {
            auto id = p.workspace(kAlice).records().create(
                QStringLiteral("incident"), QStringLiteral("1"),
                {{kSummary, QString::fromLatin1(text)}}, true);
            QVERIFY(id);
            ids.append(id.value());
        }
        QCOMPARE(p.carry(kAlice, FakeProject::kCoordinator).size(), 1);
        QCOMPARE(p.carry(kAlice, kDeputy).size(), 1);
        Workspace &coordinator = p.workspace(FakeProject::kCoordinator);
        // Both start editing before either finalizes: neither sees the other.
        for (const QUuid &id : ids) {
            QVERIFY(startEdit(coordinator, id, QStringLiteral("line\nat dawn")));
            QVERIFY(startEdit(p.workspace(kDeputy), id, QStringLiteral("line\nat night")));
        }
        p.clock().advance(1000);
        for (const QUuid &id : ids) {
            QVERIFY(coordinator.records().finalize(id));
            QVERIFY(p.workspace(kDeputy).records().finalize(id));
        }
        QCOMPARE(p.carry(kDeputy, FakeProject::kCoordinator).size(), 1);

        ConflictsView view(coordinator);
        view.show();
        QCOMPARE(view.rowCount(), 3);
        auto *sides = view.findChild<QTableWidget *>(QStringLiteral("conflictsSides"));
        QCOMPARE(sides->columnCount(), 2);
        QStringList shown{sides->item(0, 0)->text(), sides->item(0, 1)->text()};
        shown.sort();
        QCOMPARE(shown,
                 (QStringList{QStringLiteral("line\nat dawn"), QStringLiteral("line\nat night")}));
        auto *diff = view.findChild<QTextBrowser *>(QStringLiteral("conflictsDiff"));
        QVERIFY(diff->toPlainText().contains(QStringLiteral("at dawn")));
        QVERIFY(diff->toPlainText().contains(QStringLiteral("at night")));

        // The first: the deputy's value.
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
        auto *choice = view.findChild<QComboBox *>(QStringLiteral("conflictsChoice"));
        auto *resolve = view.findChild<QPushButton *>(QStringLiteral("conflictsResolve"));
        table->selectRow(0);
        const int deputy = choice->findData(p.deviceId(kDeputy));
        QVERIFY(deputy >= 0);
        choice->setCurrentIndex(deputy);
        QSignalSpy resolved(&view, &ConflictsView::resolved);
        resolve->click();
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(view.rowCount(), 2);

        // The other two at once, with a merged value.
        table->selectAll();
        choice->setCurrentIndex(choice->count() - 1);
        auto *merged = view.findChild<QPlainTextEdit *>(QStringLiteral("conflictsMerged"));
        QVERIFY(merged->isEnabled());
        merged->setPlainText(QStringLiteral("line\nat dawn or at night"));
        resolve->click();
        QCOMPARE(resolved.size(), 2);
        QCOMPARE(resolved.last().first().toInt(), 2);
        QCOMPARE(view.rowCount(), 0);
        QCOMPARE(Conflicts(coordinator).list().value().size(), 0);
        int mergedCount = 0, deputyCount = 0;
        for (const QUuid &id : ids) {
            mergedCount += summary(coordinator, id) == QStringLiteral("line\nat dawn or at night");
            deputyCount += summary(coordinator, id) == QStringLiteral("line\nat night");
        }
        QCOMPARE(mergedCount, 2);
        QCOMPARE(deputyCount, 1);
    }

    void filterByCountry()
    {
        test::TestWorkspace here;
        test::TestWorkspace there;
        QVERIFY2(here.isValid() && there.isValid(), qPrintable(here.error() + there.error()));
        const QUuid brazil = QUuid::createUuid();
        const QUuid guatemala = QUuid::createUuid();
        QVERIFY(write(*here, brazil, QStringLiteral("country"), QStringLiteral("BR")));
        QVERIFY(write(*here, guatemala, QStringLiteral("country"), QStringLiteral("GT")));
        for (const QUuid &row : {brazil, guatemala}) {
            QVERIFY(write(*here, row, kSummary, QStringLiteral("here")));
            QVERIFY(write(*there, row, kSummary, QStringLiteral("there")));
        }
        auto theirs = there->oplog().opsOf(there->oplog().deviceId());
        QVERIFY(theirs);
        QVERIFY(here->oplog().apply(theirs.value()));

        ConflictsView view(*here);
        view.show();
        QCOMPARE(view.rowCount(), 2);
        auto *country = view.findChild<QComboBox *>(QStringLiteral("conflictsCountry"));
        QVERIFY(country);
        QCOMPARE(country->currentIndex(), 0);
        country->setCurrentIndex(country->findData(QStringLiteral("BR")));
        QCOMPARE(view.rowCount(), 1);
        // Resolving keeps the filter: the Guatemalan conflict stays hidden.
        view.findChild<QPushButton *>(QStringLiteral("conflictsResolve"))->click();
        QCOMPARE(view.rowCount(), 0);
        auto *empty = view.findChild<QLabel *>(QStringLiteral("conflictsEmpty"));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), ConflictsView::tr("There are no open conflicts on records of "
                                                  "this country."));
        country->setCurrentIndex(0);
        QCOMPARE(view.rowCount(), 1);
        QCOMPARE(Conflicts(*here).list().value().first().row, guatemala.toRfc4122());
    }
};

QTEST_MAIN(TestConflictsView)
#include "tst_conflictsview.moc"
