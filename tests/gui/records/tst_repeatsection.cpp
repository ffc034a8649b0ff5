#include "common/Language.h"
#include "RecordsTestSupport.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/fields/RecordField.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RepeatSection.h"

#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace vigia;

namespace {
const QString kHousehold = QStringLiteral("household");

QByteArray householdForm()
{
    QFile file(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR") +
               QStringLiteral("/tests/data/forms/household_repeats.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestRepeatSection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    bool m_dialogSeen = false;
    int m_dialogRound = 0;

    QUuid newRecord()
    {
        auto form = (*m_ws)->forms().get(kHousehold);
        if (!form)
            return {};
        auto id = (*m_ws)->records().create(kHousehold, form.value().version());
        return id ? id.value() : QUuid();
    }

    QMap<QString, QCborValue> stored(const QUuid &id, const QString &prefix)
    {
        QMap<QString, QCborValue> out;
        const auto values = (*m_ws)->records().get(id).value().values;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key().startsWith(prefix) && !it.value().isNull())
                out.insert(it.key(), it.value());
        }
        return out;
    }

    static void type(RecordEditor &editor, const QString &path, const QString &text)
    {
        RecordField *field = editor.field(path);
        QVERIFY2(field, qPrintable(path));
        QWidget *input = field->focusTarget();
        input->setFocus();
        QTest::keyClicks(input, text);
    }

    static void add(RecordEditor &editor, const QString &repeat)
    {
        RepeatSection *section = editor.repeatSection(repeat);
        QVERIFY2(section, qPrintable(repeat));
        // New cards get their geometry from the layout, which runs queued.
        QApplication::processEvents();
        QTest::mouseClick(section->addButton(), Qt::LeftButton);
    }

    // Answers the confirmation that the next click opens.
    void answerDialog(bool remove)
    {
        m_dialogSeen = false;
        const int round = ++m_dialogRound;
        QTimer::singleShot(0, this, [this, remove, round] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            // A click that opened no dialog leaves its timer behind.
            if (!box || round != m_dialogRound)
                return;
            m_dialogSeen = true;
            // Cancel is the safe default: Return must not remove answers.
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            if (!remove) {
                QTest::keyClick(box, Qt::Key_Return);
                return;
            }
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            }
        });
    }

    // Removing is answered through the message box seam; keeping the card is
    // answered on the real dialog with Return, which checks that Cancel is
    // its default.
    void removeCard(RecordEditor &editor, const QString &repeat, int number, bool confirm)
    {
        QPushButton *button = editor.repeatSection(repeat)->removeButton(number);
        QVERIFY(button && button->isVisible());
        QApplication::processEvents();
        if (!confirm) {
            answerDialog(false);
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
        MessageBox::setNextAnswer(QMessageBox::DestructiveRole);
        QTest::mouseClick(button, Qt::LeftButton);
        m_dialogSeen = MessageBox::pendingAnswers() == 0;
        MessageBox::clearAnswers(); // a card without answers asks nothing
    }

private slots:
    void init()
    {
        Language::install(QStringLiteral("en"));
        m_ws = std::make_unique<test::TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        QVERIFY(test::importJson(**m_ws, householdForm()));
    }

    void cleanup() { m_ws.reset(); }

    void addsFillsRemovesAndReopens()
    {
        const QUuid id = newRecord();
        {
            RecordEditor editor(**m_ws, id);
            QVERIFY2(editor.isLoaded(), qPrintable(editor.loadError()));
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            RepeatSection *members = editor.repeatSection(QStringLiteral("members"));
            QVERIFY(members);
            QCOMPARE(members->objectName(), QStringLiteral("repeat_members"));
            QCOMPARE(members->title(), QStringLiteral("Household member"));
            QCOMPARE(members->addButton()->text(), QStringLiteral("Add Household member"));
            QCOMPARE(members->count(), 0);

            add(editor, QStringLiteral("members"));
            add(editor, QStringLiteral("members"));
            QCOMPARE(members->count(), 2);
            QCOMPARE(members->card(2)->title(), QStringLiteral("Household member 2"));
            // The new card's first field takes the focus.
            QCOMPARE(QApplication::focusWidget(),
                     editor.field(QStringLiteral("members[2]/name"))->focusTarget());
            type(editor, QStringLiteral("members[1]/name"), QStringLiteral("Ana"));
            type(editor, QStringLiteral("members[1]/age"), QStringLiteral("40"));
            type(editor, QStringLiteral("members[2]/name"), QStringLiteral("Bea"));
            type(editor, QStringLiteral("members[2]/age"), QStringLiteral("12"));
            // Relevance per instance: only the child is asked about school.
            QVERIFY(!editor.field(QStringLiteral("members[1]/school"))->isVisible());
            QVERIFY(editor.field(QStringLiteral("members[2]/school"))->isVisible());
            type(editor, QStringLiteral("members[2]/school"), QStringLiteral("Escola"));
            add(editor, QStringLiteral("members[2]/children"));
            type(editor, QStringLiteral("members[2]/children[1]/child_name"),
                 QStringLiteral("Caio"));
            QVERIFY(editor.saveNow());
            QCOMPARE(stored(id, QStringLiteral("members")).size(), 8);

            removeCard(editor, QStringLiteral("members"), 1, true);
            QVERIFY(m_dialogSeen);
            QCOMPARE(members->count(), 1);
            QCOMPARE(editor.field(QStringLiteral("members[1]/name"))->value(),
                     QStringLiteral("Bea"));
            QVERIFY(!editor.field(QStringLiteral("members[2]/name")));
            QVERIFY(editor.saveNow());
            const QMap<QString, QCborValue> expected{
                {QStringLiteral("members"), QStringLiteral("1")},
                {QStringLiteral("members[1]/name"), QStringLiteral("Bea")},
                {QStringLiteral("members[1]/age"), QStringLiteral("12")},
                {QStringLiteral("members[1]/school"), QStringLiteral("Escola")},
                {QStringLiteral("members[1]/children"), QStringLiteral("1")},
                {QStringLiteral("members[1]/children[1]/child_name"), QStringLiteral("Caio")},
            };
            QCOMPARE(stored(id, QStringLiteral("members")), expected);

            // An empty card is kept too; saved when the editor closes.
            add(editor, QStringLiteral("members"));
            QVERIFY(editor.hasUnsavedChanges());
        }
        QVERIFY(m_ws->reopen());
        RecordEditor again(**m_ws, id);
        RepeatSection *members = again.repeatSection(QStringLiteral("members"));
        QVERIFY(members);
        QCOMPARE(members->count(), 2);
        QCOMPARE(again.field(QStringLiteral("members[1]/name"))->value(), QStringLiteral("Bea"));
        QCOMPARE(again.field(QStringLiteral("members[1]/age"))->value(), QStringLiteral("12"));
        QCOMPARE(again.field(QStringLiteral("members[1]/children[1]/child_name"))->value(),
                 QStringLiteral("Caio"));
        QCOMPARE(again.field(QStringLiteral("members[2]/name"))->value(), QString());
        QCOMPARE(again.repeatSection(QStringLiteral("members[2]/children"))->count(), 0);
    }

    void removingAskSOnlyWhenTheCardHoldsAnswers()
    {
        RecordEditor editor(**m_ws, newRecord());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        add(editor, QStringLiteral("members"));
        add(editor, QStringLiteral("members"));
        type(editor, QStringLiteral("members[1]/name"), QStringLiteral("Ana"));
        RepeatSection *members = editor.repeatSection(QStringLiteral("members"));

        removeCard(editor, QStringLiteral("members"), 2, true);
        QVERIFY(!m_dialogSeen);
        QCOMPARE(members->count(), 1);

        removeCard(editor, QStringLiteral("members"), 1, false);
        QVERIFY(m_dialogSeen);
        QCOMPARE(members->count(), 1);
        QCOMPARE(editor.field(QStringLiteral("members[1]/name"))->value(), QStringLiteral("Ana"));
    }

    void repeatCountFollowsANumber()
    {
        const QUuid id = newRecord();
        RecordEditor editor(**m_ws, id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        RepeatSection *room = editor.repeatSection(QStringLiteral("room"));
        QVERIFY(room);
        QCOMPARE(room->count(), 0);
        QVERIFY(!room->addButton()->isVisible());
        type(editor, QStringLiteral("rooms"), QStringLiteral("3"));
        QCOMPARE(room->count(), 3);
        QVERIFY(!room->addButton()->isVisible());
        QVERIFY(!room->removeButton(1)->isVisible());
        type(editor, QStringLiteral("room[3]/use"), QStringLiteral("Kitchen"));
        type(editor, QStringLiteral("room[1]/use"), QStringLiteral("Bedroom"));
        QVERIFY(editor.saveNow());
        QCOMPARE(stored(id, QStringLiteral("room[")).size(), 2);

        // Typed over in one go: an empty count would drop every instance.
        QWidget *input = editor.field(QStringLiteral("rooms"))->focusTarget();
        input->setFocus();
        QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(input, QStringLiteral("2"));
        QCOMPARE(room->count(), 2);
        QVERIFY(editor.saveNow());
        const QMap<QString, QCborValue> expected{
            {QStringLiteral("room[1]/use"), QStringLiteral("Bedroom")}};
        QCOMPARE(stored(id, QStringLiteral("room[")), expected);

        // Backspace first, save while the count is empty, then retype: the
        // card that comes back still holds its answer.
        QTest::keyClick(input, Qt::Key_Backspace);
        QCOMPARE(room->count(), 0);
        QVERIFY(editor.saveNow());
        QVERIFY(stored(id, QStringLiteral("room[")).isEmpty());
        QTest::keyClicks(input, QStringLiteral("1"));
        QCOMPARE(room->count(), 1);
        QCOMPARE(editor.field(QStringLiteral("room[1]/use"))->value(), QStringLiteral("Bedroom"));
        QVERIFY(editor.saveNow());
        QCOMPARE(stored(id, QStringLiteral("room[")), expected);
    }

    void finalizeFocusesAFieldInsideACard()
    {
        const QUuid id = newRecord();
        RecordEditor editor(**m_ws, id);
        editor.resize(500, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        add(editor, QStringLiteral("members"));
        add(editor, QStringLiteral("members"));
        type(editor, QStringLiteral("members[1]/name"), QStringLiteral("Ana"));
        type(editor, QStringLiteral("members[2]/age"), QStringLiteral("200"));
        // A constraint message shows live in its own card only.
        QCOMPARE(editor.field(QStringLiteral("members[2]/age"))->message(),
                 QStringLiteral("Too old"));
        QVERIFY(editor.field(QStringLiteral("members[1]/age"))->message().isEmpty());

        QVERIFY(!editor.finalizeRecord());
        RecordField *missing = editor.field(QStringLiteral("members[2]/name"));
        QVERIFY(!missing->message().isEmpty());
        QVERIFY(editor.field(QStringLiteral("members[1]/name"))->message().isEmpty());
        QCOMPARE(QApplication::focusWidget(), missing->focusTarget());
        // Scrolled to: the field is on screen in the small window.
        QTRY_VERIFY(!missing->focusTarget()->visibleRegion().isEmpty());

        type(editor, QStringLiteral("members[2]/name"), QStringLiteral("Bea"));
        QWidget *age = editor.field(QStringLiteral("members[2]/age"))->focusTarget();
        age->setFocus();
        QTest::keyClick(age, Qt::Key_Backspace);
        QTest::keyClick(age, Qt::Key_Backspace);
        QVERIFY(editor.finalizeRecord());
        const auto values = (*m_ws)->records().get(id).value().values;
        QCOMPARE(values.value(QStringLiteral("members")).toString(), QStringLiteral("2"));
        QCOMPARE(values.value(QStringLiteral("members[2]/age")).toString(), QStringLiteral("2"));
        // Finalized: no cards can be added or removed.
        QVERIFY(!editor.repeatSection(QStringLiteral("members"))->addButton()->isVisible());
        QVERIFY(!editor.repeatSection(QStringLiteral("members"))->removeButton(1)->isVisible());
    }

    void undoOfARemovalBringsTheAnswersBack()
    {
        const QUuid id = newRecord();
        RecordEditor editor(**m_ws, id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        for (const QString &name :
             {QStringLiteral("Ana"), QStringLiteral("Bea"), QStringLiteral("Cris")}) {
            add(editor, QStringLiteral("members"));
            const int n = editor.repeatSection(QStringLiteral("members"))->count();
            type(editor, QStringLiteral("members[%1]/name").arg(n), name);
        }
        add(editor, QStringLiteral("members[2]/children"));
        add(editor, QStringLiteral("members[2]/children"));
        type(editor, QStringLiteral("members[2]/children[2]/child_name"), QStringLiteral("Duda"));
        add(editor, QStringLiteral("members[3]/children"));
        QVERIFY(editor.saveNow());
        const QMap<QString, QCborValue> before = stored(id, QStringLiteral("members"));

        removeCard(editor, QStringLiteral("members"), 2, true);
        QVERIFY(m_dialogSeen);
        QCOMPARE(editor.field(QStringLiteral("members[2]/name"))->value(), QStringLiteral("Cris"));
        QCOMPARE(editor.repeatSection(QStringLiteral("members[2]/children"))->count(), 1);

        editor.undoStack()->undo();
        RepeatSection *members = editor.repeatSection(QStringLiteral("members"));
        QCOMPARE(members->count(), 3);
        QCOMPARE(editor.field(QStringLiteral("members[2]/name"))->value(), QStringLiteral("Bea"));
        QCOMPARE(editor.field(QStringLiteral("members[3]/name"))->value(), QStringLiteral("Cris"));
        QCOMPARE(editor.repeatSection(QStringLiteral("members[2]/children"))->count(), 2);
        QCOMPARE(editor.field(QStringLiteral("members[2]/children[2]/child_name"))->value(),
                 QStringLiteral("Duda"));
        QCOMPARE(editor.repeatSection(QStringLiteral("members[3]/children"))->count(), 1);
        QVERIFY(editor.saveNow());
        QCOMPARE(stored(id, QStringLiteral("members")), before);

        editor.undoStack()->redo();
        QCOMPARE(members->count(), 2);
        QCOMPARE(editor.field(QStringLiteral("members[2]/name"))->value(), QStringLiteral("Cris"));
        // Undoing the adds takes the cards away again.
        editor.undoStack()->setIndex(0);
        QCOMPARE(members->count(), 0);
        QVERIFY(editor.saveNow());
        QVERIFY(stored(id, QStringLiteral("members")).isEmpty());
    }

    void relevanceHidesInstancesLive()
    {
        RecordEditor editor(**m_ws, newRecord());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        add(editor, QStringLiteral("members"));
        add(editor, QStringLiteral("members"));
        add(editor, QStringLiteral("members[1]/children"));
        add(editor, QStringLiteral("members[2]/children"));
        RepeatSection *first = editor.repeatSection(QStringLiteral("members[1]/children"));
        RepeatSection *second = editor.repeatSection(QStringLiteral("members[2]/children"));
        QVERIFY(first->isVisible() && first->card(1)->isVisible());
        type(editor, QStringLiteral("members[1]/age"), QStringLiteral("70"));
        // Only the first member's children go; the section with them.
        QVERIFY(!first->card(1)->isVisibleTo(&editor));
        QVERIFY(!first->isVisibleTo(&editor));
        QVERIFY(second->isVisible() && second->card(1)->isVisible());
        QVERIFY(!editor.field(QStringLiteral("members[1]/children[1]/child_name"))
                     ->isVisibleTo(&editor));
        QWidget *age = editor.field(QStringLiteral("members[1]/age"))->focusTarget();
        QTest::keyClick(age, Qt::Key_Backspace);
        QVERIFY(first->isVisible() && first->card(1)->isVisible());
    }

    void keyboardAndAccessibleNames()
    {
        RecordEditor editor(**m_ws, newRecord());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        add(editor, QStringLiteral("members"));
        add(editor, QStringLiteral("members"));
        add(editor, QStringLiteral("members[2]/children"));
        QCOMPARE(editor.field(QStringLiteral("members[2]/age"))->focusTarget()->accessibleName(),
                 QStringLiteral("Age (Household member 2)"));
        QCOMPARE(editor.field(QStringLiteral("members[2]/children[1]/child_name"))
                     ->focusTarget()
                     ->accessibleName(),
                 QStringLiteral("Child's name (Household member 2, Child 1)"));
        RepeatSection *members = editor.repeatSection(QStringLiteral("members"));
        QCOMPARE(members->removeButton(2)->accessibleName(),
                 QStringLiteral("Remove Household member 2"));

        // Tab goes through the cards, their Remove buttons, then Add.
        QWidget *start =
            editor.field(QStringLiteral("members[2]/children[1]/child_name"))->focusTarget();
        start->setFocus();
        QList<QWidget *> reached;
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached.append(QApplication::focusWidget());
        }
        const QList<QWidget *> expected{
            editor.repeatSection(QStringLiteral("members[2]/children"))->removeButton(1),
            editor.repeatSection(QStringLiteral("members[2]/children"))->addButton(),
            members->removeButton(2), members->addButton()};
        QCOMPARE(reached, expected);
        // Narratives in cards are not offered for coding (their addresses shift).
        QVERIFY(editor.narrativePaths().isEmpty());
        QVERIFY(editor.narrativeEditor(QStringLiteral("members[1]/story")) != nullptr);

        // The form language renames sections, cards and inputs.
        editor.setFormLanguage(QStringLiteral("es"));
        QCOMPARE(members->title(), QStringLiteral("Miembro del hogar"));
        QCOMPARE(members->card(2)->title(), QStringLiteral("Miembro del hogar 2"));
        QCOMPARE(editor.field(QStringLiteral("members[2]/age"))->focusTarget()->accessibleName(),
                 QStringLiteral("Age (Miembro del hogar 2)"));
    }
};

QTEST_MAIN(TestRepeatSection)
#include "tst_repeatsection.moc"
