#pragma once

#include "common/Result.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMutex>

#include <atomic>
#include <thread>

struct MHD_Daemon;

namespace vigia {

class HubService;

// The hub's HTTP/1.1 server on libmicrohttpd: poll with a pool of worker
// threads (see start() for why not epoll), its connection limits (total, per address, memory per
// connection, idle timeout), and bodies streamed to the service with each route's size limit
// applied from the headers, so an oversized or unauthorised request is answered without reading its
// body.
class HubHttpServer
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubHttpServer)

public:
    explicit HubHttpServer(HubService &service);
    ~HubHttpServer();
    HubHttpServer(const HubHttpServer &) = delete;
    HubHttpServer &operator=(const HubHttpServer &) = delete;

    // Port 0 picks a free one; port() tells which.
    // With a certificate and its key (PEM), the hub speaks HTTPS itself
    // (GnuTLS through libmicrohttpd); without, plain HTTP for a proxy in
    // front (packaging/nginx).
    [[nodiscard]] Status start(const QHostAddress &address, quint16 port,
                               const QByteArray &tlsCertPem = {}, const QByteArray &tlsKeyPem = {});
    [[nodiscard]] quint16 port() const { return m_port; }
    // Stops accepting, lets the requests in flight finish (up to `drainMs`),
    // then closes every connection.
    void stop(int drainMs = 30000);

    // For the request log and tests: requests being handled now.
    [[nodiscard]] int inFlight() const { return m_inFlight.loadAcquire(); }

private:
    friend struct HubHttpCallbacks;

    // Connections whose headers have not all arrived, by socket, since when.
    void watchHeaders();

    HubService &m_service;
    MHD_Daemon *m_daemon = nullptr;
    quint16 m_port = 0;
    QByteArray m_tlsCert; // kept while the daemon runs: it reads them as C strings
    QByteArray m_tlsKey;
    QAtomicInt m_inFlight;
    QMutex m_pendingMutex;
    QHash<int, qint64> m_pendingHeaders; // socket -> ms on m_clock when it connected
    QElapsedTimer m_clock;
    std::atomic<bool> m_watching{false};
    std::thread m_watchdog;
};

} // namespace vigia
