#include "hub/HubHttpServer.h"

#include "common/LogCategories.h"
#include "hub/HubRequest.h"
#include "hub/HubResponse.h"
#include "hub/HubService.h"

#include <QElapsedTimer>
#include <QThread>

#include <microhttpd.h>

#include <arpa/inet.h>
#include <netinet/in.h>

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

    static MHD_Result access(void *cls, MHD_Connection *connection, const char *url,
                             const char *method, const char *, const char *uploadData,
                             size_t *uploadSize, void **state)
    {
        auto *server = static_cast<HubHttpServer *>(cls);
        auto *exchange = static_cast<Exchange *>(*state);
        if (!exchange) {
            // First call: the headers only.
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
        return queue(connection, exchange, server->m_service.handle(exchange->request));
    }

    static void completed(void *cls, MHD_Connection *, void **state,
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
    }
};

HubHttpServer::HubHttpServer(HubService &service)
    : m_service(service)
{}

HubHttpServer::~HubHttpServer()
{
    stop(0);
}

Status HubHttpServer::start(const QHostAddress &address, quint16 port)
{
    const HubConfig &config = m_service.config();
    sockaddr_in v4{};
    sockaddr_in6 v6{};
    const sockaddr *bind = nullptr;
    unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG | MHD_USE_ITC;
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
    m_daemon = MHD_start_daemon(
        flags, port, nullptr, nullptr, &HubHttpCallbacks::access, this, MHD_OPTION_SOCK_ADDR, bind,
        MHD_OPTION_THREAD_POOL_SIZE, unsigned(config.threads), MHD_OPTION_CONNECTION_LIMIT,
        unsigned(config.maxConnections), MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        unsigned(config.maxConnectionsPerIp), MHD_OPTION_CONNECTION_TIMEOUT,
        unsigned(config.idleTimeoutSeconds), MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        size_t(config.connectionMemoryBytes), MHD_OPTION_NOTIFY_COMPLETED,
        &HubHttpCallbacks::completed, this, MHD_OPTION_END);
    if (!m_daemon)
        return Error(ErrorCode::Io, tr("The hub could not listen on %1 port %2: the port may be "
                                       "in use or need privileges. Choose another with "
                                       "--listen.")
                                        .arg(address.toString())
                                        .arg(port));
    const MHD_DaemonInfo *info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    m_port = info ? info->port : port;
    return {};
}

void HubHttpServer::stop(int drainMs)
{
    if (!m_daemon)
        return;
    // No new connections; the requests already in flight may finish.
    MHD_quiesce_daemon(m_daemon);
    QElapsedTimer waited;
    waited.start();
    while (m_inFlight.loadAcquire() > 0 && waited.elapsed() < drainMs)
        QThread::msleep(10);
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
}

} // namespace vigia
