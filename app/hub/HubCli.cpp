#include "hub/HubCli.h"

#include "common/LogCategories.h"
#include "hub/HubAuth.h"
#include "hub/HubHttpServer.h"
#include "hub/HubIds.h"
#include "hub/HubService.h"
#include "hub/PgHubStore.h"
#include "hub/SqliteHubStore.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <sodium.h>
#include <unistd.h>

namespace vigia {

namespace {
constexpr int kTokenBytes = 32;
const QString kStoreFile = QStringLiteral("hub.sqlite");
// Written by `init --database`: where the PostgreSQL hub's data lives, so
// that the other commands find it from --data alone. Mode 0600: the URI may
// hold a password.
const QString kDatabaseFile = QStringLiteral("database.uri");

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only an async-signal-safe write; the event loop does the rest.
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

// "--name value" and "--name=value" options after the command's words.
struct Options
{
    QStringList words;
    QHash<QString, QString> values;
    QStringList flags;
    QString unknown;

    static Options parse(const QStringList &args, const QStringList &withValue,
                         const QStringList &flagNames)
    {
        Options o;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString &a = args[i];
            if (!a.startsWith(QLatin1String("--"))) {
                o.words << a;
                continue;
            }
            const QString name = a.section(QLatin1Char('='), 0, 0).mid(2);
            if (flagNames.contains(name)) {
                o.flags << name;
            } else if (withValue.contains(name)) {
                if (a.contains(QLatin1Char('=')))
                    o.values.insert(name, a.section(QLatin1Char('='), 1));
                else if (i + 1 < args.size())
                    o.values.insert(name, args[++i]);
                else
                    o.unknown = a;
            } else {
                o.unknown = a;
            }
        }
        return o;
    }
};

// The data folder: --data, else VIGIA_HUB_DATA, else the config file's.
QString dataDir(const Options &o)
{
    if (o.values.contains(QStringLiteral("data")))
        return o.values.value(QStringLiteral("data"));
    if (qEnvironmentVariableIsSet("VIGIA_HUB_DATA"))
        return qEnvironmentVariable("VIGIA_HUB_DATA");
    if (o.values.contains(QStringLiteral("config")))
        return QSettings(o.values.value(QStringLiteral("config")), QSettings::IniFormat)
            .value(QStringLiteral("hub/data"))
            .toString();
    return {};
}
// The PostgreSQL URI: --database, else VIGIA_HUB_DATABASE, else the config
// file's [hub] database=, else what `init --database` left in the folder.
// Empty: the SQLite store in the data folder.
QString databaseUri(const Options &o, const QString &dir)
{
    if (o.values.contains(QStringLiteral("database")))
        return o.values.value(QStringLiteral("database"));
    if (qEnvironmentVariableIsSet("VIGIA_HUB_DATABASE"))
        return qEnvironmentVariable("VIGIA_HUB_DATABASE");
    if (o.values.contains(QStringLiteral("config"))) {
        const QString fromConfig =
            QSettings(o.values.value(QStringLiteral("config")), QSettings::IniFormat)
                .value(QStringLiteral("hub/database"))
                .toString();
        if (!fromConfig.isEmpty())
            return fromConfig;
    }
    QFile saved(QDir(dir).filePath(kDatabaseFile));
    return saved.open(QIODevice::ReadOnly) ? QString::fromUtf8(saved.readAll()).trimmed()
                                           : QString();
}

bool isPostgresUri(const QString &uri)
{
    return uri.startsWith(QLatin1String("postgresql://")) ||
           uri.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<HubStore>> openStore(const QString &dir, const QString &uri)
{
    if (!uri.isEmpty()) {
        auto store = PgHubStore::open(uri);
        if (!store)
            return store.error();
        return std::unique_ptr<HubStore>(std::move(store.value()));
    }
    auto store = SqliteHubStore::open(QDir(dir).filePath(kStoreFile));
    if (!store)
        return store.error();
    return std::unique_ptr<HubStore>(std::move(store.value()));
}

// How often expired uploads are reaped: [limits] reap_interval_seconds, an
// hour by default.
int reapSeconds(const QString &configFile)
{
    constexpr int kHour = 3600;
    if (configFile.isEmpty())
        return kHour;
    return qMax(1, QSettings(configFile, QSettings::IniFormat)
                       .value(QStringLiteral("limits/reap_interval_seconds"), kHour)
                       .toInt());
}

// The [limits] of the config file over the defaults. Behind nginx every
// connection comes from 127.0.0.1: raise max_connections_per_ip there.
HubConfig limits(const QString &configFile)
{
    HubConfig c;
    if (configFile.isEmpty())
        return c;
    QSettings file(configFile, QSettings::IniFormat);
    file.beginGroup(QStringLiteral("limits"));
    const auto read = [&file](const char *key, auto fallback) {
        return file.value(QString::fromLatin1(key), QVariant::fromValue(fallback))
            .template value<decltype(fallback)>();
    };
    c.maxBundleBytes = read("max_bundle_bytes", c.maxBundleBytes);
    c.maxChunkBytes = read("max_chunk_bytes", c.maxChunkBytes);
    c.sessionSeconds = read("session_seconds", c.sessionSeconds);
    c.uploadExpirySeconds = read("upload_expiry_seconds", c.uploadExpirySeconds);
    c.maxUploadsPerDevice = read("max_uploads_per_device", c.maxUploadsPerDevice);
    c.threads = read("threads", c.threads);
    c.maxConnections = read("max_connections", c.maxConnections);
    c.maxConnectionsPerIp = read("max_connections_per_ip", c.maxConnectionsPerIp);
    c.idleTimeoutSeconds = read("idle_timeout_seconds", c.idleTimeoutSeconds);
    c.headerTimeoutSeconds = read("header_timeout_seconds", c.headerTimeoutSeconds);
    return c;
}
} // namespace

HubCli::HubCli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

QString HubCli::help() const
{
    return tr("Usage: vigia-hub COMMAND [OPTIONS]\n"
              "\n"
              "The regional hub: stores encrypted bundles and routes them between the devices "
              "of each project. It never sees what a bundle contains.\n"
              "\n"
              "Commands:\n"
              "  init --data DIR [--database postgresql://…]\n"
              "                                  create the hub's data folder (and, with "
              "--database, its PostgreSQL schema)\n"
              "  serve --data DIR [--listen ADDR:PORT] [--config FILE] [--tls-cert FILE "
              "--tls-key FILE]\n"
              "                                  answer the API until SIGTERM (default "
              "127.0.0.1:8470)\n"
              "  project create NAME --data DIR  print a one-time token that registers one "
              "project\n"
              "  stats --data DIR [--json]       projects, devices, bundles and uploads held\n"
              "  devices list --data DIR [--project ID] [--json]\n"
              "                                  each project's devices: role, and whether "
              "approved, revoked by the manifest or blocked on this hub\n"
              "  devices revoke DEVICE --project ID --data DIR\n"
              "                                  block a device reported lost or stolen on this "
              "hub, before its coordinator can sign a new manifest\n"
              "  devices restore DEVICE --project ID --data DIR\n"
              "                                  lift that block\n"
              "  backup DIR --data DIR           a checked copy of the SQLite database into DIR "
              "(for PostgreSQL it prints the pg_dump command)\n"
              "  --help, --version\n"
              "\n"
              "The hub's administration can only take access away: devices are added only by "
              "the manifest the project's coordinator signs, never by vigia-hub.\n"
              "\n"
              "The data folder can also come from VIGIA_HUB_DATA or the config file's "
              "[hub] data=; the address from VIGIA_HUB_LISTEN or [hub] listen=; the "
              "PostgreSQL URI from --database, VIGIA_HUB_DATABASE or [hub] database=.\n");
}

int HubCli::run(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("help")) {
        m_out << help();
        m_out.flush();
        return arguments.isEmpty() ? Usage : Ok;
    }
    if (arguments.first() == QLatin1String("--version")) {
        m_out << "vigia-hub " << VIGIA_VERSION << '\n';
        m_out.flush();
        return Ok;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("init"))
        return init(rest);
    if (command == QLatin1String("serve"))
        return serve(rest);
    if (command == QLatin1String("project") && rest.value(0) == QLatin1String("create"))
        return projectCreate(rest.mid(1));
    if (command == QLatin1String("stats"))
        return stats(rest);
    if (command == QLatin1String("devices") && rest.value(0) == QLatin1String("list"))
        return devicesList(rest.mid(1));
    if (command == QLatin1String("devices") && rest.value(0) == QLatin1String("revoke"))
        return devicesBlock(rest.mid(1), true);
    if (command == QLatin1String("devices") && rest.value(0) == QLatin1String("restore"))
        return devicesBlock(rest.mid(1), false);
    if (command == QLatin1String("backup"))
        return backup(rest);
    m_err << tr("vigia-hub: unknown command '%1'. Run 'vigia-hub --help' for the commands.")
                 .arg(arguments.join(QLatin1Char(' ')))
          << '\n';
    return Usage;
}

int HubCli::init(const QStringList &args)
{
    const Options o =
        Options::parse(args, {QStringLiteral("data"), QStringLiteral("database")}, {});
    const QString dir = dataDir(o);
    if (!o.unknown.isEmpty() || dir.isEmpty()) {
        m_err << tr("vigia-hub init: name the data folder with --data DIR.") << '\n';
        return Usage;
    }
    const QString uri = o.values.value(QStringLiteral("database"));
    if (o.values.contains(QStringLiteral("database")) && !isPostgresUri(uri)) {
        m_err << tr("vigia-hub init: --database takes a postgresql:// URI, such as "
                    "postgresql://vigia@db.example.org/vigia_hub.")
              << '\n';
        return Usage;
    }
    if (!QDir().mkpath(dir)) {
        m_err << tr("vigia-hub init: could not create %1. Check the path and its permissions.")
                     .arg(dir)
              << '\n';
        return Io;
    }
    if (!uri.isEmpty()) {
        QFile saved(QDir(dir).filePath(kDatabaseFile));
        if (!saved.open(QIODevice::WriteOnly) ||
            !saved.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            saved.write(uri.toUtf8() + '\n') < 0 || !saved.flush()) {
            m_err << tr("vigia-hub init: could not write %1. Check the folder's permissions.")
                         .arg(saved.fileName())
                  << '\n';
            return Io;
        }
    }
    auto store = openStore(dir, uri);
    if (!store) {
        m_err << store.error().message() << '\n';
        return Io;
    }
    auto hubId = store.value()->hubId();
    if (!hubId) {
        m_err << hubId.error().message() << '\n';
        return Io;
    }
    m_out << tr("Hub ready in %1 (hub id %2).")
                 .arg(dir, QString::fromLatin1(HubIds::hex(hubId.value())))
          << '\n';
    m_out.flush();
    return Ok;
}

int HubCli::projectCreate(const QStringList &args)
{
    const Options o =
        Options::parse(args, {QStringLiteral("data"), QStringLiteral("database")}, {});
    const QString dir = dataDir(o);
    const QString name = o.words.join(QLatin1Char(' ')).trimmed();
    if (!o.unknown.isEmpty() || dir.isEmpty() || name.isEmpty()) {
        m_err << tr("vigia-hub project create: give the project's name and --data DIR.") << '\n';
        return Usage;
    }
    auto store = openStore(dir, databaseUri(o, dir));
    if (!store) {
        m_err << store.error().message() << '\n';
        return Io;
    }
    QByteArray raw(kTokenBytes, '\0');
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QByteArray token =
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    // Only the token's hash is kept: a copy of the database registers nothing.
    if (Status s = store.value()->addProjectSlot(name, HubAuth::tokenHash(token)); !s) {
        m_err << s.error().message() << '\n';
        return Io;
    }
    m_err << tr("Give this one-time token to the coordinator who owns '%1'; it registers the "
                "project once and is shown only now:")
                 .arg(name)
          << '\n';
    m_err.flush();
    m_out << token << '\n';
    m_out.flush();
    return Ok;
}

int HubCli::stats(const QStringList &args)
{
    const Options o = Options::parse(args, {QStringLiteral("data"), QStringLiteral("database")},
                                     {QStringLiteral("json")});
    const QString dir = dataDir(o);
    if (!o.unknown.isEmpty() || dir.isEmpty()) {
        m_err << tr("vigia-hub stats: name the data folder with --data DIR.") << '\n';
        return Usage;
    }
    auto store = openStore(dir, databaseUri(o, dir));
    if (!store) {
        m_err << store.error().message() << '\n';
        return Io;
    }
    auto s = store.value()->stats();
    if (!s) {
        m_err << s.error().message() << '\n';
        return Io;
    }
    if (o.flags.contains(QStringLiteral("json"))) {
        m_out << QJsonDocument(
                     QJsonObject{
                         {QStringLiteral("projects"), s.value().projects},
                         {QStringLiteral("devices"), s.value().devices},
                         {QStringLiteral("bundles"), double(s.value().bundles)},
                         {QStringLiteral("bundle_bytes"), double(s.value().bundleBytes)},
                         {QStringLiteral("uploads_in_progress"), s.value().uploadsInProgress}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        m_out << tr("Projects: %1\nDevices: %2\nBundles: %3 (%4 bytes)\nUploads in progress: %5")
                     .arg(s.value().projects)
                     .arg(s.value().devices)
                     .arg(s.value().bundles)
                     .arg(s.value().bundleBytes)
                     .arg(s.value().uploadsInProgress)
              << '\n';
    }
    m_out.flush();
    return Ok;
}

int HubCli::serve(const QStringList &args)
{
    const Options o = Options::parse(args,
                                     {QStringLiteral("data"), QStringLiteral("listen"),
                                      QStringLiteral("config"), QStringLiteral("database"),
                                      QStringLiteral("tls-cert"), QStringLiteral("tls-key")},
                                     {});
    const QString dir = dataDir(o);
    if (!o.unknown.isEmpty() || dir.isEmpty()) {
        m_err << tr("vigia-hub serve: name the data folder with --data DIR.") << '\n';
        return Usage;
    }
    QString listen = o.values.value(QStringLiteral("listen"));
    if (listen.isEmpty())
        listen = qEnvironmentVariable("VIGIA_HUB_LISTEN");
    if (listen.isEmpty() && o.values.contains(QStringLiteral("config")))
        listen = QSettings(o.values.value(QStringLiteral("config")), QSettings::IniFormat)
                     .value(QStringLiteral("hub/listen"))
                     .toString();
    if (listen.isEmpty())
        listen = QStringLiteral("127.0.0.1:8470");
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    QHostAddress address(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (colon < 0 || !portOk || port > 65535 || address.isNull()) {
        m_err << tr("vigia-hub serve: --listen takes ADDRESS:PORT, such as 127.0.0.1:8470.")
              << '\n';
        return Usage;
    }
    const QString uri = databaseUri(o, dir);
    if (uri.isEmpty() && !QFile::exists(QDir(dir).filePath(kStoreFile))) {
        m_err << tr("vigia-hub serve: %1 holds no hub. Run 'vigia-hub init --data %1' first.")
                     .arg(dir)
              << '\n';
        return NotFound;
    }
    // Checked once here, so a wrong address or password is said at start,
    // not on the first request.
    if (auto first = openStore(dir, uri); !first) {
        m_err << first.error().message() << '\n';
        return Io;
    }
    HubService service(limits(o.values.value(QStringLiteral("config"))),
                       [dir, uri] { return openStore(dir, uri); });
    HubHttpServer server(service);
    // HTTPS in the hub itself: both files or neither (then plain HTTP, for a
    // proxy in front).
    const auto setting = [&o](const QString &option, const QString &key) {
        if (o.values.contains(option) || !o.values.contains(QStringLiteral("config")))
            return o.values.value(option);
        return QSettings(o.values.value(QStringLiteral("config")), QSettings::IniFormat)
            .value(key)
            .toString();
    };
    const QString certFile = setting(QStringLiteral("tls-cert"), QStringLiteral("hub/tls_cert"));
    const QString keyFile = setting(QStringLiteral("tls-key"), QStringLiteral("hub/tls_key"));
    if (certFile.isEmpty() != keyFile.isEmpty()) {
        m_err << tr("vigia-hub serve: give both --tls-cert FILE and --tls-key FILE, or neither.")
              << '\n';
        return Usage;
    }
    QByteArray cert;
    QByteArray key;
    for (const auto &[file, into] : {std::pair{certFile, &cert}, std::pair{keyFile, &key}}) {
        if (file.isEmpty())
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            m_err << tr("vigia-hub serve: could not read %1. Check the path and its permissions.")
                         .arg(file)
                  << '\n';
            return Io;
        }
        *into = f.readAll();
    }
    if (Status s = server.start(address, quint16(port), cert, key); !s) {
        m_err << s.error().message() << '\n';
        return Io;
    }
    // Incomplete uploads past their expiry go at start and then every
    // reap interval; completed bundles are never reaped.
    auto reaperStore = openStore(dir, uri);
    const auto reap = [&reaperStore] {
        if (!reaperStore)
            return;
        auto reaped = reaperStore.value()->reapUploads(QDateTime::currentSecsSinceEpoch());
        if (!reaped)
            qCWarning(lcHub, "reaping expired uploads failed: %s",
                      qPrintable(reaped.error().message()));
        else if (reaped.value() > 0)
            qCInfo(lcHub, "reaped %d expired uploads", reaped.value());
    };
    reap();
    QTimer reaper;
    QObject::connect(&reaper, &QTimer::timeout, &reaper, reap);
    reaper.start(std::chrono::seconds(reapSeconds(o.values.value(QStringLiteral("config")))));
    if (::pipe(g_signalPipe) != 0) {
        m_err << tr("vigia-hub serve: could not set up signal handling.") << '\n';
        return Failure;
    }
    QEventLoop loop;
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    m_err << tr("vigia-hub: listening on %1 port %2").arg(address.toString()).arg(server.port())
          << '\n';
    m_err.flush();
    loop.exec();
    m_err << tr("vigia-hub: stopping; letting requests in progress finish.") << '\n';
    m_err.flush();
    server.stop();
    return Ok;
}

// --- Administration -----------------------------------------------------

namespace {
// The hub of the data folder, never a new one: the administration's commands
// refuse a folder that `init` did not make (NotFound).
Result<std::unique_ptr<HubStore>> openExisting(const QString &dir, const QString &uri,
                                               const QString &command)
{
    if (uri.isEmpty() && !QFile::exists(QDir(dir).filePath(kStoreFile))) {
        return Error(ErrorCode::NotFound,
                     HubCli::tr("vigia-hub %1: %2 holds no hub. Run 'vigia-hub init --data %2' "
                                "first.")
                         .arg(command, dir));
    }
    return openStore(dir, uri);
}

int exitFor(const Error &e)
{
    switch (e.code()) {
    case ErrorCode::NotFound:
        return HubCli::NotFound;
    case ErrorCode::Usage:
        return HubCli::Usage;
    default:
        return HubCli::Io;
    }
}

// Single quotes for a POSIX shell.
QString shellQuoted(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

int HubCli::devicesList(const QStringList &args)
{
    const Options o = Options::parse(
        args, {QStringLiteral("data"), QStringLiteral("database"), QStringLiteral("project")},
        {QStringLiteral("json")});
    const QString dir = dataDir(o);
    const QByteArray only =
        HubIds::parse(o.values.value(QStringLiteral("project")).toLatin1(), HubIds::kProjectBytes);
    if (!o.unknown.isEmpty() || dir.isEmpty() || !o.words.isEmpty() ||
        (o.values.contains(QStringLiteral("project")) && only.isEmpty())) {
        m_err << tr("vigia-hub devices list: name the data folder with --data DIR, and a project "
                    "with --project and its 32 hex digits.")
              << '\n';
        return Usage;
    }
    auto store = openExisting(dir, databaseUri(o, dir), QStringLiteral("devices list"));
    if (!store) {
        m_err << store.error().message() << '\n';
        return exitFor(store.error());
    }
    QList<HubProject> projects;
    if (only.isEmpty()) {
        auto all = store.value()->projects();
        if (!all) {
            m_err << all.error().message() << '\n';
            return exitFor(all.error());
        }
        projects = all.value();
    } else {
        auto one = store.value()->project(only);
        if (!one) {
            m_err << one.error().message() << '\n';
            return exitFor(one.error());
        }
        projects = {one.value()};
    }
    const bool json = o.flags.contains(QStringLiteral("json"));
    QJsonArray listed;
    if (!json && projects.isEmpty())
        m_out << tr("This hub serves no project yet.") << '\n';
    for (const HubProject &p : projects) {
        auto devices = store.value()->devices(p.id);
        if (!devices) {
            m_err << devices.error().message() << '\n';
            return exitFor(devices.error());
        }
        if (!json) {
            m_out << tr("%1 (project %2, manifest version %3)")
                         .arg(p.name, QString::fromLatin1(HubIds::hex(p.id)))
                         .arg(p.manifestVersion)
                  << '\n';
            if (devices.value().isEmpty())
                m_out << "  " << tr("no devices") << '\n';
        }
        QJsonArray deviceList;
        for (const HubDevice &d : devices.value()) {
            // A revoked device stays revoked whatever the hub does; a block
            // only says more about a device the manifest still approves.
            const QString state = d.revoked   ? QStringLiteral("revoked")
                                  : d.blocked ? QStringLiteral("blocked")
                                              : QStringLiteral("approved");
            if (json) {
                deviceList.append(QJsonObject{
                    {QStringLiteral("id"), QString::fromLatin1(HubIds::hex(d.deviceId))},
                    {QStringLiteral("role"), roleName(d.role)},
                    {QStringLiteral("state"), state},
                    {QStringLiteral("revoked"), d.revoked},
                    {QStringLiteral("blocked"), d.blocked}});
                continue;
            }
            const QString said = d.revoked   ? tr("revoked by the manifest")
                                 : d.blocked ? tr("blocked on this hub")
                                             : tr("approved");
            m_out << "  " << HubIds::hex(d.deviceId) << "  " << roleName(d.role).leftJustified(12)
                  << ' ' << said << '\n';
        }
        if (json) {
            listed.append(
                QJsonObject{{QStringLiteral("id"), QString::fromLatin1(HubIds::hex(p.id))},
                            {QStringLiteral("name"), p.name},
                            {QStringLiteral("manifest_version"), double(p.manifestVersion)},
                            {QStringLiteral("devices"), deviceList}});
        }
    }
    if (json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("projects"), listed}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    }
    m_out.flush();
    return Ok;
}

int HubCli::devicesBlock(const QStringList &args, bool blocked)
{
    const QString command =
        blocked ? QStringLiteral("devices revoke") : QStringLiteral("devices restore");
    const Options o = Options::parse(
        args, {QStringLiteral("data"), QStringLiteral("database"), QStringLiteral("project")}, {});
    const QString dir = dataDir(o);
    const QByteArray project =
        HubIds::parse(o.values.value(QStringLiteral("project")).toLatin1(), HubIds::kProjectBytes);
    const QByteArray device = o.words.size() == 1
                                  ? HubIds::parse(o.words.first().toLatin1(), HubIds::kDeviceBytes)
                                  : QByteArray();
    if (!o.unknown.isEmpty() || dir.isEmpty() || project.isEmpty() || device.isEmpty()) {
        m_err << tr("vigia-hub %1: give the device's id (32 hex digits), --project ID and "
                    "--data DIR, as 'vigia-hub devices list' shows them.")
                     .arg(command)
              << '\n';
        return Usage;
    }
    auto store = openExisting(dir, databaseUri(o, dir), command);
    if (!store) {
        m_err << store.error().message() << '\n';
        return exitFor(store.error());
    }
    if (Status s = store.value()->blockDevice(project, device, blocked); !s) {
        m_err << s.error().message() << '\n';
        return exitFor(s.error());
    }
    const QString deviceHex = QString::fromLatin1(HubIds::hex(device));
    const QString projectHex = QString::fromLatin1(HubIds::hex(project));
    if (blocked) {
        m_out << tr("Device %1 of project %2 is blocked on this hub: it can open no session, "
                    "and the sessions it has are refused. It stays in the project's manifest: "
                    "ask the project's coordinator to revoke it in a new manifest. "
                    "'vigia-hub devices restore' lifts the block.")
                     .arg(deviceHex, projectHex)
              << '\n';
    } else {
        m_out << tr("Device %1 of project %2 is no longer blocked on this hub; it has the access "
                    "the project's manifest gives it.")
                     .arg(deviceHex, projectHex)
              << '\n';
    }
    m_out.flush();
    return Ok;
}

int HubCli::backup(const QStringList &args)
{
    const Options o =
        Options::parse(args, {QStringLiteral("data"), QStringLiteral("database")}, {});
    const QString dir = dataDir(o);
    if (!o.unknown.isEmpty() || dir.isEmpty() || o.words.size() != 1) {
        m_err << tr("vigia-hub backup: name the folder for the copy and the data folder: "
                    "vigia-hub backup DIR --data DIR.")
              << '\n';
        return Usage;
    }
    const QString target = o.words.first();
    const QString name = QStringLiteral("hub-%1").arg(
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString uri = databaseUri(o, dir);
    if (!uri.isEmpty()) {
        // Never the password on a command line, where `ps` shows it: pg_dump
        // reads it from ~/.pgpass or PGPASSWORD.
        const QString safeUri = QUrl(uri).toString(QUrl::RemovePassword);
        const QString file = QDir(target).filePath(name + QStringLiteral(".dump"));
        m_err << tr("vigia-hub backup: this hub keeps its data in PostgreSQL, and pg_dump is its "
                    "backup; vigia-hub copies only the SQLite store. Run, as a user who may read "
                    "the database (the password comes from ~/.pgpass or PGPASSWORD):")
              << '\n'
              << "  pg_dump --format=custom --file=" << shellQuoted(file) << ' '
              << shellQuoted(safeUri) << '\n';
        return Usage;
    }
    if (!QFile::exists(QDir(dir).filePath(kStoreFile))) {
        m_err << tr("vigia-hub %1: %2 holds no hub. Run 'vigia-hub init --data %2' first.")
                     .arg(QStringLiteral("backup"), dir)
              << '\n';
        return NotFound;
    }
    if (!QDir().mkpath(target)) {
        m_err << tr("vigia-hub backup: could not create %1. Check the path and its permissions.")
                     .arg(target)
              << '\n';
        return Io;
    }
    auto store = SqliteHubStore::open(QDir(dir).filePath(kStoreFile));
    if (!store) {
        m_err << store.error().message() << '\n';
        return exitFor(store.error());
    }
    const QString file = QDir(target).absoluteFilePath(name + QStringLiteral(".sqlite"));
    if (Status s = store.value()->backupTo(file); !s) {
        m_err << s.error().message() << '\n';
        return s.error().code() == ErrorCode::Validation ? int(Failure) : int(Io);
    }
    m_err << tr("Backup written and checked:") << '\n';
    m_err.flush();
    m_out << file << '\n';
    m_out.flush();
    return Ok;
}

} // namespace vigia
