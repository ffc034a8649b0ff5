#include "hub/HubHttpServer.h"

#include "common/LogCategories.h"
#include "hub/HubRequest.h"
#include "hub/HubResponse.h"
#include "hub/HubService.h"

#include <QElapsedTimer>
#include <QThread>

#include <microhttpd.h>
#include <unistd.h>

#include <arpa/inet.h>
#include <cstdarg>
#include <cstdio>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <array>
#include <optional>

namespace vigia {

namespace {
// One request's state between libmicrohttpd's calls.
struct Exchange
{
    HubRequest request;
    QElapsedTimer timer;
    qint64 limit = 0;
    bool answered = false;
    int status = 0;
    qint64 bytesOut = 0;
};

// libmicrohttpd's own messages (a client that vanished, a header too big):
// routine on a public server, so they are debug lines in the hub's category.
void logFromMhd(void *, const char *format, va_list args)
{
    char line[512];
    vsnprintf(line, sizeof line, format, args);
    qCDebug(lcHub, "http: %s", QByteArray(line).trimmed().constData());
}

MHD_Result collect(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    auto *map = static_cast<QHash<QByteArray, QByteArray> *>(cls);
    map->insert(QByteArray(key).toLower(), QByteArray(value ? value : ""));
    return MHD_YES;
}

MHD_Result collectQuery(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    static_cast<QHash<QByteArray, QByteArray> *>(cls)->insert(QByteArray(key),
                                                              QByteArray(value ? value : ""));
    return MHD_YES;
}
} // namespace

struct HubHttpCallbacks
{
    static MHD_Result queue(MHD_Connection *connection, Exchange *exchange,
                            const HubResponse &response)
    {
        // A HEAD answer has no body, not even an error's JSON: a client
        // would wait for the bytes its Content-Length announced.
        const QByteArray body = exchange->request.method == "HEAD" ? QByteArray() : response.body;
        MHD_Response *r = MHD_create_response_from_buffer(
            size_t(body.size()), const_cast<char *>(body.constData()), MHD_RESPMEM_MUST_COPY);
        if (!r)
            return MHD_NO;
        for (const auto &[name, value] : response.headers)
            MHD_add_response_header(r, name.constData(), value.constData());
        const MHD_Result queued = MHD_queue_response(connection, unsigned(response.status), r);
        MHD_destroy_response(r);
        exchange->answered = true;
        exchange->status = response.status;
        exchange->bytesOut = body.size();
        return queued;
    }

    // Clients that leave Nagle's algorithm on (Qt's HTTP stack does) hold
    // the last small piece of a body until its previous piece is
    // acknowledged, and Linux delays that acknowledgement by up to 40 ms:
    // every upload would stall that long at its end. Quick-ack mode is not
    // sticky, so it is asked for again after each piece read.
    static void acknowledgeAtOnce(MHD_Connection *connection)
    {
#ifdef TCP_QUICKACK
        if (const MHD_ConnectionInfo *info =
                MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD)) {
            const int on = 1;
            (void)::setsockopt(info->connect_fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
        }
#else
        (void)connection;
#endif
    }

    static MHD_Result access(void *cls, MHD_Connection *connection, const char *url,
                             const char *method, const char *, const char *uploadData,
                             size_t *uploadSize, void **state)
    {
        auto *server = static_cast<HubHttpServer *>(cls);
        auto *exchange = static_cast<Exchange *>(*state);
        if (!exchange) {
            // First call: the headers only, all of them arrived.
            if (const MHD_ConnectionInfo *info =
                    MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD)) {
                QMutexLocker lock(&server->m_pendingMutex);
                server->m_pendingHeaders.remove(int(info->connect_fd));
            }
            exchange = new Exchange;
            exchange->timer.start();
            *state = exchange;
            server->m_inFlight.ref();
            HubRequest &request = exchange->request;
            request.method = QByteArray(method).toUpper();
            request.path = QByteArray(url);
            MHD_get_connection_values(connection, MHD_HEADER_KIND, &collect, &request.headers);
            MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &collectQuery,
                                      &request.query);
            // Clients behind proxies that allow only GET and POST (tus).
            const QByteArray override = request.header("x-http-method-override");
            if (request.method == "POST" && !override.isEmpty())
                request.method = override.toUpper();
            if (request.headers.contains("content-length")) {
                bool ok = false;
                request.declaredLength = request.header("content-length").toLongLong(&ok);
                if (!ok || request.declaredLength < 0)
                    request.declaredLength = std::numeric_limits<qint64>::max();
            }
            exchange->limit = server->m_service.maxBody(request);
            if (std::optional<HubResponse> refused = server->m_service.admit(request))
                return queue(connection, exchange, *refused);
            return MHD_YES;
        }
        if (*uploadSize > 0) {
            if (exchange->answered) {
                *uploadSize = 0; // refused already: the rest is dropped
                return MHD_YES;
            }
            exchange->request.body.append(uploadData, qsizetype(*uploadSize));
            *uploadSize = 0;
            acknowledgeAtOnce(connection);
            const HubConfig &config = server->m_service.config();
            if (exchange->request.body.size() > exchange->limit)
                return queue(connection, exchange,
                             HubResponse::error(413, QStringLiteral("too_large"),
                                                HubHttpServer::tr("The body is larger than "
                                                                  "this route takes.")));
            // A body dripped slower than the floor holds a worker for
            // nothing: the connection is closed.
            const qint64 ms = exchange->timer.elapsed();
            if (ms > config.slowBodyGraceSeconds * 1000LL &&
                exchange->request.body.size() * 1000 / ms < config.slowBodyMinBytesPerSecond) {
                qCWarning(lcHub, "%s %s: body too slow, closed",
                          exchange->request.method.constData(),
                          HubService::routeName(exchange->request.path).constData());
                return MHD_NO;
            }
            return MHD_YES;
        }
        if (exchange->answered)
            return MHD_YES;
        return queue(connection, exchange, server->m_service.respond(exchange->request));
    }

    // Each connection is watched from its first byte until its headers are in.
    static void connectionEvent(void *cls, MHD_Connection *connection, void **,
                                MHD_ConnectionNotificationCode code)
    {
        auto *server = static_cast<HubHttpServer *>(cls);
        const MHD_ConnectionInfo *info =
            MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
        if (!info)
            return;
        QMutexLocker lock(&server->m_pendingMutex);
        if (code == MHD_CONNECTION_NOTIFY_STARTED)
            server->m_pendingHeaders.insert(int(info->connect_fd), server->m_clock.elapsed());
        else
            server->m_pendingHeaders.remove(int(info->connect_fd));
    }

    static void completed(void *cls, MHD_Connection *connection, void **state,
                          MHD_RequestTerminationCode code)
    {
        auto *server = static_cast<HubHttpServer *>(cls);
        auto *exchange = static_cast<Exchange *>(*state);
        if (!exchange)
            return;
        // One line per request: never an id, a token or a byte of a body.
        qCInfo(lcHub, "%s %s %d %lld %lld ms%s", exchange->request.method.constData(),
               HubService::routeName(exchange->request.path).constData(), exchange->status,
               exchange->bytesOut, exchange->timer.elapsed(),
               code == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (cut off)");
        delete exchange;
        *state = nullptr;
        server->m_inFlight.deref();
        // A kept-alive connection waits for its next request's headers.
        if (const MHD_ConnectionInfo *info =
                MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD)) {
            QMutexLocker lock(&server->m_pendingMutex);
            server->m_pendingHeaders.insert(int(info->connect_fd), server->m_clock.elapsed());
        }
    }
};

HubHttpServer::HubHttpServer(HubService &service)
    : m_service(service)
{
    m_clock.start();
}

HubHttpServer::~HubHttpServer()
{
    stop(0);
}

Status HubHttpServer::start(const QHostAddress &address, quint16 port, const QByteArray &tlsCertPem,
                            const QByteArray &tlsKeyPem)
{
    const HubConfig &config = m_service.config();
    sockaddr_in v4{};
    sockaddr_in6 v6{};
    const sockaddr *bind = nullptr;
    // poll, not epoll: libmicrohttpd 0.9.75's epoll mode left connections
    // that a client closed in the middle of a body in CLOSE-WAIT until the
    // idle timeout, so 32 cut uploads through one proxy filled the
    // per-address limit and the hub refused everyone (tst_hubresume).
    unsigned flags = MHD_USE_POLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG | MHD_USE_ITC;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        memcpy(&v6.sin6_addr, &a, sizeof(a));
        bind = reinterpret_cast<const sockaddr *>(&v6);
        flags |= MHD_USE_IPv6;
    } else {
        v4.sin_family = AF_INET;
        v4.sin_port = htons(port);
        v4.sin_addr.s_addr = htonl(address.toIPv4Address());
        bind = reinterpret_cast<const sockaddr *>(&v4);
    }
    std::array<MHD_OptionItem, 3> tls{
        {{MHD_OPTION_END, 0, nullptr}, {MHD_OPTION_END, 0, nullptr}, {MHD_OPTION_END, 0, nullptr}}};
    if (!tlsCertPem.isEmpty() || !tlsKeyPem.isEmpty()) {
        if (!MHD_is_feature_supported(MHD_FEATURE_TLS))
            return Error(ErrorCode::Failure,
                         tr("This libmicrohttpd has no TLS. Leave out the certificate and run "
                            "the hub behind nginx (packaging/nginx/vigia-hub.conf)."));
        m_tlsCert = tlsCertPem;
        m_tlsKey = tlsKeyPem;
        flags |= MHD_USE_TLS;
        tls[0] = {MHD_OPTION_HTTPS_MEM_CERT, 0, m_tlsCert.data()};
        tls[1] = {MHD_OPTION_HTTPS_MEM_KEY, 0, m_tlsKey.data()};
    }
    m_daemon = MHD_start_daemon(
        flags, port, nullptr, nullptr, &HubHttpCallbacks::access, this, MHD_OPTION_SOCK_ADDR, bind,
        MHD_OPTION_THREAD_POOL_SIZE, unsigned(config.threads), MHD_OPTION_CONNECTION_LIMIT,
        unsigned(config.maxConnections), MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        unsigned(config.maxConnectionsPerIp), MHD_OPTION_CONNECTION_TIMEOUT,
        unsigned(config.idleTimeoutSeconds), MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        size_t(config.connectionMemoryBytes), MHD_OPTION_NOTIFY_COMPLETED,
        &HubHttpCallbacks::completed, this, MHD_OPTION_NOTIFY_CONNECTION,
        &HubHttpCallbacks::connectionEvent, this, MHD_OPTION_EXTERNAL_LOGGER, &logFromMhd, nullptr,
        MHD_OPTION_ARRAY, tls.data(), MHD_OPTION_END);
    if (!m_daemon && (flags & MHD_USE_TLS))
        return Error(ErrorCode::Io, tr("The hub could not start HTTPS on %1 port %2: check that "
                                       "the certificate and key are PEM files that belong "
                                       "together, and that the port is free.")
                                        .arg(address.toString())
                                        .arg(port));
    if (!m_daemon)
        return Error(ErrorCode::Io, tr("The hub could not listen on %1 port %2: the port may be "
                                       "in use or need privileges. Choose another with "
                                       "--listen.")
                                        .arg(address.toString())
                                        .arg(port));
    const MHD_DaemonInfo *info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    m_port = info ? info->port : port;
    m_watching = true;
    m_watchdog = std::thread([this] { watchHeaders(); });
    return {};
}

void HubHttpServer::watchHeaders()
{
    constexpr int kTickMs = 100;
    const qint64 limitMs = m_service.config().headerTimeoutSeconds * 1000LL;
    while (m_watching) {
        std::this_thread::sleep_for(std::chrono::milliseconds(kTickMs));
        QMutexLocker lock(&m_pendingMutex);
        const qint64 now = m_clock.elapsed();
        for (auto it = m_pendingHeaders.begin(); it != m_pendingHeaders.end();) {
            if (now - it.value() > limitMs) {
                // The server's thread sees the socket end and closes the
                // connection itself; nothing is freed behind its back.
                ::shutdown(it.key(), SHUT_RDWR);
                qCWarning(lcHub, "headers not complete after %lld ms: connection closed",
                          now - it.value());
                it = m_pendingHeaders.erase(it);
            } else {
                ++it;
            }
        }
    }
}

void HubHttpServer::stop(int drainMs)
{
    if (!m_daemon)
        return;
    // No new connections; the requests already in flight may finish.
    // The listening socket quiesce hands back is ours to close: left open,
    // the port stayed bound until the process ended, and a server started
    // again in the same process could not listen.
    const MHD_socket listening = MHD_quiesce_daemon(m_daemon);
    QElapsedTimer waited;
    waited.start();
    while (m_inFlight.loadAcquire() > 0 && waited.elapsed() < drainMs)
        QThread::msleep(10);
    MHD_stop_daemon(m_daemon);
    if (listening != MHD_INVALID_SOCKET)
        ::close(listening);
    m_daemon = nullptr;
    m_watching = false;
    if (m_watchdog.joinable())
        m_watchdog.join();
}

} // namespace vigia
