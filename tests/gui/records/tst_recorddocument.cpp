// RecordDocument without a view: every change, undo and redo, repeat
// instances, saving and finalizing go through the document, and what it
// stores is RecordDraft's canonical spelling.

#include "forms/FormJson.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/records/RecordDocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace vigia;

namespace {

const QByteArray kForm = R"json({"format_version": 1,
    "settings": {"form_id": "doc", "version": "1", "default_language": "en",
                 "title": {"en": "Document"}},
    "survey": [
        {"type": "decimal", "name": "weight", "label": {"en": "Weight"}},
        {"type": "integer", "name": "count", "label": {"en": "Count"}},
        {"type": "text", "name": "note", "label": {"en": "Note"}, "required": true},
        {"type": "text", "name": "place", "label": {"en": "Place"}, "default": "home"},
        {"type": "calculate", "name": "twice", "calculation": "${weight} * 2"},
        {"type": "repeat", "name": "members", "label": {"en": "Members"}, "children": [
            {"type": "integer", "name": "age", "label": {"en": "Age"}}
        ]}
    ]})json";

QCborValue text(const char *t)
{
    return QCborValue(QString::fromUtf8(t));
}

} // namespace

class tst_RecordDocument : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspace> m_ws;

    QUuid newRecord(const RecordStore::Values &values = {})
    {
        auto id = (*m_ws)->records().create(QStringLiteral("doc"), QStringLiteral("1"), values);
        return id ? id.value() : QUuid();
    }

    // What the store holds, cleared answers (null) left out.
    QMap<QString, QCborValue> storedValues(const QUuid &id)
    {
        QMap<QString, QCborValue> out;
        auto record = (*m_ws)->records().get(id);
        if (!record)
            return out;
        for (auto it = record.value().values.cbegin(); it != record.value().values.cend(); ++it) {
            if (!it.value().isNull())
                out.insert(it.key(), it.value());
        }
        return out;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_ws = std::make_unique<test::TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        auto form = FormJson::read(kForm, QStringLiteral("test"));
        QVERIFY(form);
        QVERIFY((*m_ws)->forms().importDefinition(form.value()));
    }

    void cleanup() { m_ws.reset(); }

    void undoAndRedoOfAValue()
    {
        const QUuid id = newRecord();
        RecordDocument doc(**m_ws, id);
        QVERIFY2(doc.isLoaded(), qPrintable(doc.loadError()));
        QSignalSpy changed(&doc, &RecordDocument::valueChanged);

        doc.edit(QStringLiteral("weight"), QStringLiteral("1.50"));
        QCOMPARE(doc.session().text(QStringLiteral("weight")), QStringLiteral("1.5"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("weight"));
        QVERIFY(changed.at(0).at(1).toStringList().contains(QStringLiteral("twice")));
        // The same answer spelled another way is no step.
        doc.edit(QStringLiteral("weight"), QStringLiteral("1.5000"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(changed.size(), 1);
        // Typing in one field merges into one step.
        doc.edit(QStringLiteral("note"), QStringLiteral("a"));
        doc.edit(QStringLiteral("note"), QStringLiteral("ab"));
        QCOMPARE(doc.undoStack()->count(), 2);

        doc.undoStack()->undo();
        QCOMPARE(doc.session().text(QStringLiteral("note")), QString());
        doc.undoStack()->undo();
        QCOMPARE(doc.session().text(QStringLiteral("weight")), QString());
        doc.undoStack()->redo();
        QCOMPARE(doc.session().text(QStringLiteral("weight")), QStringLiteral("1.5"));
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("weight"));

        QVERIFY(doc.hasUnsavedChanges());
        QSignalSpy saved(&doc, &RecordDocument::saved);
        QVERIFY(doc.save());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).toBool(), true);
        QVERIFY(!doc.hasUnsavedChanges());
        const QMap<QString, QCborValue> values = storedValues(id);
        QCOMPARE(values.value(QStringLiteral("weight")), text("1.5"));
        QCOMPARE(values.value(QStringLiteral("twice")), text("3"));
        QVERIFY(!values.contains(QStringLiteral("note")));
        QCOMPARE(doc.stored(), values);

        // Whole numbers lose their leading zeros.
        doc.edit(QStringLiteral("count"), QStringLiteral("007"));
        QCOMPARE(doc.session().text(QStringLiteral("count")), QStringLiteral("7"));
    }

    void undoAndRedoOfRepeatInstances()
    {
        const QUuid id = newRecord();
        RecordDocument doc(**m_ws, id);
        QSignalSpy instances(&doc, &RecordDocument::instancesChanged);
        doc.addInstance(QStringLiteral("members"));
        doc.addInstance(QStringLiteral("members"));
        QCOMPARE(instances.size(), 2);
        QCOMPARE(instances.last().at(0).toString(), QStringLiteral("members"));
        QCOMPARE(instances.last().at(1).toInt(), 2);
        doc.edit(QStringLiteral("members[1]/age"), QStringLiteral("030"));
        doc.edit(QStringLiteral("members[2]/age"), QStringLiteral("40"));
        QVERIFY(doc.save());
        QCOMPARE(storedValues(id).value(QStringLiteral("members[1]/age")), text("30"));
        QCOMPARE(storedValues(id).value(QStringLiteral("members")), text("2"));

        doc.removeInstance(QStringLiteral("members"), 1);
        QCOMPARE(doc.session().instanceCount(QStringLiteral("members")), 1);
        QCOMPARE(instances.last().at(1).toInt(), 1);
        QCOMPARE(doc.session().text(QStringLiteral("members[1]/age")), QStringLiteral("40"));
        QVERIFY(doc.save());
        QMap<QString, QCborValue> values = storedValues(id);
        QCOMPARE(values.value(QStringLiteral("members")), text("1"));
        QCOMPARE(values.value(QStringLiteral("members[1]/age")), text("40"));
        QVERIFY(!values.contains(QStringLiteral("members[2]/age")));

        // Undone: the instance comes back at its place, with its answer.
        doc.undoStack()->undo();
        QCOMPARE(doc.session().instanceCount(QStringLiteral("members")), 2);
        QCOMPARE(doc.session().text(QStringLiteral("members[1]/age")), QStringLiteral("30"));
        QCOMPARE(doc.session().text(QStringLiteral("members[2]/age")), QStringLiteral("40"));
        QVERIFY(doc.save());
        values = storedValues(id);
        QCOMPARE(values.value(QStringLiteral("members")), text("2"));
        QCOMPARE(values.value(QStringLiteral("members[1]/age")), text("30"));
        QCOMPARE(values.value(QStringLiteral("members[2]/age")), text("40"));

        doc.undoStack()->redo();
        QCOMPARE(doc.session().instanceCount(QStringLiteral("members")), 1);
        // Adding undone: the instance goes.
        doc.undoStack()->setIndex(1);
        QCOMPARE(doc.session().instanceCount(QStringLiteral("members")), 1);
        doc.undoStack()->setIndex(0);
        QCOMPARE(doc.session().instanceCount(QStringLiteral("members")), 0);
        QVERIFY(doc.save());
        values = storedValues(id);
        QVERIFY(!values.contains(QStringLiteral("members")));
        QVERIFY(!values.contains(QStringLiteral("members[1]/age")));
    }

    void saveAndFinalize()
    {
        const QUuid id = newRecord();
        RecordDocument doc(**m_ws, id);
        // A new record: what the form filled in is to be saved.
        QVERIFY(doc.hasUnsavedChanges());
        QSignalSpy status(&doc, &RecordDocument::statusChanged);
        doc.edit(QStringLiteral("weight"), QStringLiteral("2.50"));
        doc.edit(QStringLiteral("count"), QStringLiteral("+007"));
        // Missing the required note: not finalized, and nothing changes status.
        QVERIFY(!doc.finalize());
        QVERIFY(doc.isDraft());
        QCOMPARE(status.size(), 0);
        QCOMPARE(storedValues(id).value(QStringLiteral("place")), text("home"));

        doc.edit(QStringLiteral("note"), QStringLiteral(" kept as typed "));
        QVERIFY(doc.finalize());
        QVERIFY(doc.isFinalized());
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.at(0).at(0).value<RecordStatus>(), RecordStatus::Finalized);
        QCOMPARE(doc.undoStack()->count(), 0);
        auto record = (*m_ws)->records().get(id);
        QVERIFY(record);
        QCOMPARE(record.value().status, RecordStatus::Finalized);
        QCOMPARE(record.value().values.value(QStringLiteral("weight")), text("2.5"));
        QCOMPARE(record.value().values.value(QStringLiteral("count")), text("7"));
        QCOMPARE(record.value().values.value(QStringLiteral("twice")), text("5"));
        QCOMPARE(record.value().values.value(QStringLiteral("note")), text(" kept as typed "));

        doc.edit(QStringLiteral("weight"), QStringLiteral("9"));
        QCOMPARE(doc.session().text(QStringLiteral("weight")), QStringLiteral("2.5"));
        QVERIFY(doc.reopen());
        QVERIFY(doc.isDraft());
        QCOMPARE((*m_ws)->records().get(id).value().status, RecordStatus::Draft);
        QCOMPARE(status.size(), 2);
    }

    void storedAnswersKeepTheirBytes()
    {
        // Spelled as an earlier version or another tool stored them.
        const QUuid id = newRecord({{QStringLiteral("weight"), text("1.50")},
                                    {QStringLiteral("count"), QCborValue(qint64(7))},
                                    {QStringLiteral("note"), text("n")},
                                    {QStringLiteral("twice"), text("3")}});
        {
            RecordDocument doc(**m_ws, id);
            QVERIFY(!doc.hasUnsavedChanges());
            QCOMPARE(doc.session().text(QStringLiteral("weight")), QStringLiteral("1.50"));
            // The same number typed again is no change.
            doc.edit(QStringLiteral("weight"), QStringLiteral("1.5"));
            doc.edit(QStringLiteral("count"), QStringLiteral("07"));
            QCOMPARE(doc.undoStack()->count(), 0);
            QVERIFY(doc.finalize());
        }
        const QMap<QString, QCborValue> values = storedValues(id);
        QCOMPARE(values.value(QStringLiteral("weight")).toCbor(), text("1.50").toCbor());
        QCOMPARE(values.value(QStringLiteral("count")).toCbor(), QCborValue(qint64(7)).toCbor());
    }

    void closingSavesAndRefusalsAreSaid()
    {
        const QUuid id = newRecord({{QStringLiteral("place"), text("office")}});
        {
            RecordDocument doc(**m_ws, id);
            QSignalSpy refused(&doc, &RecordDocument::valueRefused);
            doc.edit(QStringLiteral("twice"), QStringLiteral("4"));
            QCOMPARE(refused.size(), 1);
            QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("twice"));
            doc.edit(QStringLiteral("note"), QStringLiteral("late"));
            QVERIFY(doc.hasUnsavedChanges());
        }
        QCOMPARE(storedValues(id).value(QStringLiteral("note")), text("late"));

        RecordDocument missing(**m_ws, QUuid::createUuid());
        QVERIFY(!missing.isLoaded());
        QVERIFY(!missing.loadError().isEmpty());
    }
};

QTEST_MAIN(tst_RecordDocument)
#include "tst_recorddocument.moc"
