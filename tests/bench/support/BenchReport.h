#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace vigia::bench {

// One JSON line per scenario: the measured value, the baseline measured in the
// same run, their ratio and the target, so results compare across machines.
inline void report(const QString &scenario, double seconds, double baselineSeconds,
                   double targetRatio, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("scenario"), scenario);
    extra.insert(QStringLiteral("seconds"), seconds);
    extra.insert(QStringLiteral("baseline_seconds"), baselineSeconds);
    const double ratio = baselineSeconds > 0 ? seconds / baselineSeconds : 0;
    extra.insert(QStringLiteral("ratio"), ratio);
    extra.insert(QStringLiteral("target_ratio"), targetRatio);
    if (!extra.contains(QStringLiteral("pass")))
        extra.insert(QStringLiteral("pass"), ratio <= targetRatio);
    std::fprintf(stdout, "%s\n", QJsonDocument(extra).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// Peak resident set size of this process, in MiB (VmHWM).
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

} // namespace vigia::bench
