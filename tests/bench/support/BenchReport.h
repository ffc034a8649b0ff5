#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <cstdio>

#include <sys/resource.h>

namespace vigia::bench {

// A limit a scenario must hold besides its time ratio (peak memory, a
// throughput floor, a size ratio, a correctness count).
struct Check
{
    QString name;
    double value = 0;
    double limit = 0;
    bool atMost = true; // false: the value must be at least the limit
    [[nodiscard]] bool holds() const { return atMost ? value <= limit : value >= limit; }
};

// One JSON line per scenario: the measured value, the baseline measured in the
// same run, their ratio and the target, so results compare across machines.
// `pass` is computed here and nowhere else: the ratio within its target, a
// baseline that was really measured (zero or missing fails), and every
// check held. tests/bench/runner reads these lines for `make bench`.
inline void report(const QString &scenario, double seconds, double baselineSeconds,
                   double targetRatio, QJsonObject extra = {}, const QList<Check> &checks = {})
{
    extra.insert(QStringLiteral("scenario"), scenario);
    extra.insert(QStringLiteral("seconds"), seconds);
    extra.insert(QStringLiteral("baseline_seconds"), baselineSeconds);
    const bool measured = baselineSeconds > 0 && seconds > 0;
    const double ratio = measured ? seconds / baselineSeconds : 0;
    extra.insert(QStringLiteral("ratio"), ratio);
    extra.insert(QStringLiteral("target_ratio"), targetRatio);
    bool pass = measured && ratio <= targetRatio;
    QJsonArray list;
    QJsonArray misses;
    if (!measured)
        misses.append(QStringLiteral("baseline not measured"));
    else if (ratio > targetRatio)
        misses.append(QStringLiteral("ratio %1 > %2").arg(ratio, 0, 'f', 2).arg(targetRatio));
    for (const Check &c : checks) {
        list.append(QJsonObject{{QStringLiteral("name"), c.name},
                                {QStringLiteral("value"), c.value},
                                {c.atMost ? QStringLiteral("max") : QStringLiteral("min"), c.limit},
                                {QStringLiteral("holds"), c.holds()}});
        if (!c.holds()) {
            pass = false;
            misses.append(QStringLiteral("%1 %2 %3 %4")
                              .arg(c.name)
                              .arg(c.value, 0, 'g', 4)
                              .arg(c.atMost ? QStringLiteral(">") : QStringLiteral("<"))
                              .arg(c.limit, 0, 'g', 4));
        }
    }
    if (!list.isEmpty())
        extra.insert(QStringLiteral("checks"), list);
    extra.insert(QStringLiteral("misses"), misses);
    extra.insert(QStringLiteral("pass"), pass);
    std::fprintf(stdout, "%s\n", QJsonDocument(extra).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// Peak resident set size of this process, in MiB (VmHWM); -1 when it
// cannot be read.
inline double peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// CPU time this process has spent (user + system), in seconds. Reported
// beside the wall-clock figures, which are what the targets judge, so that a
// run on a busy machine still shows where the time went.
inline double cpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace vigia::bench
