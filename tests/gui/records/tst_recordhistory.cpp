// The record editor's history panel: a record a researcher edited twice and
// whose summary two coordinators then changed at once, read on the first
// coordinator: every change in order with its device, value, bundle and
// conflict marks; the answer filter; the key that opens it on the focused
// answer; the texts follow the interface language; a device whose clock ran
// ahead is warned of.
#include "common/Language.h"
#include "FakeProject.h"
#include "project/DeviceNames.h"
#include "RecordsTestSupport.h"
#include "store/RecordRedaction.h"
#include "store/RecordStore.h"
#include "ui/common/KeyBindings.h"
#include "ui/fields/RecordField.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordHistoryModel.h"
#include "ui/records/RecordHistoryPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace vigia;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString kBob = QStringLiteral("bob");
const QString kDeputy = QStringLiteral("deputy");
const QString kSummary = QStringLiteral("summary");
const QByteArray kIncidentForm = R"json({
  "format_version": 1,
  "settings": {"form_id": "incident", "version": "1", "default_language": "en",
               "title": {"en": "Incident"}},
  "survey": [
    {"type": "text", "name": "place", "label": {"en": "Place"}},
    {"type": "narrative", "name": "summary", "label": {"en": "What happened"}}
  ]
})json";

QString cell(const RecordHistoryModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

// "device | value | note" per row, for one readable comparison.
QStringList rows(const RecordHistoryModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << QStringLiteral("%1 | %2 | %3")
                   .arg(cell(m, r, RecordHistoryModel::DeviceColumn),
                        cell(m, r, RecordHistoryModel::ValueColumn),
                        cell(m, r, RecordHistoryModel::NoteColumn));
    return out;
}
} // namespace

class TestRecordHistory : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void changesInOrderFilteredByAnswer()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator) && p.addDevice(kAlice),
                 qPrintable(p.error()));
        Workspace &alice = p.workspace(kAlice);
        Workspace &coordinator = p.workspace(FakeProject::kCoordinator);
        Workspace &deputy = p.workspace(kDeputy);
        QVERIFY(test::importJson(coordinator, kIncidentForm));
        auto id = alice.records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                         {{kSummary, QStringLiteral("first")},
                                          {QStringLiteral("place"), QStringLiteral("Tapachula")}},
                                         true);
        QVERIFY(id);
        p.clock().advance(1000);
        QVERIFY(alice.records().reopen(id.value()));
        QVERIFY(alice.records().setValues(id.value(), {{kSummary, QStringLiteral("second")}}));
        p.clock().advance(1000);
        QVERIFY(alice.records().finalize(id.value()));
        QCOMPARE(p.carry(kAlice, FakeProject::kCoordinator).size(), 1);
        QCOMPARE(p.carry(kAlice, kDeputy).size(), 1);
        // Both coordinators change the summary before either hears of the other.
        p.clock().advance(1000);
        for (Workspace *ws : {&coordinator, &deputy}) {
            QVERIFY(ws->records().reopen(id.value()));
            QVERIFY(ws->records().setValues(
                id.value(), {{kSummary, ws == &deputy ? QStringLiteral("third, by the deputy")
                                                      : QStringLiteral("third")}}));
        }
        p.clock().advance(1000);
        QVERIFY(coordinator.records().finalize(id.value()));
        QVERIFY(deputy.records().finalize(id.value()));
        QCOMPARE(p.carry(kDeputy, FakeProject::kCoordinator).size(), 1);

        auto names = DeviceNames::load(coordinator.database());
        QVERIFY(names);
        const QString a = names.value().label(p.deviceId(kAlice));
        const QString c = names.value().label(p.deviceId(FakeProject::kCoordinator));
        const QString d = names.value().label(p.deviceId(kDeputy));

        RecordEditor editor(coordinator, id.value());
        QVERIFY2(editor.isLoaded(), qPrintable(editor.loadError()));
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        RecordHistoryPanel *panel = editor.history();
        QVERIFY(!panel->isVisible()); // asked for, not shown by default

        // The key on the focused answer opens the panel on that answer.
        editor.showField(kSummary);
        QCOMPARE(editor.currentField(), kSummary);
        QTest::keySequence(QApplication::focusWidget(), keys::answerHistory());
        QVERIFY(panel->isVisible());
        QVERIFY(editor.findChild<QPushButton *>(QStringLiteral("historyButton"))->isChecked());
        QCOMPARE(panel->field(), kSummary);
        const RecordHistoryModel &m = *panel->model();
        QStringList shown = rows(m);
        QCOMPARE(shown.size(), 5);
        QCOMPARE(shown.mid(0, 3),
                 (QStringList{a + QStringLiteral(" | first | "), a + QStringLiteral(" | second | "),
                              c + QStringLiteral(" | third | Draft, never sent")}));
        QStringList concurrent = shown.mid(3);
        concurrent.sort();
        QStringList expected{c + QStringLiteral(" | third | In conflict"),
                             d + QStringLiteral(" | third, by the deputy | In conflict")};
        expected.sort();
        QCOMPARE(concurrent, expected);
        for (int r = 0; r < m.rowCount(); ++r)
            QCOMPARE(cell(m, r, RecordHistoryModel::FieldColumn), QStringLiteral("What happened"));
        // How each arrived: alice's and the deputy's through bundles.
        QVERIFY(cell(m, 0, RecordHistoryModel::ViaColumn).startsWith(QStringLiteral("Bundle ")));
        QCOMPARE(cell(m, 2, RecordHistoryModel::ViaColumn), QStringLiteral("Written here"));
        // Oldest first.
        for (int r = 1; r < m.rowCount(); ++r)
            QVERIFY(m.history().changes.at(r - 1).hlc <= m.history().changes.at(r).hlc);
        for (const QString &device : {a, c, d})
            QVERIFY2(
                panel->devicesText().contains(device + QStringLiteral(": chain of changes intact")),
                qPrintable(panel->devicesText()));

        // Every answer: the place and Vigia's own fields too, still in order.
        QComboBox *choice = panel->fieldChoice();
        choice->setCurrentIndex(choice->findData(QString()));
        QVERIFY(m.rowCount() > 5);
        QStringList fields;
        for (int r = 0; r < m.rowCount(); ++r)
            fields << m.index(r, 0).data(RecordHistoryModel::FieldRole).toString();
        QVERIFY(fields.contains(QStringLiteral("place")));
        QVERIFY(fields.contains(QStringLiteral("_status")));
        QCOMPARE(fields.count(kSummary), 5);
        for (int r = 1; r < m.rowCount(); ++r)
            QVERIFY(m.history().changes.at(r - 1).hlc <= m.history().changes.at(r).hlc);
        // The place alone: alice's one answer.
        choice->setCurrentIndex(choice->findData(QStringLiteral("place")));
        QCOMPARE(rows(m), QStringList{a + QStringLiteral(" | Tapachula | ")});

        // Another language: headers, marks and the choice follow.
        QCOMPARE(m.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("When"));
        Language::install(QStringLiteral("es"));
        QCoreApplication::processEvents(); // the widgets' LanguageChange
        QVERIFY(m.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString() !=
                QStringLiteral("When"));
        QVERIFY(choice->itemText(0) != QStringLiteral("Every answer"));
        QCOMPARE(panel->field(), QStringLiteral("place"));
    }

    // A device whose clock ran more than ten minutes ahead when it wrote is
    // named under the rows of the records it touched; one on time is not.
    void aDeviceWhoseClockRanAheadIsWarnedOf()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice) && p.addDevice(kBob), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(FakeProject::kCoordinator);
        QVERIFY(test::importJson(coordinator, kIncidentForm));
        auto onTime =
            p.workspace(kBob).records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                               {{kSummary, QStringLiteral("bob")}}, true);
        QVERIFY(onTime);
        QCOMPARE(p.carry(kBob, FakeProject::kCoordinator).size(), 1);
        // Alice's laptop says it is half an hour later than it is.
        const qint64 now = p.clock().now();
        p.clock().set(now + 30 * 60'000);
        auto ahead =
            p.workspace(kAlice).records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                                 {{kSummary, QStringLiteral("alice")}}, true);
        QVERIFY(ahead);
        p.clock().set(now);
        QCOMPARE(p.carry(kAlice, FakeProject::kCoordinator).size(), 1);

        auto names = DeviceNames::load(coordinator.database());
        QVERIFY(names);
        const QString warning = QStringLiteral(": its clock was ahead of this device's");
        const QString a = names.value().label(p.deviceId(kAlice));
        const QString b = names.value().label(p.deviceId(kBob));
        {
            RecordEditor editor(coordinator, ahead.value());
            editor.show();
            editor.showHistory(kSummary);
            const QString text = editor.history()->devicesText();
            QVERIFY2(text.contains(a + warning), qPrintable(text));
            QVERIFY2(text.contains(a + QStringLiteral(": chain of changes intact")),
                     qPrintable(text));
        }
        {
            RecordEditor editor(coordinator, onTime.value());
            editor.show();
            editor.showHistory(kSummary);
            const QString text = editor.history()->devicesText();
            QVERIFY2(text.contains(b + QStringLiteral(": chain of changes intact")),
                     qPrintable(text));
            QVERIFY2(!text.contains(warning), qPrintable(text));
        }
    }

    // A removed answer's earlier values are gone from History: the panel
    // says "(removed)" and holds the text in no role of any cell.
    void redactedValuesStayHidden()
    {
        FakeProject p;
        QVERIFY2(p.isValid(), qPrintable(p.error()));
        Workspace &ws = p.workspace(FakeProject::kCoordinator);
        QVERIFY(test::importJson(ws, kIncidentForm));
        const QString secret = QStringLiteral("Maria Perez, 12");
        auto id = ws.records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                      {{kSummary, secret}}, true);
        QVERIFY(id);
        p.clock().advance(1000);
        QVERIFY(RecordRedaction(ws.database(), ws.oplog(), ws.deviceId().toRfc4122(), ws.role())
                    .redactAnswer(id.value(), kSummary, QCborValue(QStringLiteral("a girl"))));
        RecordEditor editor(ws, id.value());
        editor.show();
        editor.showHistory(kSummary);
        const RecordHistoryModel &m = *editor.history()->model();
        QStringList values;
        for (int r = 0; r < m.rowCount(); ++r) {
            values << cell(m, r, RecordHistoryModel::ValueColumn);
            for (int c = 0; c < m.columnCount(); ++c)
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                    QVERIFY(!m.index(r, c).data(role).toString().contains(QStringLiteral("Maria")));
        }
        QCOMPARE(values, (QStringList{QStringLiteral("(removed)"), QStringLiteral("a girl")}));
    }

    // The menu of an answer's question offers its history.
    void contextMenuOfAQuestion()
    {
        FakeProject p;
        QVERIFY2(p.isValid(), qPrintable(p.error()));
        Workspace &ws = p.workspace(FakeProject::kCoordinator);
        QVERIFY(test::importJson(ws, kIncidentForm));
        auto id = ws.records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                      {{QStringLiteral("place"), QStringLiteral("Salto")}}, true);
        QVERIFY(id);
        RecordEditor editor(ws, id.value());
        editor.resize(1000, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        RecordField *place = editor.field(QStringLiteral("place"));
        QVERIFY(place);
        QStringList offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *a : menu->actions())
                offered << a->text();
            menu->actions().first()->trigger();
            menu->close();
        });
        // Where the question is: the top left corner of the field.
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(2, 2),
                                place->mapToGlobal(QPoint(2, 2)));
        QApplication::sendEvent(place, &event);
        QCOMPARE(offered, QStringList{QStringLiteral("History of this answer…")});
        QVERIFY(editor.history()->isVisible());
        QCOMPARE(editor.history()->field(), QStringLiteral("place"));
        QCOMPARE(editor.history()->model()->rowCount(), 1);
    }

    void neverChangedAnswerSaysSo()
    {
        FakeProject p;
        QVERIFY2(p.isValid(), qPrintable(p.error()));
        Workspace &ws = p.workspace(FakeProject::kCoordinator);
        QVERIFY(test::importJson(ws, kIncidentForm));
        auto id = ws.records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                      {{kSummary, QStringLiteral("only")}}, true);
        QVERIFY(id);
        RecordEditor editor(ws, id.value());
        editor.show();
        editor.showHistory(QStringLiteral("place"));
        QCOMPARE(editor.history()->model()->rowCount(), 0);
        QVERIFY(editor.history()->devicesText().contains(QStringLiteral("place")));
        editor.showHistory(kSummary);
        QCOMPARE(rows(*editor.history()->model()).size(), 1);
    }
};

QTEST_MAIN(TestRecordHistory)
#include "tst_recordhistory.moc"
