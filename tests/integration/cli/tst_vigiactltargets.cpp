// vigiactl targets list | set | delete | import (docs/monitoring.md): the
// real binary on a coordinator's workspace, progress from a finalized
// indicator report, a CSV import that is all or nothing, and a researcher's
// workspace that reads targets but cannot set them.

#include "VigiactlRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using vigia::test::CliRun;
using vigia::test::VigiactlRunner;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList words(const char *line)
{
    return s(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QJsonArray listed(const VigiactlRunner &cli)
{
    const CliRun r = cli.run(words("targets list --json"));
    if (r.exitCode != 0)
        qWarning() << r.describe();
    return QJsonDocument::fromJson(r.out).array();
}
} // namespace

class TestVigiactlTargets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(VigiactlRunner::program()));
        QVERIFY(m_tmp.isValid());
        m_cli = VigiactlRunner(m_tmp.filePath(s("coordinator")));
        const CliRun r = m_cli.run(words("init --name Coordinator --role coordinator"));
        QVERIFY2(r.exitCode == 0, r.describe());
    }

    void helpListsTheCommands()
    {
        const CliRun help = VigiactlRunner().run({s("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command :
             {"targets list", "targets set", "targets delete", "targets import"})
            QVERIFY2(help.outText().contains(QLatin1String(command)), command);
    }

    void setListAndProgress()
    {
        QCOMPARE(listed(m_cli).size(), 0);
        const CliRun set = m_cli.run(
            words("targets set --country gt --indicator victims_identified --baseline 100 "
                  "--baseline-year 2020 --target 200 --target-date 2024-12-31 "
                  "--milestone 2022-12-31=150"));
        QVERIFY2(set.exitCode == 0, set.describe());
        const QString id = set.outLine();
        QVERIFY(!QUuid(id).isNull());

        QJsonArray targets = listed(m_cli);
        QCOMPARE(targets.size(), 1);
        QJsonObject t = targets.at(0).toObject();
        QCOMPARE(t.value(s("id")).toString(), id);
        QCOMPARE(t.value(s("country")).toString(), s("GT"));
        QCOMPARE(t.value(s("unit")).toString(), s("count"));
        QCOMPARE(t.value(s("status")).toString(), s("no_data"));
        QCOMPARE(t.value(s("milestones")).toArray().size(), 1);

        const CliRun report =
            m_cli.run(words("record new --form indicator_report --set country=GT "
                            "--set period_start=2022-01-01 --set period_end=2022-12-31 "
                            "--set indicator=victims_identified --set value_victims_identified=140 "
                            "--set source_institution=Fiscalia --set verification_status=verified "
                            "--finalize"));
        QVERIFY2(report.exitCode == 0, report.describe());
        t = listed(m_cli).at(0).toObject();
        QCOMPARE(t.value(s("latest")).toDouble(), 140.0);
        QCOMPARE(t.value(s("expected")).toDouble(), 150.0);
        QCOMPARE(t.value(s("status")).toString(), s("at_risk"));
        QCOMPARE(t.value(s("report")).toString(), report.outLine());

        const CliRun text = m_cli.run(words("targets list"));
        QVERIFY2(text.exitCode == 0, text.describe());
        QVERIFY2(text.outText().contains(s("at risk")) && text.outText().contains(id),
                 text.describe());
    }

    void importIsAllOrNothing()
    {
        const int before = int(listed(m_cli).size());
        const QString good = m_tmp.filePath(s("good.csv"));
        QVERIFY(writeFile(good, "\xef\xbb\xbf"
                                "country,indicator,breakdown,unit,baseline,baseline_year,target,"
                                "target_date,milestones\n"
                                "HN,victims_identified,sex=girls,,40,2021,80,2025-12-31,"
                                "\"2023-12-31=60;2024-12-31=70\"\n"
                                "HN,npa_budget,,USD,1000000,2021,1500000.5,2025-12-31,\n"));
        const CliRun imported = m_cli.run({s("targets"), s("import"), good});
        QVERIFY2(imported.exitCode == 0, imported.describe());
        QVERIFY2(imported.outLine().startsWith(s("Imported 2 target")), imported.describe());
        QCOMPARE(listed(m_cli).size(), before + 2);
        const CliRun hn = m_cli.run(words("targets list --country HN --json"));
        const QJsonArray onlyHn = QJsonDocument::fromJson(hn.out).array();
        QCOMPARE(onlyHn.size(), 2);
        QCOMPARE(onlyHn.at(0).toObject().value(s("target")).toDouble(), 1500000.5);

        const QString bad = m_tmp.filePath(s("bad.csv"));
        QVERIFY(writeFile(bad, "country,indicator,baseline,baseline_year,target,target_date\n"
                               "PA,convictions,5,2021,10,2025-12-31\n"
                               "PA,victims,5,2021,10,2025-12-31\n"));
        const CliRun refused = m_cli.run({s("targets"), s("import"), bad});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.errText().contains(s("Line 3")), refused.describe());
        QCOMPARE(listed(m_cli).size(), before + 2);
    }

    void deleteRemovesATarget()
    {
        const QJsonArray targets = listed(m_cli);
        QVERIFY(!targets.isEmpty());
        const QString id = targets.at(0).toObject().value(s("id")).toString();
        const CliRun deleted = m_cli.run({s("targets"), s("delete"), id});
        QVERIFY2(deleted.exitCode == 0, deleted.describe());
        QCOMPARE(listed(m_cli).size(), targets.size() - 1);
        QCOMPARE(m_cli.run(words("targets delete not-an-id")).exitCode, 2);
        QCOMPARE(m_cli.run({s("targets"), s("delete"), QUuid::createUuid().toString()}).exitCode,
                 4);
    }

    void badTargetsAreRefusedBeforeThePassphrase()
    {
        const CliRun r =
            m_cli.run(words("targets set --country GT --indicator months_to_sentence --baseline 20 "
                            "--baseline-year 2020 --target 12 --target-date 2019-12-31"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(s("after the baseline year")), r.describe());
        QCOMPARE(m_cli.run(words("targets set --country GT")).exitCode, 2);
    }

    void researchersReadOnly()
    {
        VigiactlRunner researcher(m_tmp.filePath(s("researcher")));
        QVERIFY(researcher.run(words("init --name Researcher")).exitCode == 0);
        const CliRun r = researcher.run(
            words("targets set --country GT --indicator victims_identified --baseline 100 "
                  "--baseline-year 2020 --target 200 --target-date 2024-12-31"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(s("Only a coordinator")), r.describe());
        QCOMPARE(listed(researcher).size(), 0);
    }

private:
    QTemporaryDir m_tmp;
    VigiactlRunner m_cli;
};

QTEST_GUILESS_MAIN(TestVigiactlTargets)
#include "tst_vigiactltargets.moc"
