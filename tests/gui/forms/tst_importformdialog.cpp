// Importing a form in the app: from the Forms tab a coordinator picks a
// workbook, it imports through the same code as `vigiactl forms import` and
// the list shows it; a workbook with a mistake says where it is and stores
// nothing; choice files come from the folder picked (the workbook's own by
// default); the same workbook again is "unchanged"; the workbook is read on a
// worker thread while the dialog stays responsive, and closing it meanwhile
// stores nothing.
#include "store/FormStore.h"
#include "TestWorkspace.h"
#include "ui/forms/ImportFormDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/FormsView.h"
#include "XlsxTestWriter.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vigia;
using test::XlsxTestWriter;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

int versionsOf(Workspace &ws, const QString &formId)
{
    auto versions = ws.forms().versions(formId);
    return versions ? int(versions.value().size()) : -1;
}

bool listed(QTableWidget *table, const QString &formId, const QString &version)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == formId && table->item(row, 2)->text() == version)
            return true;
    }
    return false;
}

bool writeCsv(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}
} // namespace

class TestImportFormDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void aWorkbookImportsFromTheFormsTabAndIsListed()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString path = m_tmp.filePath(s("shelter_visit.xlsx"));
        QVERIFY(XlsxTestWriter::write(
            path,
            {{s("survey"),
              {{s("type"), s("name"), s("label")},
               {s("text"), s("shelter"), s("Shelter")},
               {s("integer"), s("children"), s("Children present")}}},
             {s("settings"), {{s("form_title"), s("version")}, {s("Shelter visit"), s("4")}}}}));

        FormsView view(*ws);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableWidget *>(s("formsTable"));
        auto *button = view.findChild<QPushButton *>(s("importForm"));
        QVERIFY(table && button);
        const int before = view.rowCount();
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = view.findChild<ImportFormDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setFormFile(path);
        QTRY_VERIFY(!dialog->isBusy());
        // Nothing in it reads choice files: no folder is offered.
        QVERIFY(dialog->choiceFolder().isEmpty());
        QTest::mouseClick(dialog->findChild<QPushButton *>(s("importStart")), Qt::LeftButton);

        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY2(dialog->resultText().contains(s("Imported the form Shelter visit (shelter_visit), "
                                                 "version 4.")),
                 qPrintable(dialog->resultText()));
        // A coordinator learns how it reaches the members.
        QVERIFY(dialog->resultText().contains(s("publish it on the Forms tab")));
        QCOMPARE(versionsOf(*ws, s("shelter_visit")), 1);
        QCOMPARE(view.rowCount(), before + 1);
        QVERIFY(listed(table, s("shelter_visit"), s("4")));
        // Selected, one click from being published.
        QCOMPARE(table->item(table->currentRow(), 1)->text(), s("shelter_visit"));
        QVERIFY(view.findChild<QPushButton *>(s("publishForm"))->isEnabled());
    }

    void aMistakeIsShownWithItsPlaceAndNothingIsStored()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        const QString path = m_tmp.filePath(s("broken.xlsx"));
        QVERIFY(XlsxTestWriter::write(path, {{s("survey"),
                                              {{s("type"), s("name"), s("label"), s("constraint")},
                                               {s("begin group"), s("g"), s("Group")},
                                               {s("integer"), s("age"), s("Age"), s(". >= 0")},
                                               {s("end repeat"), s("")}}}}));
        ImportFormDialog dialog(*ws);
        QSignalSpy imported(&dialog, &ImportFormDialog::imported);
        dialog.setFormFile(path);
        QVERIFY(!dialog.importForm());
        QVERIFY2(dialog.resultText().contains(s("not imported")), qPrintable(dialog.resultText()));
        const QString lines = dialog.messages().join(u'\n');
        QVERIFY2(lines.contains(s("broken.xlsx: survey row 4, column type: 'end repeat' closes "
                                  "'g', begun at row 2")),
                 qPrintable(lines));
        QCOMPARE(versionsOf(*ws, s("broken")), 0);
        QCOMPARE(imported.size(), 0);

        // A rule the validator checks: its row and column too.
        QVERIFY(XlsxTestWriter::write(path, {{s("survey"),
                                              {{s("type"), s("name"), s("label"), s("constraint")},
                                               {s("integer"), s("age"), s("Age"), s(". >= (0")}}},
                                             {s("settings"), {{s("version")}, {s("1")}}}}));
        dialog.setFormFile(path);
        QVERIFY(!dialog.importForm());
        QVERIFY2(dialog.messages().join(u'\n').contains(s("survey row 2, column constraint")),
                 qPrintable(dialog.messages().join(u'\n')));
        QCOMPARE(versionsOf(*ws, s("broken")), 0);
    }

    void choiceFilesComeFromTheWorkbooksFolderOrThePickedOne()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(QDir(m_tmp.path()).mkpath(s("files")));
        const QString files = m_tmp.filePath(s("files"));
        QVERIFY(writeCsv(files + s("/villages.csv"),
                         "name,label\nv1,Uno\nv2,Dos\nv3,Tres\nv4,Cuatro\nv5,Cinco\nv6,Seis\n"));
        const QString path = m_tmp.filePath(s("villages.xlsx"));
        QVERIFY(XlsxTestWriter::write(
            path, {{s("survey"),
                    {{s("type"), s("name"), s("label")},
                     {s("select_one_from_file villages.csv"), s("village"), s("Village")}}}}));
        ImportFormDialog dialog(*ws);
        dialog.setFormFile(path);
        QTRY_VERIFY(!dialog.isBusy());
        // The workbook names a file: its folder is offered, and the note says which file.
        QCOMPARE(QDir(dialog.choiceFolder()), QDir(m_tmp.path()));
        QVERIFY(
            dialog.findChild<QLabel *>(s("importFolderNote"))->text().contains(s("villages.csv")));
        // Not there: refused, naming the row.
        QVERIFY(!dialog.importForm());
        QVERIFY2(dialog.messages().join(u'\n').contains(s(
                     "villages.xlsx: survey row 2, column type: the file villages.csv is not in")),
                 qPrintable(dialog.messages().join(u'\n')));
        QCOMPARE(versionsOf(*ws, s("villages")), 0);

        dialog.setChoiceFolder(files);
        QVERIFY2(dialog.importForm(), qPrintable(dialog.messages().join(u'\n')));
        auto form = ws->forms().get(s("villages"));
        QVERIFY(form);
        QCOMPARE(form.value().choices().size(), 6);
        QVERIFY(!dialog.messages().join(u'\n').contains(s("cannot be collected")));
        // No version in the workbook: the one it got, and how to set one.
        QVERIFY2(dialog.resultText().contains(form.value().version()),
                 qPrintable(dialog.resultText()));
        QVERIFY(form.value().version().startsWith(s("auto-")));
        QVERIFY(dialog.resultText().contains(s("add a version column to its settings sheet")));

        // The same workbook again: unchanged, one version stored.
        QSignalSpy imported(&dialog, &ImportFormDialog::imported);
        QVERIFY(dialog.importForm());
        QVERIFY2(dialog.resultText().startsWith(s("Unchanged")), qPrintable(dialog.resultText()));
        QCOMPARE(versionsOf(*ws, s("villages")), 1);
        QCOMPARE(imported.size(), 1);
    }

    // Researchers have no Forms tab: the File menu is where everyone finds it.
    void theFileMenuOpensItAndTheFormsListFollows()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY(ws.isValid());
        const QString path = m_tmp.filePath(s("checkpoint.xlsx"));
        QVERIFY(XlsxTestWriter::write(
            path, {{s("survey"),
                    {{s("type"), s("name"), s("label")}, {s("text"), s("place"), s("Place")}}},
                   {s("settings"), {{s("version")}, {s("7")}}}}));
        MainWindow window(*ws);
        window.show();
        auto *forms = window.findChild<FormsView *>();
        QVERIFY(forms);
        const int before = forms->rowCount();
        auto *action = window.findChild<QAction *>(s("importFormAction"));
        QVERIFY(action);
        action->trigger();
        ImportFormDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ImportFormDialog *>()));
        dialog->setFormFile(path);
        QVERIFY2(dialog->importForm(), qPrintable(dialog->messages().join(u'\n')));
        QCOMPARE(forms->rowCount(), before + 1);
    }

    // Issue 19: the workbook is read on a worker thread; the dialog keeps
    // painting, says it is busy and shows the result when done.
    void aLargeWorkbookIsReadWhileTheDialogStaysResponsive()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        const QString path = largeWorkbook(s("large.xlsx"));
        ImportFormDialog dialog(*ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *start = dialog.findChild<QPushButton *>(s("importStart"));
        auto *browse = dialog.findChild<QPushButton *>(s("importBrowseFile"));
        auto *progress = dialog.findChild<QWidget *>(s("importProgress"));
        QVERIFY(start && browse && progress);

        // Choosing the workbook reads it for its choice files: in the background.
        dialog.setFormFile(path);
        QVERIFY(dialog.isBusy());
        QVERIFY(!start->isEnabled());
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(start->isEnabled());
        QVERIFY(!progress->isVisible());

        // The event loop runs while the workbook is read and converted.
        int ticks = 0;
        int ticksWhenDone = -1;
        QTimer timer;
        connect(&timer, &QTimer::timeout, &dialog, [&] { ++ticks; });
        connect(&dialog, &ImportFormDialog::importFinished, &dialog,
                [&] { ticksWhenDone = ticks; });
        timer.start(1);
        QSignalSpy finished(&dialog, &ImportFormDialog::importFinished);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!start->isEnabled());
        QVERIFY(!browse->isEnabled());
        QVERIFY(progress->isVisible());
        QVERIFY2(dialog.resultText().startsWith(s("Reading large.xlsx")),
                 qPrintable(dialog.resultText()));
        QCOMPARE(versionsOf(*ws, s("large")), 0);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(ticksWhenDone > 0, qPrintable(QString::number(ticksWhenDone)));
        QVERIFY2(dialog.resultText().startsWith(s("Imported the form large")),
                 qPrintable(dialog.resultText()));
        QCOMPARE(versionsOf(*ws, s("large")), 1);
        QVERIFY(start->isEnabled());
        QVERIFY(browse->isEnabled());
        QVERIFY(!progress->isVisible());
    }

    // Closing the dialog, or destroying it, while the workbook is read:
    // no crash, and nothing stored.
    void closingWhileReadingStoresNothing()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        const QString path = largeWorkbook(s("abandoned.xlsx"));
        ImportFormDialog dialog(*ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QElapsedTimer reading;
        reading.start();
        dialog.setFormFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        const qint64 oneRead = reading.elapsed();

        QSignalSpy finished(&dialog, &ImportFormDialog::importFinished);
        QSignalSpy imported(&dialog, &ImportFormDialog::imported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(s("importStart")), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.isBusy());

        auto *destroyed = new ImportFormDialog(*ws);
        destroyed->show();
        destroyed->setFormFile(path);
        QVERIFY(destroyed->isBusy());
        delete destroyed;

        // Longer than the reads take: their results arrive and are dropped.
        QTest::qWait(int(3 * oneRead + 200));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(imported.size(), 0);
        QCOMPARE(versionsOf(*ws, s("abandoned")), 0);
        QVERIFY(dialog.messages().isEmpty());

        // Shown again, the dialog imports as before.
        dialog.show();
        QVERIFY(dialog.importForm());
        QCOMPARE(versionsOf(*ws, s("abandoned")), 1);
    }

private:
    // A workbook with one select over 20 000 choices: long enough to read
    // that the dialog is seen busy.
    QString largeWorkbook(const QString &name)
    {
        XlsxTestWriter::Rows choices = {{s("list_name"), s("name"), s("label")}};
        for (int i = 0; i < 20000; ++i)
            choices.append({s("place"), s("p%1").arg(i), s("Place number %1").arg(i)});
        const QString path = m_tmp.filePath(name);
        if (!XlsxTestWriter::write(path, {{s("survey"),
                                           {{s("type"), s("name"), s("label")},
                                            {s("select_one place"), s("place"), s("Place")}}},
                                          {s("choices"), choices},
                                          {s("settings"), {{s("version")}, {s("1")}}}}))
            return {};
        return path;
    }

    QTemporaryDir m_tmp;
};

QTEST_MAIN(TestImportFormDialog)
#include "tst_importformdialog.moc"
