// The Export dialog, offscreen: the options it shows become the export's,
// an export runs off the GUI thread with its bar reaching the end and the
// files in the folder, Cancel while it runs leaves nothing, and the main
// window's Export menu opens it.

#include "ExportTestKit.h"
#include "store/Codebook.h"
#include "ui/export/ExportDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    TestWorkspace m_ws;

    template <typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no %s", name);
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ws.isValid(), qPrintable(m_ws.error()));
        QVERIFY(importExportForm(*m_ws));
        QList<RecordStore::Values> many;
        for (int i = 0; i < 3000; ++i)
            many.append(values({{"age", QString::number(i % 90)},
                                {"name", kCanary},
                                {"account", QStringLiteral("text ") + QString::number(i)}}));
        QVERIFY(
            m_ws->records().createMany(QStringLiteral("finding"), QStringLiteral("1"), many, true));
    }

    void optionsFollowTheControls()
    {
        ExportDialog dialog(*m_ws);
        auto *form = child<QComboBox>(&dialog, "exportForm");
        // Every form first, then each form id (the built-in ones too).
        QCOMPARE(form->itemData(0).toString(), QString());
        const int finding = form->findData(QStringLiteral("finding"));
        QVERIFY(finding > 0);
        form->setCurrentIndex(finding);
        child<QComboBox>(&dialog, "exportFormat")->setCurrentIndex(1);
        auto *pseudonymize = child<QCheckBox>(&dialog, "exportPseudonymize");
        QVERIFY(!pseudonymize->isEnabled()); // only with de-identification
        child<QCheckBox>(&dialog, "exportDeidentify")->setChecked(true);
        QVERIFY(pseudonymize->isEnabled());
        pseudonymize->setChecked(true);
        QVERIFY(!child<QCheckBox>(&dialog, "exportBom")->isEnabled()); // XLSX has no BOM
        const ExportOptions o = dialog.options();
        QCOMPARE(o.formId, QStringLiteral("finding"));
        QCOMPARE(o.format, ExportOptions::Format::Xlsx);
        QVERIFY(o.deidentify);
        QCOMPARE(o.sensitive, ExportOptions::Sensitive::Pseudonymize);
        QVERIFY(!o.includeText);
    }

    void exportRunsAndFinishes()
    {
        QTemporaryDir out;
        ExportDialog dialog(*m_ws);
        dialog.show();
        dialog.setFolder(out.filePath(QStringLiteral("csv")));
        child<QCheckBox>(&dialog, "exportDeidentify")->setChecked(true);
        QSignalSpy finished(&dialog, &ExportDialog::finished);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportStart"), Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        QVERIFY(ExportDialog::isRunning());
        QVERIFY(!child<QComboBox>(&dialog, "exportFormat")->isEnabled());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!ExportDialog::isRunning());
        auto *bar = child<QProgressBar>(&dialog, "exportProgress");
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("csv/finding_1.csv"))));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("csv/dictionary.csv"))));
        const QMap<QString, QByteArray> files = filesUnder(out.path());
        for (const QByteArray &bytes : files)
            QVERIFY(!bytes.contains(kCanary.toUtf8()));
        QVERIFY(child<QLabel>(&dialog, "exportStatus")->text().contains(QLatin1String("3000")));
    }

    void refiQdaWritesTheProject()
    {
        // The codebook the Codebook page seeds; the records have no coding,
        // so each of them is a source only where its form opens a field to
        // coding (tst_refiqdaexport checks coded narratives).
        QVERIFY(Codebook::seedIfEmpty(m_ws->database(), m_ws->oplog()).value() > 0);
        QTemporaryDir out;
        ExportDialog dialog(*m_ws);
        dialog.show();
        dialog.setFolder(out.filePath(QStringLiteral("qda")));
        auto *format = child<QComboBox>(&dialog, "exportFormat");
        const int refi = format->findText(QStringLiteral("REFI-QDA"), Qt::MatchStartsWith);
        QVERIFY(refi > 0);
        format->setCurrentIndex(refi);
        // The record-table options do not apply to REFI-QDA.
        QVERIFY(!child<QComboBox>(&dialog, "exportForm")->isEnabled());
        QSignalSpy finished(&dialog, &ExportDialog::finished);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportStart"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("qda/codebook.qdc"))));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("qda/project.qdpx"))));
        QVERIFY(child<QLabel>(&dialog, "exportStatus")->text().contains(QLatin1String("3000")));
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("cancelled"));
        ExportDialog dialog(*m_ws);
        dialog.show();
        dialog.setFolder(folder);
        QSignalSpy finished(&dialog, &ExportDialog::finished);
        dialog.start();
        // Cancel before the worker reaches its first page: it stops there.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible()); // Escape cancels, it does not close
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(child<QPushButton>(&dialog, "exportClose")->isEnabled());
    }

    void exportMenuOpensTheDialog()
    {
        MainWindow window(*m_ws);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("exportAction"));
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(window.findChild<ExportDialog *>());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
