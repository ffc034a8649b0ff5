// Runs every benchmark executable (bench_*) under a folder, passes their
// output through, and ends with one table: scenario, measured figure,
// baseline, ratio, target, PASS or MISS. With --repeat N each benchmark runs
// N times and the table shows, per scenario, the run with the median ratio.
// Exits 1 when any scenario misses its target (a zero or missing baseline
// is a miss), when a benchmark fails or prints no line, and 2 on bad usage.
//
//   run_benchmarks [--repeat N] [--only REGEX] FOLDER
#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace {

struct Run
{
    QString benchmark;
    QJsonObject line; // empty: the benchmark failed before printing it
    QString failure;
};

QString seconds(double s)
{
    if (s <= 0)
        return QStringLiteral("-");
    if (s < 1e-3)
        return QStringLiteral("%1 us").arg(s * 1e6, 0, 'f', 1);
    if (s < 1)
        return QStringLiteral("%1 ms").arg(s * 1e3, 0, 'f', 1);
    return QStringLiteral("%1 s").arg(s, 0, 'f', 2);
}

// The same rule as BenchReport.h, again: a line written by an older
// benchmark, or edited, must not pass on its own word.
QString missesOf(const QJsonObject &o)
{
    QStringList out;
    const double base = o.value(QStringLiteral("baseline_seconds")).toDouble();
    const double ratio = o.value(QStringLiteral("ratio")).toDouble();
    const double target = o.value(QStringLiteral("target_ratio")).toDouble();
    if (!(base > 0) || !(ratio > 0))
        out << QStringLiteral("baseline not measured");
    else if (ratio > target)
        out << QStringLiteral("ratio > target");
    for (const QJsonValue &m : o.value(QStringLiteral("misses")).toArray()) {
        if (!out.contains(m.toString()) && !m.toString().startsWith(QLatin1String("ratio ")))
            out << m.toString();
    }
    if (!o.value(QStringLiteral("pass")).toBool(false) && out.isEmpty())
        out << QStringLiteral("benchmark says it failed");
    return out.join(QStringLiteral("; "));
}

QList<Run> runOne(const QString &path)
{
    QList<Run> runs;
    const QString name = QFileInfo(path).fileName();
    std::fprintf(stdout, "== %s\n", qPrintable(name));
    std::fflush(stdout);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The stores' info lines (migrations, one per imported bundle) would bury
    // the results; warnings still show. QT_LOGGING_RULES set by hand wins.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_LOGGING_RULES")))
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
    p.setProcessEnvironment(env);
    p.start(path, {});
    if (!p.waitForStarted()) {
        runs.append({name, {}, QStringLiteral("did not start")});
        return runs;
    }
    QByteArray pending;
    const auto takeLines = [&](bool all) {
        for (;;) {
            const qsizetype nl = pending.indexOf('\n');
            if (nl < 0 && !(all && !pending.isEmpty()))
                break;
            const QByteArray line = nl < 0 ? pending : pending.left(nl);
            pending.remove(0, nl < 0 ? pending.size() : nl + 1);
            std::fprintf(stdout, "%s\n", line.constData());
            std::fflush(stdout);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed(), &error);
            if (error.error == QJsonParseError::NoError && doc.isObject() &&
                doc.object().contains(QStringLiteral("scenario")))
                runs.append({name, doc.object(), {}});
        }
    };
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(1000);
        pending += p.readAllStandardOutput();
        takeLines(false);
    }
    pending += p.readAllStandardOutput();
    takeLines(true);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        runs.append({name,
                     {},
                     p.exitStatus() != QProcess::NormalExit
                         ? QStringLiteral("crashed")
                         : QStringLiteral("exit code %1").arg(p.exitCode())});
    else if (runs.isEmpty())
        runs.append({name, {}, QStringLiteral("printed no result line")});
    return runs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int repeat = 1;
    QRegularExpression only;
    QString folder;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--repeat") && !args.isEmpty())
            repeat = std::max(1, args.takeFirst().toInt());
        else if (a == QLatin1String("--only") && !args.isEmpty())
            only.setPattern(args.takeFirst());
        else if (folder.isEmpty() && !a.startsWith(QLatin1Char('-')))
            folder = a;
        else {
            folder.clear();
            break;
        }
    }
    if (folder.isEmpty() || !only.isValid()) {
        std::fprintf(stderr, "usage: run_benchmarks [--repeat N] [--only REGEX] FOLDER\n");
        return 2;
    }

    QStringList executables;
    QDirIterator it(folder, {QStringLiteral("bench_*")}, QDir::Files | QDir::Executable,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (only.pattern().isEmpty() || only.match(QFileInfo(path).fileName()).hasMatch())
            executables << path;
    }
    std::sort(executables.begin(), executables.end(), [](const QString &a, const QString &b) {
        return QFileInfo(a).fileName() < QFileInfo(b).fileName();
    });
    if (executables.isEmpty()) {
        std::fprintf(stderr, "run_benchmarks: no bench_* executable under %s\n",
                     qPrintable(folder));
        return 1;
    }

    // Scenario (or failed benchmark) -> its runs, in the order first seen.
    QStringList order;
    QHash<QString, QList<Run>> byScenario;
    for (int r = 0; r < repeat; ++r) {
        for (const QString &exe : std::as_const(executables)) {
            for (const Run &run : runOne(exe)) {
                const QString key = run.line.isEmpty()
                                        ? run.benchmark
                                        : run.line.value(QStringLiteral("scenario")).toString();
                if (!byScenario.contains(key))
                    order << key;
                byScenario[key].append(run);
            }
        }
    }

    std::fprintf(stdout, "\n%-24s %12s %12s %8s %8s  %-6s %s\n", "scenario", "figure", "baseline",
                 "ratio", "target", "result", repeat > 1 ? "(median run; notes)" : "(notes)");
    bool allPass = true;
    for (const QString &key : std::as_const(order)) {
        QList<Run> runs = byScenario.value(key);
        QStringList failures;
        QList<Run> measured;
        for (const Run &run : std::as_const(runs)) {
            if (run.line.isEmpty())
                failures << run.failure;
            else
                measured << run;
        }
        if (measured.isEmpty()) {
            allPass = false;
            std::fprintf(stdout, "%-24s %12s %12s %8s %8s  %-6s %s\n", qPrintable(key), "-", "-",
                         "-", "-", "MISS", qPrintable(failures.join(QStringLiteral("; "))));
            continue;
        }
        std::sort(measured.begin(), measured.end(), [](const Run &a, const Run &b) {
            return a.line.value(QStringLiteral("ratio")).toDouble() <
                   b.line.value(QStringLiteral("ratio")).toDouble();
        });
        const QJsonObject o = measured.at(measured.size() / 2).line;
        QString notes = missesOf(o);
        if (!failures.isEmpty()) {
            notes += (notes.isEmpty() ? QString() : QStringLiteral("; ")) +
                     failures.join(QStringLiteral("; "));
        }
        const bool pass = notes.isEmpty();
        allPass = allPass && pass;
        std::fprintf(stdout, "%-24s %12s %12s %8.2f %8.2f  %-6s %s\n", qPrintable(key),
                     qPrintable(seconds(o.value(QStringLiteral("seconds")).toDouble())),
                     qPrintable(seconds(o.value(QStringLiteral("baseline_seconds")).toDouble())),
                     o.value(QStringLiteral("ratio")).toDouble(),
                     o.value(QStringLiteral("target_ratio")).toDouble(), pass ? "PASS" : "MISS",
                     qPrintable(notes));
    }
    std::fflush(stdout);
    return allPass ? 0 : 1;
}
