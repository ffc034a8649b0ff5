// vigiactl review set | list and comments list | add: the real binary on a
// coordinator's workspace (states, the comment that goes with one, the
// thread per field) and on a researcher's, which may not judge its records.

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

QStringList words(const char *line, const QString &id)
{
    QStringList out = words(line);
    out.insert(2, id);
    return out;
}

// A finalized record: an indicator report needs no narrative.
QString finalizedRecord(const VigiactlRunner &cli)
{
    const CliRun r =
        cli.run(words("record new --form indicator_report --set country=GT "
                      "--set period_start=2022-01-01 --set period_end=2022-12-31 "
                      "--set indicator=victims_identified --set value_victims_identified=140 "
                      "--set source_institution=Fiscalia --set verification_status=verified "
                      "--finalize"));
    if (r.exitCode != 0)
        qWarning() << r.describe();
    return r.outLine();
}

QJsonArray json(const VigiactlRunner &cli, const QStringList &args)
{
    const CliRun r = cli.run(args + QStringList{s("--json")});
    if (r.exitCode != 0)
        qWarning() << r.describe();
    return QJsonDocument::fromJson(r.out).array();
}
} // namespace

class TestVigiactlReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(VigiactlRunner::program()));
        QVERIFY(m_tmp.isValid());
        m_coordinator = VigiactlRunner(m_tmp.filePath(s("coordinator")));
        m_researcher = VigiactlRunner(m_tmp.filePath(s("researcher")));
        const CliRun c = m_coordinator.run(words("init --name Coordinator --role coordinator"));
        QVERIFY2(c.exitCode == 0, c.describe());
        const CliRun r = m_researcher.run(words("init --name Ana"));
        QVERIFY2(r.exitCode == 0, r.describe());
    }

    void helpListsTheCommands()
    {
        const CliRun help = VigiactlRunner().run({s("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"review set", "review list", "comments list", "comments add"})
            QVERIFY2(help.outText().contains(QLatin1String(command)), command);
    }

    void aCoordinatorReviewsAndComments()
    {
        const QString id = finalizedRecord(m_coordinator);
        QVERIFY(!QUuid(id).isNull());
        QJsonArray all = json(m_coordinator, words("review list"));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).toObject().value(s("state")).toString(), s("received"));
        QCOMPARE(all.at(0).toObject().value(s("comments")).toInt(), 0);

        const CliRun set = m_coordinator.run(
            words("review set --state needs-changes --comment", id) + QStringList{s("Check it")});
        QVERIFY2(set.exitCode == 0, set.describe());
        QCOMPARE(json(m_coordinator, words("review list --state needs-changes")).size(), 1);
        QCOMPARE(json(m_coordinator, words("review list --state approved")).size(), 0);

        // The words after the id are the text.
        const CliRun second =
            m_coordinator.run(QStringList{s("comments"), s("add"), id, s("--field"), s("country"),
                                          s("Is"), s("GT"), s("right?")});
        QVERIFY2(second.exitCode == 0, second.describe());
        QVERIFY(!QUuid(second.outLine()).isNull());

        const QJsonArray thread = json(m_coordinator, words("comments list", id));
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread.at(0).toObject().value(s("text")).toString(), s("Check it"));
        QCOMPARE(thread.at(0).toObject().value(s("field")).toString(), QString());
        QCOMPARE(thread.at(0).toObject().value(s("author_name")).toString(), s("Coordinator"));
        QCOMPARE(thread.at(1).toObject().value(s("field")).toString(), s("country"));
        QCOMPARE(thread.at(1).toObject().value(s("text")).toString(), s("Is GT right?"));
        const CliRun text = m_coordinator.run(words("comments list", id));
        QVERIFY2(text.exitCode == 0 && text.outText().contains(s("Is GT right?")), text.describe());

        QVERIFY(m_coordinator.run(words("review set --state approved", id)).exitCode == 0);
        const CliRun table = m_coordinator.run(words("review list"));
        QVERIFY2(table.outText().contains(s("approved")) && table.outText().contains(id),
                 table.describe());
    }

    void badInputIsRefused()
    {
        const QString id = finalizedRecord(m_coordinator);
        QCOMPARE(m_coordinator.run(words("review set --state done", id)).exitCode, 2);
        QCOMPARE(m_coordinator.run(words("review set", id)).exitCode, 2);
        QCOMPARE(
            m_coordinator.run(words("review set --state approved", QUuid::createUuid().toString()))
                .exitCode,
            4);
        QCOMPARE(m_coordinator.run(words("comments add", id) << s(" ")).exitCode, 2);
    }

    void aResearcherDoesNotJudgeItsOwnRecords()
    {
        const QString id = finalizedRecord(m_researcher);
        QVERIFY(!QUuid(id).isNull());
        const CliRun approve = m_researcher.run(words("review set --state approved", id));
        QCOMPARE(approve.exitCode, 3);
        QVERIFY2(approve.errText().contains(s("coordinator")), approve.describe());
        QCOMPARE(json(m_researcher, words("review list --state approved")).size(), 0);
        const CliRun note = m_researcher.run(words("comments add", id) << s("Source checked."));
        QVERIFY2(note.exitCode == 0, note.describe());
    }

private:
    QTemporaryDir m_tmp;
    VigiactlRunner m_coordinator;
    VigiactlRunner m_researcher;
};

QTEST_GUILESS_MAIN(TestVigiactlReview)
#include "tst_vigiactlreview.moc"
