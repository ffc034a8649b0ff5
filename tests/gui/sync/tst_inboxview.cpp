// The coordinator's inbox on the Sync page: the bundles received with their
// state, filtered by device and state, why a refused one was refused, and
// "Open records" offering the records a bundle changed.

#include "FakeProject.h"
#include "ModalHelper.h"
#include "store/RecordStore.h"
#include "ui/sync/InboxView.h"
#include "ui/sync/SyncPage.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

using namespace vigia;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");
} // namespace

class TestInboxView : public QObject
{
    Q_OBJECT

private slots:
    void listsFiltersAndOpensRecords()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &alice = p.workspace(kAlice);
        auto id =
            alice.records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                   {{QStringLiteral("summary"), QStringLiteral("dawn")}}, true);
        QVERIFY(id);
        QCOMPARE(p.carry(kAlice, FakeProject::kCoordinator).size(), 1);
        QVERIFY(alice.records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                       {{QStringLiteral("summary"), QStringLiteral("dusk")}},
                                       true));
        p.setTransitHook(test::transit::flipBit(-1, 7));
        QCOMPARE(p.carry(kAlice, FakeProject::kCoordinator).size(), 1);
        p.setTransitHook({});

        InboxView view(p.workspace(FakeProject::kCoordinator));
        view.show();
        QCOMPARE(view.rowCount(), 2);
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("inboxTable"));
        QVERIFY(table);
        QCOMPARE(table->item(0, 6)->text(), InboxView::stateText(InboxEntry::State::Refused));
        QCOMPARE(table->item(1, 6)->text(), InboxView::stateText(InboxEntry::State::Applied));
        QVERIFY(table->item(1, 1)->text().startsWith(kAlice + QStringLiteral(" (")));

        // The refused one says why.
        table->selectRow(0);
        auto *detail = view.findChild<QLabel *>(QStringLiteral("inboxDetail"));
        QVERIFY(detail->text().contains(QStringLiteral("Why:")));
        auto *open = view.findChild<QPushButton *>(QStringLiteral("inboxOpenRecords"));
        QVERIFY(!open->isEnabled());

        // Filters.
        auto *state = view.findChild<QComboBox *>(QStringLiteral("inboxState"));
        state->setCurrentIndex(state->findData(int(InboxEntry::State::Applied)));
        QCOMPARE(view.rowCount(), 1);
        auto *device = view.findChild<QComboBox *>(QStringLiteral("inboxDevice"));
        QCOMPARE(device->count(), 2); // all, and alice
        QCOMPARE(device->findData(p.deviceId(FakeProject::kCoordinator)), -1);
        device->setCurrentIndex(device->findData(p.deviceId(kAlice)));
        QCOMPARE(view.rowCount(), 1);

        // Open records: the applied bundle changed one record, opened on request.
        table->selectRow(0);
        QVERIFY(open->isEnabled());
        QSignalSpy opened(&view, &InboxView::openRecordRequested);
        QCOMPARE(
            test::answerModal(
                [&] { open->click(); },
                [](QWidget *w) {
                    auto *list = w->findChild<QListWidget *>(QStringLiteral("inboxRecordsList"));
                    QCOMPARE(list->count(), 1);
                    w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->click();
                }),
            QString());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toUuid(), id.value());
    }

    void filterByCountry()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &alice = p.workspace(kAlice);
        for (const char *country : {"BR", "GT"}) {
            QVERIFY(alice.records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                           {{QStringLiteral("summary"), QStringLiteral("road")},
                                            {QStringLiteral("country"), QLatin1String(country)}},
                                           true));
            QCOMPARE(p.carry(kAlice, FakeProject::kCoordinator).size(), 1);
        }
        InboxView view(p.workspace(FakeProject::kCoordinator));
        view.show();
        QCOMPARE(view.rowCount(), 2);
        auto *country = view.findChild<QComboBox *>(QStringLiteral("inboxCountry"));
        QVERIFY(country);
        country->setCurrentIndex(country->findData(QStringLiteral("BR")));
        QCOMPARE(view.rowCount(), 1);
        // The older bundle (listed last without the filter) carried Brazil's record.
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("inboxTable"));
        table->selectRow(0);
        QCOMPARE(
            test::answerModal(
                [&] { view.findChild<QPushButton *>(QStringLiteral("inboxOpenRecords"))->click(); },
                [&](QWidget *w) {
                    auto *list = w->findChild<QListWidget *>(QStringLiteral("inboxRecordsList"));
                    QCOMPARE(list->count(), 1);
                    w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
                }),
            QString());
        country->setCurrentIndex(country->findData(QStringLiteral("PE")));
        QCOMPARE(view.rowCount(), 0);
        // The other filters still apply beside it.
        country->setCurrentIndex(country->findData(QStringLiteral("GT")));
        QCOMPARE(view.rowCount(), 1);
        auto *state = view.findChild<QComboBox *>(QStringLiteral("inboxState"));
        state->setCurrentIndex(state->findData(int(InboxEntry::State::Refused)));
        QCOMPARE(view.rowCount(), 0);
    }

    void tabsOnlyForCoordinators()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        SyncPage coordinator(p.workspace(FakeProject::kCoordinator));
        QVERIFY(coordinator.tabs()->isTabVisible(1));
        QVERIFY(coordinator.tabs()->isTabVisible(2));
        SyncPage researcher(p.workspace(kAlice));
        QVERIFY(!researcher.tabs()->isTabVisible(1));
        QVERIFY(!researcher.tabs()->isTabVisible(2));
    }
};

QTEST_MAIN(TestInboxView)
#include "tst_inboxview.moc"
