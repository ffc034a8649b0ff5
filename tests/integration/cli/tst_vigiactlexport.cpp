// vigiactl export (docs/exports.md): the real binary writes the CSV files,
// the workbook and the SPSS syntax, refuses a bad format or a missing
// folder, and with --deidentify leaves no sensitive answer in any file.

#include "ExportTestKit.h"
#include "VigiactlRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestVigiactlExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    VigiactlRunner m_cli;

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(VigiactlRunner::program()));
        m_cli = VigiactlRunner(m_tmp.filePath(s("ws")));
        CliRun r = m_cli.run({s("init"), s("--name"), s("Ana")});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = m_cli.importForm(exportFormJson());
        QVERIFY2(r.exitCode == 0, r.describe());
        r = m_cli.run({s("record"), s("new"), s("--form"), s("finding"), s("--set"),
                       s("name=") + kCanary, s("--set"), s("age=41"), s("--set"),
                       s("manifestation=labour"), s("--finalize")});
        QVERIFY2(r.exitCode == 0, r.describe());
    }

    void helpListsExport()
    {
        const CliRun help = m_cli.run({s("export"), s("--help")});
        QVERIFY2(help.exitCode == 0, help.describe());
        QVERIFY(help.outText().contains(s("--deidentify")));
    }

    void everyFormat()
    {
        for (const char *format : {"csv", "xlsx", "spss"}) {
            const QString out = m_tmp.filePath(s("out-") + s(format));
            const CliRun r =
                m_cli.run({s("export"), s("--format"), s(format), s("--out"), out, s("--json")});
            QVERIFY2(r.exitCode == 0, r.describe());
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(o.value(s("records")).toInt(), 1);
            for (const QJsonValue &f : o.value(s("files")).toArray())
                QVERIFY2(QFile::exists(f.toString()), qPrintable(f.toString()));
        }
        QVERIFY(QFile::exists(m_tmp.filePath(s("out-xlsx/vigia-export.xlsx"))));
        QVERIFY(QFile::exists(m_tmp.filePath(s("out-spss/finding_1.sps"))));
        QVERIFY(QFile::exists(m_tmp.filePath(s("out-csv/dictionary.csv"))));
    }

    void deidentifiedLeavesNoSensitiveByte()
    {
        const QString out = m_tmp.filePath(s("deid"));
        const CliRun r =
            m_cli.run({s("export"), s("--format"), s("csv"), s("--out"), out, s("--deidentify")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QMap<QString, QByteArray> files = filesUnder(out);
        QVERIFY(files.contains(s("finding_1.csv")));
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QVERIFY2(!it.value().contains(kCanary.toUtf8()), qPrintable(it.key()));
    }

    // vigiactl neither seeds nor edits the codebook (the app's Codebook
    // page does, or a coordinator's bundle brings it): with no code there is
    // nothing to analyse, and the export says so and writes nothing.
    // tst_refiqdaexport and tst_exportdialog export coded narratives.
    void refiQdaNeedsACodebook()
    {
        const QString out = m_tmp.filePath(s("qda"));
        CliRun r = m_cli.run({s("export"), s("--format"), s("refi-qda"), s("--out"), out});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(s("Codebook page")), r.describe());
        QVERIFY(QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty());
        // Record-table options mean nothing here: refused, not ignored.
        r = m_cli.run({s("export"), s("--format"), s("refi-qda"), s("--out"),
                       m_tmp.filePath(s("q2")), s("--bom")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(s("q2"))));
    }

    void badUsageIsRefused()
    {
        CliRun r = m_cli.run({s("export"), s("--format"), s("pdf"), s("--out"), s("x")});
        QCOMPARE(r.exitCode, 2);
        r = m_cli.run({s("export"), s("--format"), s("csv")});
        QCOMPARE(r.exitCode, 2);
        r = m_cli.run({s("export"), s("--format"), s("csv"), s("--out"), m_tmp.filePath(s("p")),
                       s("--include-text")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(s("p"))));
    }
};

QTEST_GUILESS_MAIN(TestVigiactlExport)
#include "tst_vigiactlexport.moc"
