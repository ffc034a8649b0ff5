#include "../common/DateTestSupport.h"
#include "common/Language.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "ModalHelper.h"
#include "RecordsTestSupport.h"
#include "store/RecordFilter.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/common/DateInput.h"
#include "ui/fields/DateField.h"
#include "ui/fields/NarrativeField.h"
#include "ui/fields/NumberField.h"
#include "ui/records/ProblemList.h"
#include "ui/records/RecordEditor.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

#include <memory>

using namespace vigia;

namespace {
const QString kFinding = QStringLiteral("qualitative_finding");

const QByteArray kMeasureForm = R"json({
  "format_version": 1,
  "settings": {"form_id": "measure", "version": "1", "default_language": "en",
               "title": {"en": "Measure", "es": "Medida"}},
  "survey": [
    {"type": "decimal", "name": "weight", "label": {"en": "Weight", "es": "Peso"},
     "constraint": ". < 500", "constraint_message": {"en": "Too heavy", "es": "Demasiado"}},
    {"type": "integer", "name": "count", "label": {"en": "Count"}}
  ],
  "choices": []
})json";

// pyxform's rule: a name (of a field or a group) used again in a repeat.
const QByteArray kRosterForm = R"json({
  "format_version": 1,
  "settings": {"form_id": "roster", "version": "1", "default_language": "en"},
  "survey": [
    {"type": "group", "name": "details", "label": {"en": "Your details"}, "children": [
      {"type": "text", "name": "name", "label": {"en": "Your name"}}
    ]},
    {"type": "group", "name": "contact", "label": {"en": "Contact"}, "children": [
      {"type": "text", "name": "name", "label": {"en": "Contact name"}}
    ]},
    {"type": "repeat", "name": "members", "label": {"en": "Members"}, "children": [
      {"type": "group", "name": "details", "label": {"en": "Member details"}, "children": [
        {"type": "text", "name": "name", "label": {"en": "Member name"}}
      ]}
    ]}
  ],
  "choices": []
})json";
} // namespace

class TestRecordEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspace> m_ws;

    QUuid newRecord(const QString &formId)
    {
        auto form = (*m_ws)->forms().get(formId);
        if (!form)
            return {};
        auto id = (*m_ws)->records().create(formId, form.value().version());
        return id ? id.value() : QUuid();
    }

    static void typeInto(QWidget *w, const QString &text)
    {
        w->setFocus();
        QTest::keyClicks(w, text);
    }

private slots:
    void init()
    {
        Language::install(QStringLiteral("en"));
        m_ws = std::make_unique<test::TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        QVERIFY(test::ensurePack(**m_ws));
    }

    void cleanup()
    {
        m_ws.reset();
        Language::install(QStringLiteral("en"));
    }

    void createsAndFinalizesThroughWidgets()
    {
        const QUuid id = newRecord(kFinding);
        RecordEditor editor(**m_ws, id);
        QVERIFY2(editor.isLoaded(), qPrintable(editor.loadError()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        auto *date = qobject_cast<DateField *>(editor.field(QStringLiteral("date")));
        QVERIFY(date);
        date->picker()->setDate(QDate::currentDate().addDays(-2));
        QVERIFY(test::choose(editor.field(QStringLiteral("country")), QStringLiteral("BR")));
        QVERIFY(test::choose(editor.field(QStringLiteral("source_type")),
                             QStringLiteral("field_observation")));
        QVERIFY(test::choose(editor.field(QStringLiteral("confidentiality")),
                             QStringLiteral("restricted")));
        typeInto(editor.narrativeEditor(QStringLiteral("narrative")),
                 QStringLiteral("Families crossing at night"));

        QTest::keyClick(editor.narrativeEditor(QStringLiteral("narrative")), Qt::Key_Return,
                        Qt::ControlModifier);
        QVERIFY(editor.isFinalized());

        auto record = (*m_ws)->records().get(id);
        QVERIFY(record);
        QCOMPARE(record.value().status, RecordStatus::Finalized);
        QCOMPARE(record.value().values.value(QStringLiteral("narrative")).toString(),
                 QStringLiteral("Families crossing at night"));
        QCOMPARE(record.value().values.value(QStringLiteral("country")).toString(),
                 QStringLiteral("BR"));
        QCOMPARE(record.value().country, QStringLiteral("BR"));
        // Finalized: the answers can no longer be typed into until reopened.
        QVERIFY(editor.narrativeEditor(QStringLiteral("narrative"))->isReadOnly());
        QVERIFY(editor.reopenRecord());
        QCOMPARE((*m_ws)->records().get(id).value().status, RecordStatus::Draft);
        QVERIFY(!editor.narrativeEditor(QStringLiteral("narrative"))->isReadOnly());
    }

    // Kept out of the list and the preview, a sensitive answer (the
    // finding's narrative) is all there when the record is opened.
    void aSensitiveAnswerShowsInTheOpenRecord()
    {
        auto form = (*m_ws)->forms().get(kFinding);
        QVERIFY(form);
        auto id = (*m_ws)->records().create(
            kFinding, form.value().version(),
            {{QStringLiteral("narrative"), QStringLiteral("Zqsensible junto al puente")}});
        QVERIFY(id);
        RecordFilter search;
        search.search = QStringLiteral("Zqsensible");
        QCOMPARE((*m_ws)->records().count(search).value(), 0);
        RecordEditor editor(**m_ws, id.value());
        QVERIFY2(editor.isLoaded(), qPrintable(editor.loadError()));
        QCOMPARE(editor.narrativeEditor(QStringLiteral("narrative"))->toPlainText(),
                 QStringLiteral("Zqsensible junto al puente"));
    }

    void choiceListsWorkFromTheKeyboard()
    {
        const QUuid id = newRecord(kFinding);
        RecordEditor editor(**m_ws, id);
        QVERIFY(editor.isLoaded());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *country = qobject_cast<ChoiceField *>(editor.field(QStringLiteral("country")));
        QVERIFY(country && !country->usesRadioButtons());
        QLineEdit *filter = country->searchBox();

        // Type, Enter: the first choice the filter shows is picked.
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("bra"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(country->value(), QStringLiteral("BR"));

        // Down leaves the filter for the list; the arrows then move the choice.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("para"));
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(country->list()->hasFocus());
        QCOMPARE(country->value(), QStringLiteral("PY"));

        // Ctrl+Return in the filter still finalizes (here: shows the problems).
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(country->value(), QStringLiteral("PY"));
        QVERIFY(!editor.isFinalized());
    }

    void finalizeShowsMessagesAndJumpsToTheFirstProblem()
    {
        const QUuid id = newRecord(kFinding);
        RecordEditor editor(**m_ws, id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        typeInto(editor.narrativeEditor(QStringLiteral("narrative")), QStringLiteral("Seen"));
        // No message for a missing answer while typing.
        QVERIFY(editor.field(QStringLiteral("date"))->message().isEmpty());

        QVERIFY(!editor.finalizeRecord());
        QCOMPARE((*m_ws)->records().get(id).value().status, RecordStatus::Draft);
        RecordField *date = editor.field(QStringLiteral("date"));
        QVERIFY(!date->message().isEmpty());
        QVERIFY(!editor.field(QStringLiteral("country"))->message().isEmpty());
        QVERIFY(editor.field(QStringLiteral("narrative"))->message().isEmpty());
        QVERIFY(date->isRequiredShown());
        QCOMPARE(QApplication::focusWidget(), date->focusTarget());

        // A constraint message appears live once the field was edited.
        qobject_cast<DateField *>(date)->picker()->setDate(QDate::currentDate().addDays(5));
        QVERIFY(!date->message().isEmpty());
        qobject_cast<DateField *>(date)->picker()->setDate(QDate::currentDate());
        QVERIFY(date->message().isEmpty());
    }

    void problemsStayListedAndF8GoesToTheNext()
    {
        const QUuid id = newRecord(kFinding);
        RecordEditor editor(**m_ws, id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *list = editor.findChild<ProblemList *>(QStringLiteral("problemList"));
        auto *next = editor.findChild<QPushButton *>(QStringLiteral("nextProblemButton"));
        QVERIFY(list && next);
        QVERIFY(!list->isVisible() && !next->isVisible()); // nothing tried yet

        QVERIFY(!editor.finalizeRecord());
        const QStringList before = list->paths();
        QVERIFY2(before.size() >= 3, qPrintable(before.join(u',')));
        QVERIFY(list->isVisible() && next->isVisible());
        QVERIFY(before.contains(QStringLiteral("date")) &&
                before.contains(QStringLiteral("country")));
        QVERIFY(list->item(0)->text().contains(editor.field(before.first())->labelText()));
        QCOMPARE(QApplication::focusWidget(), editor.field(before.first())->focusTarget());

        // An edit that settles one problem leaves the others listed.
        QVERIFY(test::choose(editor.field(QStringLiteral("country")), QStringLiteral("BR")));
        const QStringList after = list->paths();
        QCOMPARE(after.size(), before.size() - 1);
        QVERIFY(!after.contains(QStringLiteral("country")));
        QVERIFY(list->isVisible());

        // F8 walks the problems in form order and comes round again.
        editor.field(after.first())->focusTarget()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
        QCOMPARE(QApplication::focusWidget(), editor.field(after.at(1))->focusTarget());
        for (qsizetype i = 2; i < after.size(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
        QCOMPARE(QApplication::focusWidget(), editor.field(after.first())->focusTarget());

        // A click on a line goes to its field.
        const QString last = after.last();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(int(after.size() - 1))).center());
        QCOMPARE(QApplication::focusWidget(), editor.field(last)->focusTarget());
    }

    void relevanceShowsAndHidesFields()
    {
        RecordEditor editor(**m_ws, newRecord(kFinding));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        RecordField *notes = editor.field(QStringLiteral("follow_up_notes"));
        RecordField *zone = editor.field(QStringLiteral("border_zone"));
        QVERIFY(notes && zone);
        QVERIFY(!notes->isVisible());
        QVERIFY(!zone->isVisible());
        QVERIFY(
            test::choose(editor.field(QStringLiteral("follow_up_needed")), QStringLiteral("yes")));
        QVERIFY(notes->isVisible());
        QVERIFY(
            test::choose(editor.field(QStringLiteral("follow_up_needed")), QStringLiteral("no")));
        QVERIFY(!notes->isVisible());
        QVERIFY(test::choose(editor.field(QStringLiteral("country")), QStringLiteral("PY")));
        QVERIFY(zone->isVisible());
    }

    void autosaveSurvivesDestroyingTheEditor()
    {
        const QUuid id = newRecord(kFinding);
        {
            RecordEditor editor(**m_ws, id);
            typeInto(editor.narrativeEditor(QStringLiteral("narrative")),
                     QStringLiteral("Debounced"));
            // Saved half a second after typing stops, without closing.
            QTRY_COMPARE_WITH_TIMEOUT((*m_ws)
                                          ->records()
                                          .get(id)
                                          .value()
                                          .values.value(QStringLiteral("narrative"))
                                          .toString(),
                                      QStringLiteral("Debounced"), 3000);
            typeInto(editor.narrativeEditor(QStringLiteral("narrative")), QStringLiteral(" late"));
            QVERIFY(editor.hasUnsavedChanges());
            // Destroyed at once: the last keys have not been saved by the timer.
        }
        QVERIFY(m_ws->reopen());
        auto record = (*m_ws)->records().get(id);
        QVERIFY(record);
        QCOMPARE(record.value().values.value(QStringLiteral("narrative")).toString(),
                 QStringLiteral("Debounced late"));
        RecordEditor again(**m_ws, id);
        QCOMPARE(again.narrativeEditor(QStringLiteral("narrative"))->toPlainText(),
                 QStringLiteral("Debounced late"));
    }

    void announcesNarrativeEditorsForCoding()
    {
        RecordEditor editor(**m_ws, newRecord(kFinding));
        QSignalSpy spy(&editor, &RecordEditor::narrativeEditorCreated);
        QTRY_COMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("narrative"));
        QCOMPARE(spy.at(0).at(1).value<QPlainTextEdit *>(),
                 editor.narrativeEditor(QStringLiteral("narrative")));
        QCOMPARE(editor.narrativePaths(),
                 QStringList({QStringLiteral("narrative"), QStringLiteral("key_quotes")}));
    }

    void undoAndRedo()
    {
        const QUuid id = newRecord(kFinding);
        RecordEditor editor(**m_ws, id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QPlainTextEdit *narrative = editor.narrativeEditor(QStringLiteral("narrative"));
        typeInto(narrative, QStringLiteral("first"));
        QVERIFY(
            test::choose(editor.field(QStringLiteral("follow_up_needed")), QStringLiteral("yes")));
        QVERIFY(editor.field(QStringLiteral("follow_up_notes"))->isVisible());

        narrative->setFocus();
        QTest::keyClick(narrative, Qt::Key_Z, Qt::ControlModifier);
        // The choice is undone, and relevance follows.
        QVERIFY(!editor.field(QStringLiteral("follow_up_notes"))->isVisible());
        QCOMPARE(narrative->toPlainText(), QStringLiteral("first"));
        QTest::keyClick(narrative, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(narrative->toPlainText(), QString());
        QTest::keyClick(narrative, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(narrative->toPlainText(), QStringLiteral("first"));
        QTest::keyClick(narrative, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(editor.field(QStringLiteral("follow_up_notes"))->isVisible());
        QCOMPARE(editor.field(QStringLiteral("follow_up_needed"))->value(), QStringLiteral("yes"));

        QTest::keyClick(narrative, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!editor.hasUnsavedChanges());
        QCOMPARE((*m_ws)->records().get(id).value().values.value(QStringLiteral("narrative")),
                 QCborValue(QStringLiteral("first")));
    }

    // Issue 22: a click, or opening the calendar, filled in today before
    // anything was chosen.
    void anEmptyDateStaysEmptyUntilADayIsPicked()
    {
        const QUuid id = newRecord(kFinding);
        RecordEditor editor(**m_ws, id);
        QVERIFY2(editor.isLoaded(), qPrintable(editor.loadError()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *date = qobject_cast<DateField *>(editor.field(QStringLiteral("date")));
        QVERIFY(date);
        editor.showField(QStringLiteral("date"));
        QCOMPARE(date->value(), QString());
        QSignalSpy edited(date, &RecordField::edited);

        auto *text = date->picker()->findChild<QLineEdit *>();
        QVERIFY(text);
        QTest::mouseClick(text, Qt::LeftButton, {}, text->rect().center());
        QCOMPARE(date->value(), QString());

        const QDate today = QDate::currentDate();
        QCalendarWidget *calendar = test::openCalendar(date->picker());
        QVERIFY(calendar);
        QCOMPARE(calendar->yearShown(), today.year());
        QCOMPARE(calendar->monthShown(), today.month());
        QCOMPARE(date->value(), QString());
        calendar->window()->close();
        QCOMPARE(date->value(), QString());
        QCOMPARE(edited.count(), 0);

        calendar = test::openCalendar(date->picker());
        QVERIFY(calendar);
        QVERIFY(test::clickDay(calendar, today));
        QCOMPARE(date->value(), today.toString(Qt::ISODate));
        QCOMPARE(edited.count(), 1);
    }

    void oneTabLeavesTheDateField()
    {
        const QUuid id = newRecord(kFinding);
        RecordEditor editor(**m_ws, id);
        QVERIFY2(editor.isLoaded(), qPrintable(editor.loadError()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto *date = qobject_cast<DateField *>(editor.field(QStringLiteral("date")));
        QVERIFY(date);
        date->picker()->setDate(QDate::currentDate().addDays(-2));
        date->focusTarget()->setFocus(Qt::TabFocusReason);
        QVERIFY(date->focusTarget()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(!date->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(editor.field(QStringLiteral("country"))->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(date->value(), QDate::currentDate().addDays(-2).toString(Qt::ISODate));
    }

    void aNameReusedInARepeatIsItsOwnField()
    {
        QVERIFY(test::importJson(**m_ws, kRosterForm));
        auto id =
            (*m_ws)->records().create(QStringLiteral("roster"), QStringLiteral("1"),
                                      {{QStringLiteral("details/name"), QStringLiteral("Ana")},
                                       {QStringLiteral("contact/name"), QStringLiteral("Dee")},
                                       {QStringLiteral("members[1]/name"), QStringLiteral("Bo")}});
        QVERIFY(id);
        RecordEditor editor(**m_ws, id.value());
        QVERIFY2(editor.isLoaded(), qPrintable(editor.loadError()));
        // The top level uses "name" twice: the group path tells them apart.
        QVERIFY(!editor.field(QStringLiteral("name")));
        QCOMPARE(editor.field(QStringLiteral("details/name"))->value(), QStringLiteral("Ana"));
        QCOMPARE(editor.field(QStringLiteral("contact/name"))->value(), QStringLiteral("Dee"));
        RecordField *member = editor.field(QStringLiteral("members[1]/name"));
        QVERIFY(member);
        QCOMPARE(member->value(), QStringLiteral("Bo"));
        // Each group box is titled by its own row.
        QStringList titles;
        for (QGroupBox *box : editor.findChildren<QGroupBox *>(QStringLiteral("group_details")))
            titles << box->title();
        titles.sort();
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Member details"), QStringLiteral("Your details")}));
        auto *edit = qobject_cast<QLineEdit *>(member->focusTarget());
        QVERIFY(edit);
        edit->selectAll();
        typeInto(edit, QStringLiteral("Cy"));
        QVERIFY(editor.saveNow());
        const auto values = (*m_ws)->records().get(id.value()).value().values;
        QCOMPARE(values.value(QStringLiteral("members[1]/name")), QCborValue(QStringLiteral("Cy")));
        QCOMPARE(values.value(QStringLiteral("details/name")), QCborValue(QStringLiteral("Ana")));
    }

    void numbersFollowTheInterfaceLocale()
    {
        QVERIFY(test::importJson(**m_ws, kMeasureForm));
        Language::install(QStringLiteral("es"));
        const QUuid id = newRecord(QStringLiteral("measure"));
        RecordEditor editor(**m_ws, id);
        QVERIFY2(editor.isLoaded(), qPrintable(editor.loadError()));
        QCOMPARE(editor.formLanguage(), QStringLiteral("es"));
        auto *weight = editor.field(QStringLiteral("weight"));
        typeInto(weight->focusTarget(), QStringLiteral("3,5"));
        QCOMPARE(weight->value(), QStringLiteral("3.5"));
        typeInto(editor.field(QStringLiteral("count"))->focusTarget(), QStringLiteral("1a2"));
        QCOMPARE(editor.field(QStringLiteral("count"))->value(), QStringLiteral("12"));
        QVERIFY(editor.saveNow());
        QCOMPARE((*m_ws)->records().get(id).value().values.value(QStringLiteral("weight")),
                 QCborValue(QStringLiteral("3.5")));

        // Messages come in the form language, which can differ from the interface's.
        auto *edit = qobject_cast<QLineEdit *>(weight->focusTarget());
        edit->selectAll();
        typeInto(edit, QStringLiteral("600"));
        QCOMPARE(weight->value(), QStringLiteral("600"));
        QCOMPARE(weight->message(), QStringLiteral("Demasiado"));
        editor.setFormLanguage(QStringLiteral("en"));
        QCOMPARE(weight->message(), QStringLiteral("Too heavy"));
        // Undone, the stored answer shows again with the Spanish decimal comma.
        editor.undoStack()->undo();
        QCOMPARE(edit->text(), QStringLiteral("3,5"));
        QVERIFY(weight->message().isEmpty());
    }

    // A name typed by mistake: removed from every version of the answer
    // through the editor's dialog, the new text shown, undo unable to bring
    // the old one back.
    void removesAnAnswerEverywhere()
    {
        const QUuid id = newRecord(kFinding);
        const QString named = QStringLiteral("Vimos a Canario5KD en el paso");
        QVERIFY((*m_ws)->records().setValues(id, {{QStringLiteral("narrative"), named}}));
        RecordEditor editor(**m_ws, id);
        QVERIFY2(editor.isLoaded(), qPrintable(editor.loadError()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        typeInto(editor.narrativeEditor(QStringLiteral("narrative")), QStringLiteral(" hoy"));

        auto *button = editor.findChild<QPushButton *>(QStringLiteral("redactButton"));
        QVERIFY(button);
        const QString clean = QStringLiteral("Vimos a una niña en el paso hoy");
        const QString problem = test::answerModal(
            [button] { button->click(); },
            [&clean](QWidget *w) {
                auto *text = w->findChild<QPlainTextEdit *>(QStringLiteral("redactText"));
                QVERIFY(text);
                QVERIFY(text->toPlainText().contains(QStringLiteral(" hoy")));
                text->setPlainText(clean);
                w->findChild<QPushButton *>(QStringLiteral("redactConfirm"))->click();
            });
        QCOMPARE(problem, QString());
        QCOMPARE(editor.narrativeEditor(QStringLiteral("narrative"))->toPlainText(), clean);
        QCOMPARE(
            (*m_ws)->records().get(id).value().values.value(QStringLiteral("narrative")).toString(),
            clean);
        QVERIFY(!editor.document()->undoStack()->canUndo());
        Statement st((*m_ws)->database().handle(),
                     "SELECT count(*) FROM ops WHERE instr(value, 'Canario5KD') > 0");
        QCOMPARE(st.step(), SQLITE_ROW);
        QCOMPARE(st.columnInt64(0), 0);
    }
};

QTEST_MAIN(TestRecordEditor)
#include "tst_recordeditor.moc"
