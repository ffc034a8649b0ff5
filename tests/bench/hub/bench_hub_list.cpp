// hub_list: a coordinator lists a project of 100 000 stored bundles page by
// page through the hub's HTTP API (GET /v1/projects/{p}/bundles?after=SEQ
// &limit=100, a keep-alive connection, its session's bearer token) on the
// SQLite backend; each page is timed from its request written to its whole
// answer read (the JSON is parsed afterwards, off the clock, for the cursor).
// Baseline in the same run: the same pages read directly from
// HubStore::bundles() in this process, the same work minus HTTP,
// authentication and JSON. Three passes over all pages, alternating API and
// direct; p50 and p99 over all pages of all passes.
//
// Target: p99 per page <= 20 ms. The ratio (p99 API / p99 direct) is reported;
// target_ratio is the 20 ms expressed against this run's baseline, so ratio
// <= target_ratio says exactly p99 <= 20 ms.
//
// The bundles are stored before any clock through SqliteHubStore::storeBundle
// (small random payloads: listing reads no bundle's bytes and checks no
// signature), after a real project with a coordinator was registered through
// the API; that store is filled on tmpfs and copied to disk before the
// measured hub opens it.
//
//   bench_hub_list [BUNDLES]
#include "BenchReport.h"
#include "crypto/Sha256.h"
#include "crypto/Sodium.h"
#include "HttpBenchClient.h"
#include "hub/HubAuth.h"
#include "hub/HubHttpServer.h"
#include "hub/HubService.h"
#include "hub/SqliteHubStore.h"
#include "HubFixture.h"
#include "project/ProjectAdmin.h"
#include "ProjectTestKit.h"
#include "TestWorkspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace vigia;

namespace {

constexpr int kPageSize = 100;
constexpr int kPasses = 3;
constexpr double kTargetP99Seconds = 0.020;
constexpr int kSenders = 8;
constexpr int kBatch = 10000;

// A hub serving the SQLite store at `path` on a free loopback port.
struct RunningHub
{
    HubStorePool::Factory stores;
    std::unique_ptr<HubService> service;
    std::unique_ptr<HubHttpServer> server;
    QUrl base;

    explicit RunningHub(const QString &path)
    {
        stores = [path]() -> Result<std::unique_ptr<HubStore>> {
            auto store = SqliteHubStore::open(path);
            if (!store)
                return store.error();
            return std::unique_ptr<HubStore>(std::move(store.value()));
        };
        // 3 000 pages in seconds from one coordinator: no per-device limit.
        HubConfig config;
        config.requestsPerDevicePerMinute = 0;
        service = std::make_unique<HubService>(config, stores);
        server = std::make_unique<HubHttpServer>(*service);
        if (Status s = server->start(QHostAddress::LocalHost, 0); !s)
            qFatal("hub: %s", qPrintable(s.error().message()));
        base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port()));
    }
    ~RunningHub()
    {
        server.reset(); // its threads close their stores first
        service.reset();
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::umask(077); // the workspace's files private from the start, as the store wants them
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));
    if (sodium_init() < 0)
        qFatal("libsodium");
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    // A real project: its coordinator's signed manifest, registered below.
    test::TestWorkspace coordinator({}, Role::Coordinator);
    if (!coordinator.isValid())
        qFatal("workspace: %s", qPrintable(coordinator.error()));
    if (auto created = ProjectAdmin(*coordinator)
                           .create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"),
                                   QStringLiteral("https://hub.example.org"));
        !created)
        qFatal("project: %s", qPrintable(created.error().message()));
    const QByteArray projectId = ProjectStore(coordinator->database()).load().value()->projectId;
    const QByteArray coordinatorId = coordinator->deviceId().toRfc4122();

    // The store is filled on tmpfs (each storeBundle is its own transaction,
    // and 100 000 fsyncs would take minutes), then the closed file is copied
    // to a folder on disk, where the measured hub serves it.
    std::unique_ptr<QTemporaryDir> fillDir;
    if (QFileInfo(QStringLiteral("/dev/shm")).isWritable())
        fillDir = std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/bench_hub_list-XXXXXX"));
    if (!fillDir || !fillDir->isValid())
        fillDir = std::make_unique<QTemporaryDir>();
    QTemporaryDir data;
    const QString fillPath = fillDir->filePath(QStringLiteral("hub.sqlite"));
    const QString path = data.filePath(QStringLiteral("hub.sqlite"));

    QElapsedTimer fill;
    fill.start();
    {
        RunningHub hub(fillPath);
        auto filling = hub.stores();
        if (!filling)
            qFatal("store: %s", qPrintable(filling.error().message()));
        HubStore &store = *filling.value();
        const QByteArray projectToken = Sodium::randomBytes(32).toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (!store.addProjectSlot(QStringLiteral("Benchmark"), HubAuth::tokenHash(projectToken)))
            qFatal("project slot");
        QUrl projects = hub.base;
        projects.setPath(QStringLiteral("/v1/projects"));
        const test::HttpReply registered = test::HubFixture::send(
            projects, "POST", {{"Content-Type", "application/json"}},
            QJsonDocument(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(projectToken)},
                                      {QStringLiteral("manifest"),
                                       QString::fromLatin1(
                                           projecttest::manifestBytes(*coordinator).toBase64())}})
                .toJson(QJsonDocument::Compact));
        if (registered.status != 201)
            qFatal("register: %d %s", registered.status, registered.body.constData());

        // The bundles, stored one by one as the hub stores them, in batches
        // of 10 000 (each call is its own transaction).
        QList<QByteArray> senders{coordinatorId};
        while (senders.size() < kSenders)
            senders << Sodium::randomBytes(16);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int first = 0; first < total; first += kBatch) {
            for (int i = first; i < std::min(total, first + kBatch); ++i) {
                const QByteArray bytes = Sodium::randomBytes(64 + i % 64);
                HubBundle b;
                b.projectId = projectId;
                b.bundleId = Sodium::randomBytes(32);
                b.sender = senders.at(i % kSenders);
                b.recipients = {coordinatorId};
                b.size = bytes.size();
                b.sha256 = Sha256::hash(bytes);
                b.storedAt = now;
                if (auto stored = store.storeBundle(b, bytes); !stored)
                    qFatal("storeBundle %d: %s", i, qPrintable(stored.error().message()));
            }
        }
    } // every connection closed: the WAL is checkpointed into the file
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFile::exists(fillPath + suffix) && !QFile::copy(fillPath + suffix, path + suffix))
            qFatal("cannot copy the store to %s", qPrintable(path));
    }
    fillDir.reset();
    const double fillSeconds = double(fill.nsecsElapsed()) / 1e9;

    RunningHub hub(path);
    auto direct = hub.stores();
    if (!direct)
        qFatal("store: %s", qPrintable(direct.error().message()));
    HubStore &store = *direct.value();
    const QUrl base = hub.base;
    const QByteArray token =
        test::HubFixture::openSessionAt(base, projectId, coordinator->keys(), coordinatorId);
    if (token.isEmpty())
        qFatal("no session");
    bench::HttpConnection connection(hub.server->port());
    if (!connection.open())
        qFatal("cannot connect to the hub");
    const QByteArray listPath = "/v1/projects/" + projectId.toHex() + "/bundles";
    const QByteArray auth = "Bearer " + token;

    // One pass through the API: every page's time; the seqs listed.
    const auto apiPass = [&](QList<double> *pageSeconds, QList<qint64> *seqs, int maxPages) {
        qint64 after = 0;
        for (int page = 0; page < maxPages; ++page) {
            const QByteArray request =
                bench::httpRequest("GET",
                                   listPath + "?after=" + QByteArray::number(after) +
                                       "&limit=" + QByteArray::number(kPageSize),
                                   {{"Authorization", auth}});
            QElapsedTimer t;
            t.start();
            const bench::HttpAnswer answer = bench::exchange(connection, request);
            const qint64 ns = t.nsecsElapsed();
            if (answer.status != 200)
                qFatal("page %d: %d %s %s", page, answer.status, qPrintable(answer.error),
                       answer.body.constData());
            pageSeconds->append(double(ns) / 1e9);
            const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
            for (const QJsonValue &item : o.value(QStringLiteral("bundles")).toArray())
                seqs->append(item.toObject().value(QStringLiteral("seq")).toInteger());
            after = o.value(QStringLiteral("next_after")).toInteger();
            if (!o.value(QStringLiteral("more")).toBool())
                break;
        }
    };
    // The same pages straight from the store.
    const auto directPass = [&](QList<double> *pageSeconds, QList<qint64> *seqs, int maxPages) {
        qint64 after = 0;
        for (int page = 0; page < maxPages; ++page) {
            QElapsedTimer t;
            t.start();
            auto list = store.bundles(projectId, after, kPageSize);
            const qint64 ns = t.nsecsElapsed();
            if (!list)
                qFatal("bundles: %s", qPrintable(list.error().message()));
            pageSeconds->append(double(ns) / 1e9);
            for (const HubBundle &b : list.value())
                seqs->append(b.seq);
            if (list.value().isEmpty())
                break;
            after = list.value().last().seq;
            if (list.value().size() < kPageSize)
                break;
        }
    };

    // Warm both paths (page cache, statements, the connection), then measure.
    {
        QList<double> ignored;
        QList<qint64> seqs;
        apiPass(&ignored, &seqs, 20);
        directPass(&ignored, &seqs, 20);
    }
    QList<double> apiPages;
    QList<double> directPages;
    QList<qint64> apiSeqs;
    QList<qint64> directSeqs;
    for (int pass = 0; pass < kPasses; ++pass) {
        QList<qint64> a;
        QList<qint64> d;
        apiPass(&apiPages, &a, 1 << 30);
        directPass(&directPages, &d, 1 << 30);
        if (pass == 0) {
            apiSeqs = a;
            directSeqs = d;
        }
    }

    const double p50 = bench::percentile(apiPages, 50);
    const double p99 = bench::percentile(apiPages, 99);
    const double baseP50 = bench::percentile(directPages, 50);
    const double baseP99 = bench::percentile(directPages, 99);
    const int pages = int(apiPages.size() / kPasses);
    bench::report(
        QStringLiteral("hub_list"), p99, baseP99, baseP99 > 0 ? kTargetP99Seconds / baseP99 : 0,
        {{QStringLiteral("backend"), QStringLiteral("sqlite")},
         {QStringLiteral("bundles"), total},
         {QStringLiteral("page_size"), kPageSize},
         {QStringLiteral("pages"), pages},
         {QStringLiteral("passes"), kPasses},
         {QStringLiteral("p50_ms"), p50 * 1e3},
         {QStringLiteral("p99_ms"), p99 * 1e3},
         {QStringLiteral("baseline_p50_ms"), baseP50 * 1e3},
         {QStringLiteral("baseline_p99_ms"), baseP99 * 1e3},
         {QStringLiteral("target_p99_ms"), kTargetP99Seconds * 1e3},
         {QStringLiteral("p50_ratio"), baseP50 > 0 ? p50 / baseP50 : 0},
         {QStringLiteral("max_ms"), bench::percentile(apiPages, 100) * 1e3},
         {QStringLiteral("fill_seconds"), fillSeconds},
         {QStringLiteral("peak_rss_mib"), bench::peakRssMiB()}},
        {{QStringLiteral("p99_ms"), p99 * 1e3, kTargetP99Seconds * 1e3},
         {QStringLiteral("listed"), double(apiSeqs.size()), double(total), false},
         {QStringLiteral("baseline_listed"), double(directSeqs.size()), double(total), false},
         {QStringLiteral("same_pages"), apiSeqs == directSeqs ? 1.0 : 0.0, 1.0, false}});
    return 0;
}
