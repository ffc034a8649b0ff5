#include "ModalHelper.h"
#include "store/Codebook.h"
#include "store/CodingStore.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/codebook/CodebookModel.h"
#include "ui/codebook/CodebookPage.h"
#include "ui/codebook/CodebookPickerDialog.h"
#include "ui/common/MessageBox.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace vigia;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QAction *action(CodebookPage &page, const char *name)
{
    return page.findChild<QAction *>(QString::fromLatin1(name));
}

QString countText(CodebookPage &page, const QUuid &id)
{
    return page.model()->indexOf(id).siblingAtColumn(CodebookModel::CountColumn).data().toString();
}

// Codes `count` passages of a new record with `code`.
void code(test::TestWorkspace &ws, const QUuid &code, int count)
{
    const QString text = s("one two three four five six");
    const QUuid record =
        ws->records().create(s("finding"), s("1"), {{s("narrative"), text}}).value();
    CodingStore store(ws->database(), ws->oplog());
    for (int i = 0; i < count; ++i) {
        Coding c;
        c.recordId = record;
        c.field = s("narrative");
        c.codeId = code;
        c.start = 4 * i;
        c.end = 4 * i + 3;
        c.quote = text.mid(c.start, 3);
        QVERIFY(store.apply(c).ok());
    }
}
} // namespace

class TestCodebookPage : public QObject
{
    Q_OBJECT

private slots:
    // An answer left in the queue would answer the next test's question.
    void cleanup()
    {
        const int left = MessageBox::pendingAnswers();
        MessageBox::clearAnswers();
        QCOMPARE(left, 0);
    }

    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void seedsAndShowsCounts()
    {
        test::TestWorkspace ws;
        CodebookPage page(*ws);
        QCOMPARE(page.model()->rowCount(), 5);
        const QUuid migration = Codebook::seedId(s("migration"));
        const QUuid prevention = Codebook::seedId(s("prevention_group"));
        QVERIFY(page.model()->indexOf(migration).isValid());
        QCOMPARE(page.model()->indexOf(migration).data().toString(), s("Unsafe migration"));
        QCOMPARE(page.model()->indexOf(migration).parent(), page.model()->indexOf(prevention));
        QCOMPARE(countText(page, migration), s("0"));

        code(ws, migration, 2);
        page.reload();
        // Reloading keeps the view's column settings: names get the room.
        auto *header = page.findChild<QTreeView *>(s("codebookTree"))->header();
        QCOMPARE(header->sectionResizeMode(CodebookModel::NameColumn), QHeaderView::Stretch);
        QCOMPARE(countText(page, migration), s("2"));
        QCOMPARE(countText(page, prevention), s("0 (2 with sub-codes)"));
        page.selectCode(migration);
        QVERIFY(page.findChild<QLabel *>(s("codeCount"))->text().contains(s("2")));
    }

    void mergeThroughThePage()
    {
        test::TestWorkspace ws;
        CodebookPage page(*ws);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QUuid from = Codebook::seedId(s("tolerance"));
        const QUuid into = Codebook::seedId(s("demand"));
        code(ws, from, 3);
        code(ws, into, 1);
        page.reload();
        page.selectCode(from);
        QCOMPARE(test::answerModal([&page] { action(page, "mergeCode")->trigger(); },
                                   [](QWidget *w) {
                                       auto *picker = qobject_cast<CodebookPickerDialog *>(w);
                                       QVERIFY(picker);
                                       QTest::keyClicks(picker->filterEdit(), s("Demand"));
                                       QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
                                   }),
                 QString());
        Codebook book(ws->database(), ws->oplog());
        QVERIFY(book.get(from).value().deleted);
        QCOMPARE(book.counts().value().value(into), 4);
        QVERIFY(!page.model()->indexOf(from).isValid());
        QCOMPARE(countText(page, into), s("4"));
        QCOMPARE(page.currentCode(), into);
        QVERIFY(page.errorText().isEmpty());
    }

    void createAndRename()
    {
        test::TestWorkspace ws;
        CodebookPage page(*ws);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int before = page.model()->rowCount();
        action(page, "newCode")->trigger();
        QCOMPARE(page.model()->rowCount(), before + 1);
        const QUuid id = page.currentCode();
        QVERIFY(!id.isNull());
        auto *en = page.findChild<QLineEdit *>(s("nameEn"));
        QCOMPARE(en->text(), s("New code"));
        QVERIFY(en->hasFocus());
        QTest::keyClicks(en, s("Border crossings"));
        page.findChild<QLineEdit *>(s("nameEs"))->setText(s("Cruces de frontera"));
        page.findChild<QLineEdit *>(s("namePt"))->setText(s("Travessias de fronteira"));
        QTest::keyClick(en, Qt::Key_Return);
        Codebook book(ws->database(), ws->oplog());
        const Code c = book.get(id).value();
        QCOMPARE(c.nameEn, s("Border crossings"));
        QCOMPARE(c.nameEs, s("Cruces de frontera"));
        QCOMPARE(c.namePt, s("Travessias de fronteira"));
        QCOMPARE(page.model()->indexOf(id).data().toString(), s("Border crossings"));

        // A sub-code goes under the selected code.
        action(page, "newSubCode")->trigger();
        QCOMPARE(book.get(page.currentCode()).value().parent, id);

        // Clearing every name is refused with a message.
        page.selectCode(id);
        for (const char *name : {"nameEn", "nameEs", "namePt"})
            page.findChild<QLineEdit *>(QString::fromLatin1(name))->clear();
        page.findChild<QPushButton *>(s("saveCode"))->click();
        QVERIFY(!page.errorText().isEmpty());
        QVERIFY(!book.get(id).value().name(s("en")).isEmpty());
    }

    void moveWithDialogAndDrop()
    {
        test::TestWorkspace ws;
        CodebookPage page(*ws);
        const QUuid online = Codebook::seedId(s("online"));
        page.selectCode(online);
        QCOMPARE(test::answerModal([&page] { action(page, "moveCode")->trigger(); },
                                   [](QWidget *w) {
                                       auto *picker = qobject_cast<CodebookPickerDialog *>(w);
                                       QVERIFY(picker);
                                       picker->view()->setCurrentIndex(
                                           picker->view()->model()->index(0, 0));
                                       picker->accept(); // "Top level"
                                   }),
                 QString());
        Codebook book(ws->database(), ws->oplog());
        QVERIFY(book.get(online).value().parent.isNull());
        QVERIFY(!page.model()->indexOf(online).parent().isValid());

        // Dropping it onto "Justice" puts it there.
        const QUuid justice = Codebook::seedId(s("justice"));
        std::unique_ptr<QMimeData> data(page.model()->mimeData({page.model()->indexOf(online)}));
        page.model()->dropMimeData(data.get(), Qt::MoveAction, -1, -1,
                                   page.model()->indexOf(justice));
        QTRY_COMPARE(book.get(online).value().parent, justice);
        QTRY_COMPARE(page.model()->indexOf(online).parent(), page.model()->indexOf(justice));

        // A drop that would make a cycle is refused.
        std::unique_ptr<QMimeData> up(page.model()->mimeData({page.model()->indexOf(justice)}));
        page.model()->dropMimeData(up.get(), Qt::MoveAction, -1, -1, page.model()->indexOf(online));
        QTRY_VERIFY(!page.errorText().isEmpty());
        QVERIFY(book.get(justice).value().parent.isNull());
    }

    void deleteAsksFirst()
    {
        test::TestWorkspace ws;
        CodebookPage page(*ws);
        const QUuid demand = Codebook::seedId(s("demand"));
        page.selectCode(demand);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QCOMPARE(test::withoutModal([&page] { action(page, "deleteCode")->trigger(); }), QString());
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY(MessageBox::lastAnswered().contains(s("Delete the code")));
        Codebook book(ws->database(), ws->oplog());
        QVERIFY(!book.get(demand).value().deleted);

        MessageBox::setNextAnswer(QMessageBox::DestructiveRole);
        QCOMPARE(test::withoutModal([&page] { action(page, "deleteCode")->trigger(); }), QString());
        QVERIFY(book.get(demand).value().deleted);
        QVERIFY(!page.model()->indexOf(demand).isValid());
    }

    void deleteCanMoveCodingsFirst()
    {
        test::TestWorkspace ws;
        CodebookPage page(*ws);
        const QUuid from = Codebook::seedId(s("data"));
        const QUuid into = Codebook::seedId(s("npa"));
        code(ws, from, 2);
        page.reload();
        page.selectCode(from);
        // "Move codings, then delete…" is the box's one ActionRole button.
        MessageBox::setNextAnswer(QMessageBox::ActionRole);
        QCOMPARE(test::answerModal([&page] { action(page, "deleteCode")->trigger(); },
                                   [](QWidget *w) {
                                       auto *picker = qobject_cast<CodebookPickerDialog *>(w);
                                       QVERIFY(picker);
                                       QTest::keyClicks(picker->filterEdit(), s("National plan"));
                                       QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
                                   }),
                 QString());
        Codebook book(ws->database(), ws->oplog());
        QVERIFY(book.get(from).value().deleted);
        QCOMPARE(book.counts().value().value(into), 2);
        QCOMPARE(countText(page, into), s("2"));
    }

    void namesFollowTheInterfaceLanguage()
    {
        test::TestWorkspace ws;
        CodebookPage page(*ws);
        const QUuid migration = Codebook::seedId(s("migration"));
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&page, &change);
        QCOMPARE(page.model()->indexOf(migration).data().toString(), s("Migração insegura"));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
        QCoreApplication::sendEvent(&page, &change);
        QCOMPARE(page.model()->indexOf(migration).data().toString(), s("Migración insegura"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestCodebookPage)
#include "tst_codebookpage.moc"
