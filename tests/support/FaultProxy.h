#pragma once

#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace vigia::test {

// A TCP proxy in front of a server, on its own thread, that misbehaves on
// purpose: it cuts a connection after a chosen number of bytes in either
// direction, delays or stalls traffic, or answers an HTTP error itself.
// The network of a border town, on loopback.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        qint64 cutUpAfter = -1;   // client → server bytes, then both ends reset
        qint64 cutDownAfter = -1; // server → client bytes, then both ends reset
        int delayMs = 0;          // before forwarding each piece
        bool stall = false;       // accept, then forward nothing
        int answerStatus = 0;     // e.g. 503: answered by the proxy, with Retry-After: 1
        // Each direction throttled to this rate with TCP's own backpressure
        // (the proxy reads no faster), as on a slow link; 0: unlimited.
        int bytesPerSecond = 0;
    };

    explicit FaultProxy(quint16 targetPort);
    ~FaultProxy() override;

    [[nodiscard]] bool start();
    [[nodiscard]] quint16 port() const { return m_port; }
    // For the connections accepted from now on; once, or until changed.
    void setPlan(const Plan &plan, bool once = true);
    [[nodiscard]] int connectionsCut() const;

private:
    void accept();
    void pipe(QTcpSocket *client, QTcpSocket *server, const Plan &plan);
    static void acknowledgeAtOnce(QTcpSocket *socket);
    [[nodiscard]] Plan takePlan();

    quint16 m_target;
    quint16 m_port = 0;
    QThread m_thread;
    QTcpServer *m_server = nullptr; // lives on m_thread
    mutable QMutex m_mutex;
    Plan m_plan;
    bool m_once = true;
    int m_cut = 0;
};

} // namespace vigia::test
