// bundle_export: 100 000 ops of one device into one bundle (canonical CBOR,
// zstd -3, secretstream, sealed key, signature, atomic file). Baseline in the
// same run: the same ops as JSON lines piped through `zstd -3` and
// `age -r <X25519 recipient>` into a file. Targets: time ratio <= 1.0 and
// size ratio <= 1.0.
#include "BenchReport.h"
#include "bundle/BundleWriter.h"
#include "BundleBenchOps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace vigia;

namespace {

void appendJsonString(QByteArray &out, const QString &s)
{
    out.append('"');
    for (const char c : s.toUtf8()) {
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (uchar(c) < 0x20) {
            out.append(QByteArray("\\u00") +
                       QByteArray::number(uchar(c), 16).rightJustified(2, '0'));
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

QByteArray jsonLine(const Op &op)
{
    QByteArray l;
    l.reserve(320);
    l.append("{\"origin\":\"").append(op.origin.toHex()).append("\",\"counter\":");
    l.append(QByteArray::number(op.counter)).append(",\"hlc\":").append(QByteArray::number(op.hlc));
    l.append(",\"entity\":");
    appendJsonString(l, op.entity);
    l.append(",\"row\":\"").append(op.row.toHex()).append("\",\"field\":");
    appendJsonString(l, op.field);
    l.append(",\"value\":");
    appendJsonString(l, op.valueCbor().toString());
    l.append(",\"based_on\":").append(QByteArray::number(op.basedOn));
    l.append(",\"prev_hash\":\"").append(op.prevHash.toHex()).append("\"}\n");
    return l;
}

QString ageRecipient(const QString &dir)
{
    QProcess p;
    p.start(QStringLiteral("age-keygen"), {QStringLiteral("-o"), dir + QStringLiteral("/age.key")});
    if (!p.waitForFinished() || p.exitCode() != 0)
        qFatal("age-keygen failed: is Debian's age installed?");
    QFile f(dir + QStringLiteral("/age.key"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no age key");
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("# public key: "))
            return QString::fromLatin1(line.mid(14).trimmed());
    qFatal("no public key in the age key file");
}

// JSON lines written into `zstd -3 | age -r R > out`, timed from the first
// serialised op to the file being complete.
double baseline(const QList<Op> &ops, const QString &recipient, const QString &out)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("zstd -3 -q -c | age -r '%1' > '%2'").arg(recipient, out)});
    if (!p.waitForStarted())
        qFatal("could not start zstd | age");
    QByteArray batch;
    for (const Op &op : ops) {
        batch.append(jsonLine(op));
        if (batch.size() >= 256 * 1024) {
            p.write(batch);
            p.waitForBytesWritten(-1);
            batch.clear();
        }
    }
    p.write(batch);
    p.waitForBytesWritten(-1);
    p.closeWriteChannel();
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        qFatal("zstd | age failed");
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const DeviceKeys sender = DeviceKeys::generate(QUuid::createUuid());
    const DeviceKeys coordinator = DeviceKeys::generate(QUuid::createUuid());
    const QList<Op> ops = bench::outboxOps(sender.deviceId.toRfc4122(), total);
    const QByteArray project = QUuid::createUuid().toRfc4122();
    const QString recipient = ageRecipient(dir.path());

    const QString basePath = dir.filePath(QStringLiteral("ops.jsonl.zst.age"));
    const QString bundlePath = dir.filePath(QStringLiteral("ops.vigiabundle"));
    // Warm both paths once (page cache, process start-up code), then measure.
    (void)baseline(ops.mid(0, 1000), recipient, basePath);
    const double base = baseline(ops, recipient, basePath);

    (void)BundleWriter::writeFile(project, sender, 1, ops.mid(0, 1000),
                                  {{coordinator.deviceId.toRfc4122(), coordinator.boxPublicKey}},
                                  bundlePath);
    QElapsedTimer timer;
    timer.start();
    const Status st = BundleWriter::writeFile(
        project, sender, ops.last().hlc, ops,
        {{coordinator.deviceId.toRfc4122(), coordinator.boxPublicKey}}, bundlePath);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!st)
        qFatal("%s", qPrintable(st.error().message()));

    const qint64 bundleBytes = QFileInfo(bundlePath).size();
    const qint64 baseBytes = QFileInfo(basePath).size();
    const double sizeRatio = double(bundleBytes) / double(baseBytes);
    bench::report(QStringLiteral("bundle_export"), seconds, base, 1.0,
                  {{QStringLiteral("ops"), total},
                   {QStringLiteral("bundle_bytes"), bundleBytes},
                   {QStringLiteral("baseline_bytes"), baseBytes},
                   {QStringLiteral("size_ratio"), sizeRatio},
                   {QStringLiteral("ops_per_second"), total / seconds},
                   {QStringLiteral("peak_rss_mib"), bench::peakRssMiB()}},
                  {{QStringLiteral("size_ratio"), sizeRatio, 1.0}});
    return 0;
}
