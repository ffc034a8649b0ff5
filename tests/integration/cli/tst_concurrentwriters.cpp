#include "VigiactlRunner.h"

#include <QCborValue>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using vigia::test::CliRun;
using vigia::test::VigiactlRunner;

namespace {
constexpr int kPerWriter = 40;

// One writer: a shell loop running `vigiactl record new` kPerWriter times.
const QString kLoop =
    QStringLiteral("set -e\n"
                   "for i in $(seq 1 %1); do\n"
                   "  \"$1\" --workspace \"$2\" record new --form concurrent --set writer=\"$3\" "
                   "--set n=\"$i\" --finalize > /dev/null\n"
                   "done\n");
} // namespace

// Two processes writing one workspace at the same moment: every record must
// arrive, and the device's op counters must stay one unbroken chain.
class tst_ConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void twoWritersAtOnce();
};

void tst_ConcurrentWriters::twoWritersAtOnce()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const VigiactlRunner cli(tmp.filePath(QStringLiteral("ws")));
    const CliRun init = cli.run(
        {QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("shared device")});
    QVERIFY2(init.exitCode == 0, init.describe());
    const CliRun form = cli.importForm(VigiactlRunner::textForm(
        QStringLiteral("concurrent"), {QStringLiteral("writer"), QStringLiteral("n")}));
    QVERIFY2(form.exitCode == 0, form.describe());
    const CliRun identity =
        cli.run({QStringLiteral("identity"), QStringLiteral("show"), QStringLiteral("--json")});
    QVERIFY2(identity.exitCode == 0, identity.describe());
    const QUuid device(QJsonDocument::fromJson(identity.out)
                           .object()
                           .value(QStringLiteral("device_id"))
                           .toString());
    QVERIFY(!device.isNull());

    // Start both before waiting for either: they run at the same time.
    std::unique_ptr<QProcess> writers[2];
    const QString tags[2] = {QStringLiteral("A"), QStringLiteral("B")};
    for (int w = 0; w < 2; ++w) {
        writers[w] = std::make_unique<QProcess>();
        writers[w]->setProcessEnvironment(VigiactlRunner::baseEnvironment());
        writers[w]->setStandardInputFile(QProcess::nullDevice());
        writers[w]->start(QStringLiteral("bash"),
                          {QStringLiteral("-c"), kLoop.arg(kPerWriter), QStringLiteral("writer"),
                           VigiactlRunner::program(), cli.workspace(), tags[w]});
    }
    for (auto &p : writers)
        QVERIFY2(p->waitForStarted(30000), qPrintable(p->errorString()));
    QCOMPARE(writers[0]->state(), QProcess::Running);
    QCOMPARE(writers[1]->state(), QProcess::Running);
    for (int w = 0; w < 2; ++w) {
        QVERIFY(writers[w]->waitForFinished(240000));
        QVERIFY2(writers[w]->exitStatus() == QProcess::NormalExit && writers[w]->exitCode() == 0,
                 "writer " + tags[w].toUtf8() + " failed: " + writers[w]->readAllStandardError());
    }

    // All 80 records exist.
    const CliRun list =
        cli.run({QStringLiteral("record"), QStringLiteral("list"), QStringLiteral("--form"),
                 QStringLiteral("concurrent"), QStringLiteral("--limit"), QStringLiteral("0"),
                 QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.describe());
    const QJsonArray records = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(records.size(), 2 * kPerWriter);

    // The chain is intact.
    const CliRun verify = cli.run({QStringLiteral("oplog"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.describe());

    // Read the store directly, read-only.
    {
        auto store = cli.openStore();
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
        QSqlDatabase db = QSqlDatabase::database(store.value()->connectionName());

        // Counters 1..N, each exactly once, for this device.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT counter, field, value FROM ops WHERE origin = ? "
                                 "ORDER BY counter"));
        q.addBindValue(device.toRfc4122());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        qint64 expected = 1;
        QString lastWriter;
        int switches = 0;
        while (q.next()) {
            QCOMPARE(q.value(0).toLongLong(), expected);
            ++expected;
            if (q.value(1).toString() == QLatin1String("writer")) {
                const QString writer = QCborValue::fromCbor(q.value(2).toByteArray()).toString();
                if (!lastWriter.isEmpty() && writer != lastWriter)
                    ++switches;
                lastWriter = writer;
            }
        }
        // 4 ops describe the device; each record is _form, _form_version,
        // _status, writer and n.
        const qint64 total = expected - 1;
        QCOMPARE(total, 4 + 5 * 2 * kPerWriter);
        // The writers really interleaved (otherwise this test proves nothing).
        QVERIFY2(switches >= 2,
                 qPrintable(QStringLiteral("writers switched %1 times").arg(switches)));

        QSqlQuery dup(db);
        QVERIFY(dup.exec(QStringLiteral("SELECT count(*), count(DISTINCT origin || '/' || counter) "
                                        "FROM ops")));
        QVERIFY(dup.next());
        QCOMPARE(dup.value(0).toLongLong(), dup.value(1).toLongLong());

        QSqlQuery head(db);
        head.prepare(QStringLiteral("SELECT counter FROM chain_heads WHERE origin = ?"));
        head.addBindValue(device.toRfc4122());
        QVERIFY(head.exec() && head.next());
        QCOMPARE(head.value(0).toLongLong(), total);

        // Every (writer, n) pair arrived exactly once.
        QSqlQuery values(db);
        QVERIFY(values.exec(QStringLiteral("SELECT record_id, field, value FROM record_values "
                                           "WHERE field IN ('writer', 'n')")));
        QMap<QByteArray, QPair<QString, QString>> byRecord;
        while (values.next()) {
            auto &pair = byRecord[values.value(0).toByteArray()];
            const QString v = QCborValue::fromCbor(values.value(2).toByteArray()).toString();
            if (values.value(1).toString() == QLatin1String("writer"))
                pair.first = v;
            else
                pair.second = v;
        }
        QSet<QString> seen;
        for (const auto &[writer, n] : byRecord)
            seen.insert(writer + QLatin1Char('/') + n);
        QSet<QString> want;
        for (const QString &tag : tags) {
            for (int i = 1; i <= kPerWriter; ++i)
                want.insert(tag + QLatin1Char('/') + QString::number(i));
        }
        QCOMPARE(seen, want);
    }
}

QTEST_GUILESS_MAIN(tst_ConcurrentWriters)
#include "tst_concurrentwriters.moc"
