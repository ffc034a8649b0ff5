// Crash safety (issue 13): a child process (crashchild) finalizes records or
// imports bundles in a loop and is killed with SIGKILL at a random moment;
// the store it leaves must open intact and hold every change whole or not at
// all. 300 kills in all (the store encrypted, as every workspace), from a printed seed
// (VIGIA_CRASH_SEED repeats a run, VIGIA_CRASH_ITERATIONS changes the number of kills).

#include "bundle/BundleReader.h"
#include "CrashKit.h"
#include "oplog/OpLog.h"
#include "project/Outbox.h"
#include "ProjectTestKit.h"
#include "TestWorkspace.h"

#include <QCborValue>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace vigia;
using namespace vigia::crashtest;
using namespace vigia::projecttest;

namespace {

constexpr int kWorkspaceRounds = 10;  // finalize kills per fresh workspace
constexpr int kFinalizeDelayMs = 400; // kills land within this after "ready"
constexpr int kBundles = 12;          // bundles each import loop takes
constexpr int kRecordsPerBundle = 15;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

struct Bundle
{
    QByteArray id;
    QByteArray origin;
    quint64 first = 0;
    quint64 last = 0;
};

// What happened to one child.
struct Run
{
    bool killed = false;
    bool done = false; // it finished its loop before the kill
    QString error;     // it stopped by itself, or never became ready
};

// Starts crashchild with `args`, waits for its "ready", gives it `delayMs`
// and kills it with SIGKILL unless it finished first.
Run runAndKill(const QStringList &args, int delayMs)
{
    QProcess child;
    child.setProgram(QStringLiteral(CRASHCHILD_PATH));
    child.setArguments(args);
    child.start();
    Run run;
    if (!child.waitForStarted(30000)) {
        run.error = QStringLiteral("crashchild did not start: ") + child.errorString();
        return run;
    }
    QByteArray out;
    while (!out.contains("ready\n") && child.state() == QProcess::Running)
        if (child.waitForReadyRead(30000))
            out += child.readAllStandardOutput();
        else
            break;
    if (!out.contains("ready\n")) {
        child.kill();
        child.waitForFinished(30000);
        run.error = QStringLiteral("crashchild never became ready: ") +
                    QString::fromUtf8(child.readAllStandardError());
        return run;
    }
    if (child.waitForFinished(delayMs)) {
        out += child.readAllStandardOutput();
        run.done = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0 &&
                   out.contains("done\n");
        if (!run.done)
            run.error = QStringLiteral("crashchild stopped by itself (exit %1): %2")
                            .arg(child.exitCode())
                            .arg(QString::fromUtf8(child.readAllStandardError()));
        return run;
    }
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished(30000);
    run.killed = true;
    return run;
}

std::unique_ptr<Workspace> reopen(const QString &dir, QString *error)
{
    auto ws = Workspace::open(dir, test::TestWorkspace::kPassphrase);
    if (!ws) {
        *error = ws.error().message();
        return nullptr;
    }
    return ws.take();
}

// PRAGMA integrity_check and `oplog verify`: empty when both are clean.
QString storeProblems(Workspace &ws)
{
    QString problems;
    Statement st(ws.database().handle(), "PRAGMA integrity_check");
    while (st.step() == SQLITE_ROW)
        if (st.columnText(0) != QLatin1String("ok"))
            problems += QStringLiteral("integrity_check: ") + st.columnText(0) + QLatin1Char('\n');
    auto issues = ws.oplog().verify();
    if (!issues)
        return problems + QStringLiteral("oplog verify failed: ") + issues.error().message();
    for (const ChainIssue &issue : issues.value())
        problems += QStringLiteral("oplog verify: ") + issue.message + QLatin1Char('\n');
    return problems;
}

QString textOf(const QCborValue &v)
{
    return v.isString() ? v.toString() : QString();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    quint32 m_seed = 0;
    QRandomGenerator m_rng;
    int m_iterations = 300;
    QElapsedTimer m_clock;
    int m_finalizeKills = 0;
    int m_finalizeRuns = 0;
    int m_importKills = 0;
    int m_importRuns = 0;
    int m_importsDone = 0;
    qint64 m_recordsChecked = 0;
    qint64 m_finalizedSeen = 0;
    qint64 m_bundlesChecked = 0;
    qint64 m_bundlesWhole = 0;

    // Records finalized with draft answers, drafts with final answers, and
    // the shared chain and outbox out of step with them; empty when none.
    QString recordProblems(Workspace &ws)
    {
        QString problems;
        const QByteArray device = ws.deviceId().toRfc4122();
        const QByteArray mine = ws.oplog().privateOrigin();
        Statement st(ws.database().handle(),
                     "SELECT r.id, r.status, f.field, f.value, f.origin FROM records r "
                     "JOIN field_values f ON f.entity = 'record' AND f.row = r.id "
                     "WHERE r.form_id = 'crash' ORDER BY r.id");
        struct Seen
        {
            QString status;
            QMap<QString, QCborValue> values;
            QSet<QByteArray> origins;
        };
        QMap<QByteArray, Seen> records;
        while (st.step() == SQLITE_ROW) {
            Seen &r = records[st.columnBlob(0)];
            r.status = st.columnText(1);
            r.values.insert(st.columnText(2), QCborValue::fromCbor(st.columnBlob(3)));
            r.origins.insert(st.columnBlob(4));
        }
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            const Seen &r = it.value();
            const QString a = textOf(r.values.value(QStringLiteral("a")));
            const QCborValue n = r.values.value(QStringLiteral("n"));
            const QCborValue c = r.values.value(QStringLiteral("c"));
            const QString name = QString::fromLatin1(it.key().toHex().left(8));
            bool ok = false;
            if (r.status == QLatin1String("finalized")) {
                ++m_finalizedSeen;
                // The final answer, the draft's answer emptied, the
                // calculation stored: all published onto the shared chain.
                ok = a.startsWith(QLatin1String("final-")) && (n.isNull() || n.isUndefined()) &&
                     textOf(c) == a + QStringLiteral("-calc") &&
                     r.origins == QSet<QByteArray>{device};
            } else if (r.status == QLatin1String("draft")) {
                // Draft answers only, all private.
                ok = a.startsWith(QLatin1String("draft-")) &&
                     textOf(n).startsWith(QLatin1String("draft-")) &&
                     (c.isNull() || c.isUndefined()) && r.origins == QSet<QByteArray>{mine};
            }
            if (!ok)
                problems +=
                    QStringLiteral("record %1 (%2): a=%3 n=%4 c=%5, %6 origin(s)\n")
                        .arg(name, r.status, a, n.toDiagnosticNotation(), c.toDiagnosticNotation())
                        .arg(r.origins.size());
        }
        m_recordsChecked += records.size();

        // A draft leaves nothing on the shared chain.
        Statement drafts(ws.database().handle(),
                         "SELECT count(*) FROM ops o JOIN records r ON r.id = o.row "
                         "WHERE o.origin = ?1 AND r.status = 'draft'");
        drafts.bind(1, device);
        if (drafts.step() != SQLITE_ROW || drafts.columnInt64(0) != 0)
            problems += QStringLiteral("shared ops of drafts: %1\n").arg(drafts.columnInt64(0));
        // Every shared op of this device waits in the outbox, and nothing else.
        Statement outbox(ws.database().handle(),
                         "SELECT (SELECT count(*) FROM outbox), "
                         "(SELECT count(*) FROM ops WHERE origin = ?1), "
                         "(SELECT count(*) FROM outbox b WHERE NOT EXISTS "
                         "(SELECT 1 FROM ops o WHERE o.origin = ?1 AND o.counter = b.counter))");
        outbox.bind(1, device);
        if (outbox.step() != SQLITE_ROW || outbox.columnInt64(0) != outbox.columnInt64(1) ||
            outbox.columnInt64(2) != 0)
            problems += QStringLiteral("outbox %1 rows for %2 shared ops, %3 without an op\n")
                            .arg(outbox.columnInt64(0))
                            .arg(outbox.columnInt64(1))
                            .arg(outbox.columnInt64(2));
        return problems;
    }

    // Each bundle is either recorded in applied_bundles with every op of it
    // stored, or neither recorded nor with any op stored.
    QString bundleProblems(Workspace &ws, const QList<Bundle> &bundles)
    {
        QString problems;
        Statement recorded(ws.database().handle(),
                           "SELECT count(*) FROM applied_bundles WHERE bundle_id = ?1");
        Statement stored(ws.database().handle(),
                         "SELECT (SELECT count(*) FROM ops WHERE origin = ?1 AND counter "
                         "BETWEEN ?2 AND ?3) + (SELECT count(*) FROM pending_ops WHERE "
                         "origin = ?1 AND counter BETWEEN ?2 AND ?3)");
        for (const Bundle &b : bundles) {
            recorded.bind(1, b.id);
            const bool isRecorded = recorded.step() == SQLITE_ROW && recorded.columnInt64(0) == 1;
            recorded.reset();
            stored.bind(1, b.origin).bind(2, qint64(b.first)).bind(3, qint64(b.last));
            const qint64 present = stored.step() == SQLITE_ROW ? stored.columnInt64(0) : -1;
            stored.reset();
            const qint64 size = qint64(b.last - b.first + 1);
            ++m_bundlesChecked;
            m_bundlesWhole += isRecorded ? 1 : 0;
            if (isRecorded ? present != size : present != 0)
                problems += QStringLiteral("bundle %1: %2, %3 of its %4 ops stored\n")
                                .arg(QString::fromLatin1(b.id.toHex().left(8)),
                                     isRecorded ? QStringLiteral("recorded")
                                                : QStringLiteral("not recorded"))
                                .arg(present)
                                .arg(size);
        }
        if (const qint64 pending = count(ws, "SELECT count(*) FROM pending_ops"); pending != 0)
            problems += QStringLiteral("%1 ops pending\n").arg(pending);
        return problems;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bool seeded = false;
        m_seed = qEnvironmentVariable("VIGIA_CRASH_SEED").toUInt(&seeded);
        if (!seeded)
            m_seed = QRandomGenerator::global()->generate();
        m_rng.seed(m_seed);
        m_iterations = envInt("VIGIA_CRASH_ITERATIONS", 300);
        qInfo("crash test seed %u (VIGIA_CRASH_SEED=%u repeats this run), %d kills", m_seed, m_seed,
              m_iterations);
        m_clock.start();
    }

    void killedFinalizeLoopsLeaveWholeRecords()
    {
        // One researcher workspace with the form, copied fresh every few
        // kills so that checking stays cheap.
        const QString pristine = m_dir.filePath(QStringLiteral("researcher"));
        {
            auto ws = Workspace::create(pristine, test::TestWorkspace::kPassphrase,
                                        QStringLiteral("researcher"), Role::Researcher,
                                        KdfLimits::insecureForTests());
            QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message()));
            QVERIFY(importForm(*ws.value()));
        }
        const int kills = m_iterations / 2;
        QString dir;
        for (int i = 0; i < kills; ++i) {
            if (i % kWorkspaceRounds == 0) {
                dir = m_dir.filePath(QStringLiteral("finalize-%1").arg(i));
                QVERIFY(copyDir(pristine, dir));
            }
            const Run run =
                runAndKill({QStringLiteral("finalize"), dir, QString::number(qint64(i) * 1000000)},
                           int(m_rng.bounded(kFinalizeDelayMs)));
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
            ++m_finalizeRuns;
            m_finalizeKills += run.killed ? 1 : 0;
            QString error;
            auto ws = reopen(dir, &error);
            QVERIFY2(ws, qPrintable(error));
            const QString problems = storeProblems(*ws) + recordProblems(*ws);
            QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("after kill %1 (seed %2):\n%3")
                                                        .arg(i)
                                                        .arg(m_seed)
                                                        .arg(problems)));
        }
        QVERIFY(m_finalizedSeen > 0);
    }

    void killedImportLoopsLeaveWholeBundles()
    {
        // Two researchers' bundles, made once: each carries only new ops
        // (the outbox is acknowledged after every export), so each bundle
        // is one counter range of its sender's chain.
        QList<Bundle> bundles;
        const QString bundleDir = m_dir.filePath(QStringLiteral("bundles"));
        const QString pristine = m_dir.filePath(QStringLiteral("coordinator"));
        QVERIFY(QDir().mkpath(bundleDir));
        {
            test::TestWorkspace coordinator({}, Role::Coordinator);
            test::TestWorkspace ana;
            test::TestWorkspace ben;
            QCOMPARE(enrol(*coordinator, *ana), QString());
            QCOMPARE(enrol(*coordinator, *ben), QString());
            for (int b = 0; b < kBundles; ++b) {
                Workspace &from = b % 2 == 0 ? *ana : *ben;
                for (int r = 0; r < kRecordsPerBundle; ++r)
                    QVERIFY(from.records().create(
                        QStringLiteral("f"), QStringLiteral("1"),
                        {{QStringLiteral("a"),
                          QStringLiteral("bundle %1 record %2").arg(b).arg(r)}},
                        true));
                auto exported =
                    ChangeExporter::exportTo(from, m_dir.filePath(QStringLiteral("out")));
                QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message()));
                QVERIFY(Outbox::acknowledge(from.database(), {exported.value().bundleId}));
                const QString file = QDir(bundleDir).filePath(
                    QStringLiteral("%1.vigiabundle").arg(b, 3, 10, QLatin1Char('0')));
                QVERIFY(QFile::rename(exported.value().path, file));
                auto reader = BundleReader::parse(readAll(file));
                QVERIFY(reader);
                auto ops = reader.value().decrypt(coordinator->keys());
                QVERIFY2(ops, qPrintable(ops ? QString() : ops.error().message()));
                Bundle bundle{reader.value().bundleId(), from.deviceId().toRfc4122(),
                              ops.value().first().counter, ops.value().last().counter};
                for (const Op &op : ops.value())
                    QCOMPARE(op.origin, bundle.origin);
                QCOMPARE(qint64(bundle.last - bundle.first + 1), qint64(ops.value().size()));
                bundles.append(bundle);
            }
            coordinator.close();
            QVERIFY(copyDir(coordinator.path(), pristine));
        }

        // Without a kill the loop applies everything: the check's positive
        // case, and how long a loop lasts, which spreads the kills over it.
        const QString whole = m_dir.filePath(QStringLiteral("import-whole"));
        QVERIFY(copyDir(pristine, whole));
        QElapsedTimer loop;
        loop.start();
        const Run complete = runAndKill({QStringLiteral("import"), whole, bundleDir}, 120000);
        const int loopMs = int(loop.elapsed());
        QVERIFY2(complete.done, qPrintable(complete.error));
        {
            QString error;
            auto ws = reopen(whole, &error);
            QVERIFY2(ws, qPrintable(error));
            QCOMPARE(bundleProblems(*ws, bundles) + storeProblems(*ws), QString());
            QCOMPARE(count(*ws, "SELECT count(*) FROM applied_bundles"), qint64(kBundles));
        }
        m_bundlesChecked = 0;
        m_bundlesWhole = 0;

        const int kills = m_iterations - m_iterations / 2;
        for (int i = 0; i < kills; ++i) {
            const QString dir = m_dir.filePath(QStringLiteral("import-%1").arg(i));
            QVERIFY(copyDir(pristine, dir));
            const Run run = runAndKill({QStringLiteral("import"), dir, bundleDir},
                                       int(m_rng.bounded(quint32(std::max(loopMs, 1)))));
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
            ++m_importRuns;
            m_importKills += run.killed ? 1 : 0;
            m_importsDone += run.done ? 1 : 0;
            QString error;
            auto ws = reopen(dir, &error);
            QVERIFY2(ws, qPrintable(error));
            const QString problems = storeProblems(*ws) + bundleProblems(*ws, bundles);
            QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("after kill %1 (seed %2):\n%3")
                                                        .arg(i)
                                                        .arg(m_seed)
                                                        .arg(problems)));
            ws.reset();
            QDir(dir).removeRecursively();
        }
        // The kills landed inside the loops, not only before or after them.
        QVERIFY(m_bundlesWhole > 0);
        QVERIFY(m_bundlesWhole < m_bundlesChecked);
    }

    void cleanupTestCase()
    {
        qInfo("crash test (seed %u): %d iterations; %d kills during finalize loops (of %d runs), "
              "%d during import loops (of %d runs, %d finished first); %lld records checked "
              "(%lld finalized), %lld bundles checked (%lld applied and recorded); %.1f s",
              m_seed, m_finalizeRuns + m_importRuns, m_finalizeKills, m_finalizeRuns, m_importKills,
              m_importRuns, m_importsDone, m_recordsChecked, m_finalizedSeen, m_bundlesChecked,
              m_bundlesWhole, double(m_clock.elapsed()) / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
