// The Forms tab: a coordinator picks a form version and publishes it; the
// row says so, publishing it again is not offered, and the version reaches
// a researcher's form list with the next bundle.

#include "FakeProject.h"
#include "forms/FormJson.h"
#include "store/FormPublication.h"
#include "store/FormStore.h"
#include "ui/sync/FormsView.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace vigia;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString kForm = QStringLiteral("checkpoint");

FormDefinition checkpoint()
{
    auto definition = FormJson::read(QByteArrayLiteral(R"({"format_version": 1,
            "settings": {"form_id": "checkpoint", "version": "3", "default_language": "en",
                         "title": {"en": "Checkpoint"}},
            "survey": [{"type": "text", "name": "place", "label": {"en": "Place"}}]})"),
                                     QStringLiteral("test"));
    return definition.ok() ? definition.value() : FormDefinition();
}

int rowOf(QTableWidget *table, const QString &formId)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == formId)
            return row;
    }
    return -1;
}
} // namespace

class TestFormsView : public QObject
{
    Q_OBJECT

private slots:
    void publishTheSelectedVersion()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(FakeProject::kCoordinator);
        QVERIFY(coordinator.forms().importDefinition(checkpoint()).ok());

        FormsView view(coordinator);
        view.show();
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("formsTable"));
        auto *publish = view.findChild<QPushButton *>(QStringLiteral("publishForm"));
        auto *message = view.findChild<QLabel *>(QStringLiteral("formsMessage"));
        QVERIFY(table && publish && message);
        // The built-in pack and the new form, none published yet.
        QCOMPARE(view.rowCount(), 4);
        QVERIFY(!publish->isEnabled());
        const int row = rowOf(table, kForm);
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("3"));
        QVERIFY(table->item(row, 3)->text().isEmpty());

        table->selectRow(row);
        QVERIFY(publish->isEnabled());
        QSignalSpy spy(&view, &FormsView::published);
        QTest::mouseClick(publish, Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toString(), kForm);
        QVERIFY2(message->text().contains(QStringLiteral("is published")),
                 qPrintable(message->text()));
        const int after = rowOf(table, kForm);
        QCOMPARE(table->item(after, 3)->text(), QStringLiteral("Published"));
        table->selectRow(after);
        QVERIFY(!publish->isEnabled());

        // It travels with the coordinator's next bundle.
        const auto outcomes = p.carry(FakeProject::kCoordinator, kAlice);
        QVERIFY(!outcomes.isEmpty());
        for (const auto &o : outcomes)
            QVERIFY2(o.ok(), qPrintable(o.error().message()));
        auto received = p.workspace(kAlice).forms().get(kForm);
        QVERIFY(received.ok());
        QCOMPARE(received.value().version(), QStringLiteral("3"));
    }
};

QTEST_MAIN(TestFormsView)
#include "tst_formsview.moc"
