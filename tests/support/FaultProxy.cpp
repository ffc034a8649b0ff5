#include "FaultProxy.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <tuple>

namespace vigia::test {

FaultProxy::FaultProxy(quint16 targetPort)
    : m_target(targetPort)
{}

FaultProxy::~FaultProxy()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool FaultProxy::start()
{
    m_thread.start();
    moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        this,
        [this, &ok] {
            m_server = new QTcpServer;
            connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void FaultProxy::setPlan(const Plan &plan, bool once)
{
    QMutexLocker lock(&m_mutex);
    m_plan = plan;
    m_once = once;
}

int FaultProxy::connectionsCut() const
{
    QMutexLocker lock(&m_mutex);
    return m_cut;
}

FaultProxy::Plan FaultProxy::takePlan()
{
    QMutexLocker lock(&m_mutex);
    const Plan plan = m_plan;
    if (m_once)
        m_plan = Plan{};
    return plan;
}

void FaultProxy::acknowledgeAtOnce(QTcpSocket *socket)
{
#ifdef TCP_QUICKACK
    const int on = 1;
    (void)::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    (void)socket;
#endif
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        const Plan plan = takePlan();
        if (plan.answerStatus > 0) {
            client->write("HTTP/1.1 " + QByteArray::number(plan.answerStatus) +
                          " Proxy Fault\r\nRetry-After: 1\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            client->disconnectFromHost();
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            continue;
        }
        auto *server = new QTcpSocket(client);
        server->connectToHost(QHostAddress::LocalHost, m_target);
        // The proxy adds the faults it is told to and no delay of its own:
        // no Nagle on what it writes, quick acknowledgements of what it
        // reads (as the hub does), else every request stalls 40 ms here.
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        pipe(client, server, plan);
    }
}

void FaultProxy::pipe(QTcpSocket *client, QTcpSocket *server, const Plan &plan)
{
    auto up = std::make_shared<qint64>(0);
    auto down = std::make_shared<qint64>(0);
    const auto cut = [this, client, server] {
        {
            QMutexLocker lock(&m_mutex);
            ++m_cut;
        }
        server->abort();
        client->abort();
        client->deleteLater();
    };
    // Forwards what `from` has, up to a cut; false once cut.
    const auto forward = [plan, cut](QTcpSocket *from, QTcpSocket *to,
                                     const std::shared_ptr<qint64> &count, qint64 limit) {
        if (plan.stall)
            return;
        QByteArray data = from->readAll();
        acknowledgeAtOnce(from);
        if (limit >= 0 && *count + data.size() > limit) {
            to->write(data.left(limit - *count));
            to->flush();
            *count = limit;
            cut();
            return;
        }
        *count += data.size();
        if (plan.delayMs > 0)
            QTimer::singleShot(plan.delayMs, to, [to, data] { to->write(data); });
        else
            to->write(data);
    };
    if (plan.bytesPerSecond > 0) {
        // A tick releases a twentieth of a second's worth; the read buffers
        // hold no more, so the sender's kernel sees full windows and slows.
        constexpr int kTicksPerSecond = 20;
        const qint64 quantum = std::max(1, plan.bytesPerSecond / kTicksPerSecond);
        client->setReadBufferSize(quantum);
        server->setReadBufferSize(quantum);
        auto *tick = new QTimer(client);
        connect(tick, &QTimer::timeout, client, [=] {
            if (server->state() == QAbstractSocket::UnconnectedState &&
                server->bytesAvailable() == 0) {
                tick->stop();
                client->disconnectFromHost();
                client->deleteLater();
                return;
            }
            for (auto [from, to, count, limit] :
                 {std::tuple{client, server, up, plan.cutUpAfter},
                  std::tuple{server, client, down, plan.cutDownAfter}}) {
                if (from == client && server->state() != QAbstractSocket::ConnectedState)
                    continue;
                QByteArray data = from->read(quantum);
                if (data.isEmpty())
                    continue;
                if (limit >= 0 && *count + data.size() > limit) {
                    to->write(data.left(limit - *count));
                    to->flush();
                    cut();
                    return;
                }
                *count += data.size();
                to->write(data);
            }
        });
        tick->start(1000 / kTicksPerSecond);
        // What the server said last still drains to the client (the tick
        // closes the client once it has).
        connect(client, &QTcpSocket::disconnected, server,
                [server] { server->disconnectFromHost(); });
        return;
    }
    // Bytes the client sends before the server is connected wait in its buffer.
    connect(server, &QTcpSocket::connected, client, [=] {
        if (client->bytesAvailable() > 0)
            forward(client, server, up, plan.cutUpAfter);
    });
    connect(client, &QTcpSocket::readyRead, server, [=] {
        if (server->state() == QAbstractSocket::ConnectedState)
            forward(client, server, up, plan.cutUpAfter);
    });
    connect(server, &QTcpSocket::readyRead, client,
            [=] { forward(server, client, down, plan.cutDownAfter); });
    connect(client, &QTcpSocket::disconnected, server, [server] { server->disconnectFromHost(); });
    connect(server, &QTcpSocket::disconnected, client, [client] {
        client->disconnectFromHost();
        client->deleteLater();
    });
}

} // namespace vigia::test
