// hub_upload: 64 concurrent clients upload 5 000 real signed bundles of about
// 20 KB each to vigia-hub (tus: creation, then one PATCH with the bytes and
// their sha256; the hub verifies each bundle's signature and stores it, fsync
// before it answers), on each backend: SQLite (`hub_upload`) and PostgreSQL 15
// (`hub_upload_postgres`, a private server started by the bench, PgFixture,
// with its default synchronous_commit=on and fsync=on). Baseline in the same run:
// nginx (Debian's package, WebDAV module) taking a `PUT` of the same files at
// the same concurrency, through the same client (HttpBenchClient.h), run
// once just before and once just after the hub (a fresh nginx and folder
// each time; the baseline is the mean of the two). Both clocks run from the
// first request to the last acknowledgement. Target: hub throughput >= 0.25 x
// nginx's on SQLite (time ratio <= 4), >= 0.15 x on PostgreSQL (<= 6.67);
// the JSON has both (`ratio`, `throughput_ratio`). The hub fsyncs before it acknowledges;
// nginx's PUT does not (`hub_fsync`, `baseline_fsync`).
//
// The bundles are made once, before any clock: 8 researchers enrolled in one
// project, each creating and finalizing records whose text is padded with
// random characters (so zstd leaves ~20 KB) and exporting each with
// ChangeExporter, as the USB flow does; the outbox is acknowledged after each
// export so every bundle carries one record.
//
//   bench_hub_upload [BUNDLES [CLIENTS]]
#include "BenchReport.h"
#include "db/Database.h"
#include "HttpBenchClient.h"
#include "hub/HubAuth.h"
#include "hub/HubHttpServer.h"
#include "hub/HubService.h"
#include "hub/HubStore.h"
#include "hub/PgHubStore.h"
#include "hub/SqliteHubStore.h"
#include "HubFixture.h"
#include "NginxDav.h"
#include "PgFixture.h"
#include "project/ChangeExporter.h"
#include "project/Outbox.h"
#include "ProjectTestKit.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <sodium.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace vigia;

namespace {

constexpr int kResearchers = 8;
constexpr int kRandomBytesPerRecord = 19000; // base64: ~25 300 characters, ~20 KB zstd'd
// nginx's usual `worker_processes auto` on this 2-core machine; the hub runs
// its default 4 threads.
const int kNginxWorkers = QThread::idealThreadCount();

struct Bundle
{
    QByteArray bytes;
    QByteArray id;
    int researcher = 0;
    QByteArray checksum; // "sha256 BASE64", as a tus client sends it
};

// A coordinator and researchers in one project, and the bundles they made.
struct Corpus
{
    std::unique_ptr<test::TestWorkspace> coordinator;
    std::vector<std::unique_ptr<test::TestWorkspace>> researchers;
    QByteArray projectId;
    QList<Bundle> bundles;
};

Corpus makeCorpus(int total)
{
    Corpus c;
    c.coordinator = std::make_unique<test::TestWorkspace>(ClockFn(), Role::Coordinator);
    if (!c.coordinator->isValid())
        qFatal("workspace: %s", qPrintable(c.coordinator->error()));
    for (int r = 0; r < kResearchers; ++r) {
        c.researchers.push_back(std::make_unique<test::TestWorkspace>());
        if (const QString e = projecttest::enrol(**c.coordinator, **c.researchers.back());
            !e.isEmpty())
            qFatal("enrol: %s", qPrintable(e));
    }
    c.projectId = ProjectStore((*c.coordinator)->database()).load().value()->projectId;
    // The workspaces are only the bundles' makers: small page caches (not
    // 64 MiB each) keep the process lean for the hub measured in it.
    for (const auto &ws : c.researchers)
        sqlite3_exec((**ws).database().handle(), "PRAGMA cache_size=-2048;", nullptr, nullptr,
                     nullptr);
    QRandomGenerator random(15);
    QTemporaryDir usb;
    c.bundles.reserve(total);
    for (int i = 0; i < total; ++i) {
        const int r = i % kResearchers;
        Workspace &ws = **c.researchers.at(size_t(r));
        QByteArray noise(kRandomBytesPerRecord, '\0');
        random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        auto id = ws.records().create(
            QStringLiteral("f"), QStringLiteral("1"),
            {{QStringLiteral("a"),
              QStringLiteral("finding %1 %2").arg(i).arg(QString::fromLatin1(noise.toBase64()))}});
        if (!id || !ws.records().finalize(id.value()))
            qFatal("record %d not made", i);
        auto exported = ChangeExporter::exportTo(ws, usb.path());
        if (!exported || exported.value().paths.size() != 1)
            qFatal("export %d: %s", i,
                   exported ? "more than one bundle" : qPrintable(exported.error().message()));
        QFile f(exported.value().path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read bundle %d", i);
        Bundle b;
        b.bytes = f.readAll();
        b.id = exported.value().bundleId;
        b.researcher = r;
        b.checksum = test::HubFixture::checksum(b.bytes);
        f.close();
        f.remove();
        // As if its receipt came back: the next bundle carries the next record only.
        if (!Outbox::acknowledge(ws.database(), {b.id}))
            qFatal("acknowledge %d", i);
        c.bundles.append(std::move(b));
    }
    return c;
}

// A hub backend: the scenario it reports and how its stores are made, their
// data under a temporary folder.
struct Backend
{
    QString scenario;
    QString name;
    // Hub bundles/s over nginx's at least.
    double targetThroughputRatio = 0;
    // Empty with `why` set when the backend cannot run here.
    std::function<HubStorePool::Factory(const QString &dir, QString *why)> stores;
};

QList<Backend> backends(test::PgFixture &pg)
{
    return {
        {QStringLiteral("hub_upload"), QStringLiteral("sqlite"), 0.25,
         [](const QString &dir, QString *) -> HubStorePool::Factory {
             const QString path = dir + QStringLiteral("/hub.sqlite");
             return [path]() -> Result<std::unique_ptr<HubStore>> {
                 auto store = SqliteHubStore::open(path);
                 if (!store)
                     return store.error();
                 return std::unique_ptr<HubStore>(std::move(store.value()));
             };
         }},
        {QStringLiteral("hub_upload_postgres"), QStringLiteral("postgres"), 0.15,
         [&pg](const QString &, QString *why) -> HubStorePool::Factory {
             // The server starts once, for this backend only.
             if (!pg.isRunning() && !pg.start()) {
                 *why = pg.error();
                 return {};
             }
             const QString uri = pg.createDatabase();
             if (uri.isEmpty()) {
                 *why = pg.error();
                 return {};
             }
             return [uri]() -> Result<std::unique_ptr<HubStore>> {
                 auto store = PgHubStore::open(uri);
                 if (!store)
                     return store.error();
                 return std::unique_ptr<HubStore>(std::move(store.value()));
             };
         }},
    };
}

// The tus exchange of one bundle: creation, then one PATCH with all bytes.
class HubUploadProtocol final : public bench::ItemProtocol
{
public:
    HubUploadProtocol(const QList<Bundle> &bundles, const QList<QByteArray> &tokens,
                      const QByteArray &projectId)
        : m_bundles(bundles)
        , m_tokens(tokens)
        , m_uploads("/v1/projects/" + projectId.toHex() + "/uploads")
        , m_seqs(bundles.size(), 0)
    {}

    QByteArray first(int item) override
    {
        const Bundle &b = m_bundles.at(item);
        return bench::httpRequest("POST", m_uploads,
                                  {{"Authorization", "Bearer " + m_tokens.at(b.researcher)},
                                   {"Tus-Resumable", "1.0.0"},
                                   {"Upload-Length", QByteArray::number(b.bytes.size())},
                                   {"Upload-Metadata", "bundle " + b.id.toHex().toBase64()}});
    }

    Next next(int item, int step, const bench::HttpAnswer &a) override
    {
        const Bundle &b = m_bundles.at(item);
        const QByteArray size = QByteArray::number(b.bytes.size());
        if (step == 0) {
            if (a.status != 201)
                return refused("creation", a);
            if (a.header("upload-offset") == size) // held already: nothing to send
                return stored(item, a);
            return {Next::Send,
                    bench::httpRequest("PATCH", a.header("location"),
                                       {{"Authorization", "Bearer " + m_tokens.at(b.researcher)},
                                        {"Tus-Resumable", "1.0.0"},
                                        {"Upload-Offset", "0"},
                                        {"Content-Type", "application/offset+octet-stream"},
                                        {"Upload-Checksum", b.checksum}},
                                       b.bytes),
                    {}};
        }
        if (a.status != 204 || a.header("upload-offset") != size)
            return refused("PATCH", a);
        return stored(item, a);
    }

    [[nodiscard]] const QList<qint64> &seqs() const { return m_seqs; }

private:
    Next stored(int item, const bench::HttpAnswer &a)
    {
        const qint64 seq = a.header("vigia-bundle-seq").toLongLong();
        if (seq <= 0)
            return {Next::Failed, {}, QStringLiteral("no Vigia-Bundle-Seq")};
        m_seqs[item] = seq;
        return {Next::Acknowledged, {}, {}};
    }
    static Next refused(const char *what, const bench::HttpAnswer &a)
    {
        return {Next::Failed,
                {},
                QStringLiteral("%1: %2 %3 %4")
                    .arg(QLatin1String(what))
                    .arg(a.status)
                    .arg(a.error, QString::fromUtf8(a.body.left(300)))};
    }

    const QList<Bundle> &m_bundles;
    const QList<QByteArray> &m_tokens;
    QByteArray m_uploads;
    QList<qint64> m_seqs;
};

// One WebDAV PUT of the same bytes.
class DavPutProtocol final : public bench::ItemProtocol
{
public:
    explicit DavPutProtocol(const QList<Bundle> &bundles)
        : m_bundles(bundles)
    {}
    QByteArray first(int item) override
    {
        const Bundle &b = m_bundles.at(item);
        return bench::httpRequest("PUT", "/" + b.id.toHex() + ".vigiabundle",
                                  {{"Content-Type", "application/octet-stream"}}, b.bytes);
    }
    Next next(int, int, const bench::HttpAnswer &a) override
    {
        if (a.status == 201 || a.status == 204)
            return {Next::Acknowledged, {}, {}};
        return {Next::Failed,
                {},
                QStringLiteral("PUT: %1 %2 %3")
                    .arg(a.status)
                    .arg(a.error, QString::fromUtf8(a.body.left(300)))};
    }

private:
    const QList<Bundle> &m_bundles;
};

// One nginx, fresh (its own empty folder), taking every bundle by PUT; the
// files it wrote are counted and summed afterwards.
struct Baseline
{
    bench::ConcurrentRun run;
    int files = 0;
    qint64 bytes = 0;
    QString error;
};

Baseline measureNginx(const QList<Bundle> &bundles, int clients)
{
    Baseline b;
    bench::NginxDav nginx;
    if (const QString e = nginx.start(kNginxWorkers, 64LL * 1024 * 1024); !e.isEmpty()) {
        b.error = e;
        return b;
    }
    DavPutProtocol put(bundles);
    b.run = bench::runConcurrently(nginx.port(), clients, int(bundles.size()), put);
    if (!b.run.setupError.isEmpty()) {
        b.error = b.run.setupError;
        return b;
    }
    for (const QString &e : std::as_const(b.run.errors))
        std::fprintf(stderr, "nginx: %s\n", qPrintable(e));
    QDirIterator it(nginx.root(), QDir::Files);
    while (it.hasNext()) {
        it.next();
        ++b.files;
        b.bytes += it.fileInfo().size();
    }
    nginx.stop();
    return b;
}

void fail(const Backend &backend, const QString &why)
{
    std::fprintf(stderr, "bench_hub_upload: %s: %s\n", qPrintable(backend.scenario),
                 qPrintable(why));
    bench::report(backend.scenario, 0, 0, 1.0 / backend.targetThroughputRatio,
                  {{QStringLiteral("error"), why}}, {});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::umask(077); // the workspaces' files private from the start, as the store wants them
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));
    if (sodium_init() < 0)
        qFatal("libsodium");
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    const int clients = argc > 2 ? QByteArray(argv[2]).toInt() : 64;

    test::PgFixture pg;
    const QList<Backend> all = backends(pg);
    // No nginx, no baseline: a miss, never a made-up figure.
    if (bench::NginxDav::executable().isEmpty()) {
        for (const Backend &backend : all)
            fail(backend, QStringLiteral("nginx is not installed (run packaging/install-deps.sh)"));
        return 1;
    }

    QElapsedTimer setup;
    setup.start();
    const Corpus corpus = makeCorpus(total);
    const double setupSeconds = double(setup.nsecsElapsed()) / 1e9;
    qint64 totalBytes = 0;
    for (const Bundle &b : corpus.bundles)
        totalBytes += b.bytes.size();
    const double meanBytes = double(totalBytes) / total;

    bool allPass = true;
    for (const Backend &backend : all) {
        // The hub, on this backend.
        QTemporaryDir data;
        HubConfig config;
        // Every client comes from 127.0.0.1 here; on a real network they
        // are 64 addresses.
        config.maxConnectionsPerIp = std::max(config.maxConnectionsPerIp, clients + 8);
        config.maxConnections = std::max(config.maxConnections, clients + 16);
        // Eight researchers send 5 000 bundles in seconds, far over what a
        // device sends in a minute: the bench measures storing, not refusing.
        config.requestsPerDevicePerMinute = 0;
        QString why;
        const HubStorePool::Factory stores = backend.stores(data.path(), &why);
        if (!stores) {
            fail(backend, why);
            allPass = false;
            continue;
        }
        auto service = std::make_unique<HubService>(config, stores);
        auto server = std::make_unique<HubHttpServer>(*service);
        if (Status s = server->start(QHostAddress::LocalHost, 0); !s) {
            fail(backend, s.error().message());
            allPass = false;
            continue;
        }
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(server->port()));
        QByteArray raw(32, '\0');
        randombytes_buf(raw.data(), size_t(raw.size()));
        const QByteArray projectToken =
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        {
            auto admin = stores();
            if (!admin || !admin.value()->addProjectSlot(QStringLiteral("Benchmark"),
                                                         HubAuth::tokenHash(projectToken)))
                qFatal("project slot");
        }
        QUrl projects = base;
        projects.setPath(QStringLiteral("/v1/projects"));
        const test::HttpReply registered = test::HubFixture::send(
            projects, "POST", {{"Content-Type", "application/json"}},
            QJsonDocument(
                QJsonObject{{QStringLiteral("token"), QString::fromLatin1(projectToken)},
                            {QStringLiteral("manifest"),
                             QString::fromLatin1(
                                 projecttest::manifestBytes(**corpus.coordinator).toBase64())}})
                .toJson(QJsonDocument::Compact));
        if (registered.status != 201)
            qFatal("register: %d %s", registered.status, registered.body.constData());
        QList<QByteArray> tokens;
        for (const auto &researcher : corpus.researchers) {
            tokens << test::HubFixture::openSessionAt(base, corpus.projectId, (*researcher)->keys(),
                                                      (*researcher)->deviceId().toRfc4122());
            if (tokens.last().isEmpty())
                qFatal("no session");
        }
        // nginx just before and just after the hub; the baseline is the mean
        // of the two, so a load that comes or goes during the run (other
        // builds on these cores) weighs on both sides alike.
        const Baseline before = measureNginx(corpus.bundles, clients);
        HubUploadProtocol tus(corpus.bundles, tokens, corpus.projectId);
        const bench::ConcurrentRun run =
            bench::runConcurrently(server->port(), clients, total, tus);
        const Baseline after = measureNginx(corpus.bundles, clients);
        if (!before.error.isEmpty() || !after.error.isEmpty()) {
            fail(backend, before.error.isEmpty() ? after.error : before.error);
            allPass = false;
            continue;
        }
        const double baseSeconds =
            before.run.acknowledged == total && after.run.acknowledged == total
                ? (before.run.seconds + after.run.seconds) / 2
                : 0;
        const QList<double> baseLatencies = before.run.latenciesMs + after.run.latenciesMs;
        const double baseP50 = bench::percentile(baseLatencies, 50);
        const double baseP99 = bench::percentile(baseLatencies, 99);
        if (!run.setupError.isEmpty())
            qFatal("%s", qPrintable(run.setupError));
        for (const QString &e : run.errors)
            std::fprintf(stderr, "hub: %s\n", qPrintable(e));
        server->stop(5000);
        server.reset();

        // Every acknowledged bundle is stored, once.
        qint64 stored = -1;
        {
            auto store = stores();
            if (store) {
                auto stats = store.value()->stats();
                if (stats)
                    stored = stats.value().bundles;
            }
        }
        service.reset();
        QSet<qint64> seqs;
        for (qint64 seq : tus.seqs())
            if (seq > 0)
                seqs.insert(seq);

        const double seconds = run.acknowledged == total ? run.seconds : 0;
        const double throughput = seconds > 0 ? total / seconds : 0;
        const double baseThroughput = baseSeconds > 0 ? total / baseSeconds : 0;
        const double throughputRatio = baseThroughput > 0 ? throughput / baseThroughput : 0;
        const QList<bench::Check> checks{
            {QStringLiteral("throughput_ratio"), throughputRatio, backend.targetThroughputRatio,
             false},
            {QStringLiteral("acknowledged"), double(run.acknowledged), double(total), false},
            {QStringLiteral("stored"), double(stored), double(run.acknowledged), false},
            {QStringLiteral("stored_beyond_acknowledged"), double(stored - run.acknowledged), 0},
            {QStringLiteral("distinct_seqs"), double(seqs.size()), double(run.acknowledged), false},
            {QStringLiteral("baseline_acknowledged"),
             double(std::min(before.run.acknowledged, after.run.acknowledged)), double(total),
             false},
            {QStringLiteral("baseline_files"), double(std::min(before.files, after.files)),
             double(total), false},
            {QStringLiteral("baseline_bytes"), double(std::min(before.bytes, after.bytes)),
             double(totalBytes), false},
        };
        bench::report(
            backend.scenario, seconds, baseSeconds, 1.0 / backend.targetThroughputRatio,
            {{QStringLiteral("backend"), backend.name},
             {QStringLiteral("bundles"), total},
             {QStringLiteral("clients"), clients},
             {QStringLiteral("researchers"), kResearchers},
             {QStringLiteral("bundle_bytes_mean"), meanBytes},
             {QStringLiteral("bundles_per_second"), throughput},
             {QStringLiteral("baseline_bundles_per_second"), baseThroughput},
             {QStringLiteral("throughput_ratio"), throughputRatio},
             {QStringLiteral("target_throughput_ratio"), backend.targetThroughputRatio},
             {QStringLiteral("p50_ms"), bench::percentile(run.latenciesMs, 50)},
             {QStringLiteral("p99_ms"), bench::percentile(run.latenciesMs, 99)},
             {QStringLiteral("baseline_p50_ms"), baseP50},
             {QStringLiteral("baseline_p99_ms"), baseP99},
             {QStringLiteral("failed"), run.failed},
             {QStringLiteral("baseline_failed"), before.run.failed + after.run.failed},
             {QStringLiteral("baseline_seconds_before"), before.run.seconds},
             {QStringLiteral("baseline_seconds_after"), after.run.seconds},
             {QStringLiteral("stored_bundles"), double(stored)},
             {QStringLiteral("client_cpu_seconds"), run.clientCpuSeconds},
             {QStringLiteral("baseline_client_cpu_seconds"),
              (before.run.clientCpuSeconds + after.run.clientCpuSeconds) / 2},
             {QStringLiteral("hub_threads"), config.threads},
             {QStringLiteral("baseline_workers"), kNginxWorkers},
             {QStringLiteral("baseline"),
              QStringLiteral("nginx %1 WebDAV PUT").arg(bench::NginxDav::version())},
             {QStringLiteral("fsync"),
              backend.name == QLatin1String("sqlite")
                  ? QStringLiteral("hub: SQLite WAL synchronous=FULL, each acknowledgement "
                                   "after its commits are fsynced (completions grouped); nginx: "
                                   "PUT writes a temporary file and renames it, no fsync")
                  : QStringLiteral("hub: PostgreSQL synchronous_commit=on, each "
                                   "acknowledgement after its commit's WAL flush; nginx: PUT "
                                   "writes a temporary file and renames it, no fsync")},
             {QStringLiteral("hub_fsync"), true},
             {QStringLiteral("baseline_fsync"), false},
             {QStringLiteral("setup_seconds"), setupSeconds},
             {QStringLiteral("peak_rss_mib"), bench::peakRssMiB()}},
            checks);
        allPass = allPass && seconds > 0 && baseSeconds > 0;
    }
    return allPass ? 0 : 1;
}
